using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

public sealed class LessonTests
{
    private static IReadOnlyList<Lesson> Sample()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-lessons").FullName;
        foreach (var name in new[] { "01-collect-data.ipynb", "00-welcome.ipynb", "scratch.ipynb", "3-bad.ipynb", "03-explore-visualize.ipynb" })
            File.WriteAllText(Path.Combine(folder, name), "{}");
        return Lesson.All(folder);
    }

    [Fact]
    public void Discovers_lesson_notebooks_in_order_and_skips_other_files()
    {
        Assert.Equal(["00-welcome", "01-collect-data", "03-explore-visualize"], Sample().Select(l => l.Name));
    }

    [Theory]
    [InlineData("03")]
    [InlineData("3")]
    [InlineData("03-explore-visualize")]
    public void Selects_a_lesson_by_number_or_name(string selector)
    {
        var chosen = Lesson.Select(Sample(), [selector]);

        Assert.Equal("03-explore-visualize", Assert.Single(chosen).Name);
    }

    [Fact]
    public void Selects_all_lessons_when_none_is_named()
    {
        Assert.Equal(3, Lesson.Select(Sample(), []).Count);
    }

    [Fact]
    public void An_unknown_lesson_is_an_error_that_lists_the_lessons()
    {
        var error = Assert.Throws<ArgumentException>(() => Lesson.Select(Sample(), ["07"]));

        Assert.Contains("No lesson '07'", error.Message);
        Assert.Contains("00-welcome, 01-collect-data, 03-explore-visualize", error.Message);
    }
}

public sealed class ExecutedNotebookTests
{
    private static string Write(params JsonObject[] cells)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-executed").FullName, "lesson.ipynb");
        File.WriteAllText(path, new JsonObject { ["cells"] = new JsonArray(cells) }.ToJsonString());
        return path;
    }

    private static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["source"] = text };

    /// <summary>A code cell as dotnet-repl writes one it ran: with its execution times in the metadata.</summary>
    private static JsonObject Code(string source, params JsonObject[] outputs) =>
        new()
        {
            ["cell_type"] = "code", ["source"] = Lines(source), ["outputs"] = new JsonArray(outputs),
            ["metadata"] = new JsonObject { [ExecutedNotebook.ExecutedMarker] = "2026-11-26T00:00:00+00:00" },
        };

    /// <summary>A code cell the kernel never reached.</summary>
    private static JsonObject NotRun(string source) => new() { ["cell_type"] = "code", ["source"] = Lines(source), ["outputs"] = new JsonArray() };

    /// <summary>Source as a notebook stores it: lines that keep their "\n", but the last.</summary>
    private static JsonArray Lines(string source)
    {
        var lines = source.Split('\n');
        return new JsonArray(lines.Select((l, i) => (JsonNode)(i < lines.Length - 1 ? l + "\n" : l)).ToArray());
    }

    private static JsonObject Html(string html) =>
        new() { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = new JsonArray(html) } };

    private static JsonObject Error(string message) =>
        new() { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = message };

    [Fact]
    public void Counts_code_cells_and_charts()
    {
        var notebook = ExecutedNotebook.Read(Write(
            Markdown("# title"),
            Code("var x = 1;"),
            Code("chart", Html("<div></div><script>Plotly.newPlot('a', data)</script>"), Html("<table></table>")),
            Code("two charts", Html("Plotly.newPlot(1)"), Html("Plotly.newPlot(2)"))));

        Assert.Equal(3, notebook.CodeCells);
        Assert.Equal(3, notebook.Charts);
        Assert.Empty(notebook.Errors);
        Assert.Empty(notebook.NotRun);
    }

    [Fact]
    public void Names_the_code_cells_the_kernel_never_ran()
    {
        var notebook = ExecutedNotebook.Read(Write(Markdown("# title"), Code("var x = 1;"), Markdown("text"), NotRun("x++;"), NotRun("x")));

        Assert.Equal([4, 5], notebook.NotRun);
    }

    [Fact]
    public void The_output_that_carries_plotly_js_for_offline_charts_is_not_a_chart()
    {
        var notebook = ExecutedNotebook.Read(Write(
            Code("MLCourse.Course.Start(offlineCharts: true);", Html("<div data-mlcourse=\"plotly.js 2.28.0\">…</div><script>/* plotly.js */ Plotly.newPlot</script>")),
            Code("chart", Html("<script>Plotly.newPlot('a', [], {})</script>"))));

        Assert.Equal(1, notebook.Charts);
    }

    [Fact]
    public void Names_each_failing_cell_by_its_place_among_all_cells_with_first_line_and_message()
    {
        var notebook = ExecutedNotebook.Read(Write(
            Markdown("# title"),
            Code("var ok = 1;"),
            Markdown("text"),
            Code("\n// load the data\nvar df = Load();", Error("System.IO.FileNotFoundException: data.csv\n   at Submission#3")),
            Code("int x = \"s\";", Error("(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'"))));

        Assert.Equal(
            [new CellError(4, "// load the data", "System.IO.FileNotFoundException: data.csv"),
             new CellError(5, "int x = \"s\";", "(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'")],
            notebook.Errors);
    }

    [Fact]
    public void A_long_first_line_is_shortened_but_the_error_message_is_kept_whole()
    {
        var longLine = "var chart = " + new string('x', 200) + ";";
        var longMessage = "(1,10): error CS1061: 'DataFrame' does not contain a definition for 'Descriptio' and no accessible extension method 'Descriptio' accepting a first argument of type 'DataFrame' could be found";

        var error = Assert.Single(ExecutedNotebook.Read(Write(Code(longLine, Error(longMessage)))).Errors);

        Assert.Equal(100, error.FirstLine.Length);
        Assert.EndsWith("...", error.FirstLine);
        Assert.Equal(longMessage, error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_reported_as_such()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-executed").FullName, "x.ipynb");
        File.WriteAllText(path, "{\"nbformat\": 4}");

        var error = Assert.Throws<InvalidDataException>(() => ExecutedNotebook.Read(path));
        Assert.Contains("no \"cells\" array", error.Message);
    }
}

public sealed class LessonReportTests
{
    private static LessonReport Report(IReadOnlyList<CellError> errors, params string[] problems) =>
        new("03-explore-visualize", 12, errors, 8, TimeSpan.FromSeconds(41.25),
            [new("accuracy", "0.98", false), new("load_s", "3.2", true)],
            [new("01.1", "Incorrect"), new("01.1", "Correct"), new("01.2", "NotAttempted")], problems, "artifacts/notebooks/03-explore-visualize.ipynb");

    [Fact]
    public void A_failure_names_the_lesson_the_cell_its_first_line_and_the_error()
    {
        var text = Report([new CellError(7, "var df = Load();", "FileNotFoundException: data.csv"), new CellError(9, "df.Head()", "CS0103")]).Describe();

        Assert.Contains("03-explore-visualize failed at cell 7 `var df = Load();`: FileNotFoundException: data.csv", text);
        Assert.Contains("and at cell 9 `df.Head()`: CS0103", text);
        Assert.Contains("executed notebook: artifacts/notebooks/03-explore-visualize.ipynb", text);
    }

    [Fact]
    public void A_timeout_is_a_failure_that_says_so()
    {
        var text = Report([], "timed out after 600 s.").Describe();

        Assert.Contains("03-explore-visualize failed: timed out after 600 s.", text);
    }

    [Fact]
    public void Passed_means_no_error_cell_and_no_other_problem_and_every_problem_is_described()
    {
        var report = Report([], "result accuracy: expected 0.99 ± 0, got 0.98.", "it drew 0 charts.");

        Assert.True(Report([]).Passed);
        Assert.False(report.Passed);
        Assert.Equal(["03-explore-visualize failed: result accuracy: expected 0.99 ± 0, got 0.98.", "  it drew 0 charts.",
            "  executed notebook: artifacts/notebooks/03-explore-visualize.ipynb"], report.Describe().Split(Environment.NewLine));
    }

    [Fact]
    public void The_table_has_one_row_per_lesson_with_cells_errors_charts_seconds_and_results()
    {
        var table = ReportTable.Render([Report([]), Report([new CellError(7, "x", "y")]) with { Lesson = "04-train-models" }]);
        var lines = table.Split(Environment.NewLine);

        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^lesson\s+\| status \| code cells \| error cells \| charts \| exercises\s+\| seconds \| results$", lines[0]);
        Assert.Matches(@"^03-explore-visualize \| passed \| 12\s+\| 0\s+\| 8\s+\| 1/2 solved \| 41\.3\s+\| accuracy=0\.98, load_s≈3\.2$", lines[2]);
        Assert.Matches(@"^04-train-models\s+\| FAILED \| 12\s+\| 1\s+\|", lines[3]);
    }

    [Fact]
    public void The_table_counts_reflections_as_submitted_apart_from_solved_exercises()
    {
        var report = Report([]) with { Exercises = [new("01.1", "Correct"), new("01.2", "Incorrect"), new("01.4", "Submitted")] };

        Assert.Contains("| 1/2 solved, 1/1 submitted |", ReportTable.Render([report]));
        Assert.Contains("| 0/1 solved, 0/1 submitted |", ReportTable.Render([report with { Exercises = [new("01.3", "NotAttempted"), new("01.4", "NotAttempted")] }]));
    }

    [Fact]
    public void Results_read_back_keep_the_last_value_of_each_name()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-results").FullName, "r.txt");
        File.WriteAllLines(file, ["accuracy=0.9", "not a result", "!01.1=Incorrect", "mae=2.1", "load_s~3.5", "accuracy=0.95", "!01.1=Correct"]);

        Assert.Equal([new("mae", "2.1", false), new("load_s", "3.5", true), new("accuracy", "0.95", false)], LessonEngine.ReadResults(file));
        Assert.Equal([new("01.1", "Incorrect"), new("01.1", "Correct")], LessonEngine.ReadExercises(file));
    }
}

public sealed class MinimumChartsTests
{
    [Fact]
    public void A_lesson_promises_charts_through_its_metadata()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-meta").FullName;
        var promising = Path.Combine(folder, "a.ipynb");
        var silent = Path.Combine(folder, "b.ipynb");
        File.WriteAllText(promising, """{"cells": [], "metadata": {"mlcourse": {"minimumCharts": 8}}}""");
        File.WriteAllText(silent, """{"cells": [], "metadata": {}}""");

        Assert.Equal(8, ExecutedNotebook.MinimumCharts(promising));
        Assert.Equal(0, ExecutedNotebook.MinimumCharts(silent));
    }
}

public sealed class TargetSecondsTests
{
    private static LessonReport Took(double seconds, double? target) =>
        new LessonReport("12-reinforcement-learning", 3, [], 0, TimeSpan.FromSeconds(seconds), [], [], [], null) { TargetSeconds = target };

    [Fact]
    public void A_lesson_states_its_time_target_through_its_metadata()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-meta").FullName;
        var timed = Path.Combine(folder, "a.ipynb");
        var untimed = Path.Combine(folder, "b.ipynb");
        File.WriteAllText(timed, """{"cells": [], "metadata": {"mlcourse": {"targetSeconds": 60}}}""");
        File.WriteAllText(untimed, """{"cells": [], "metadata": {}}""");

        Assert.Equal(60, ExecutedNotebook.TargetSeconds(timed));
        Assert.Null(ExecutedNotebook.TargetSeconds(untimed));
    }

    [Fact]
    public void A_run_over_its_target_is_shown_in_the_table_but_still_passes()
    {
        var slow = Took(66.7, 60);
        var quick = Took(41.2, 60);

        Assert.True(slow.OverTarget);
        Assert.True(slow.Passed);
        Assert.False(quick.OverTarget);
        Assert.False(Took(500, null).OverTarget);
        Assert.Contains("66.7 (OVER target 60)", ReportTable.Render([slow]));
        Assert.Contains("41.2 (target 60)", ReportTable.Render([quick]));
    }
}
