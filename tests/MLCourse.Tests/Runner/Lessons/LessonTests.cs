using System.Text.Json.Nodes;
using MLCourse.Exercises;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Lessons;

public sealed class LessonTests
{
    private const string Folder = "/course/notebooks";

    private static Lesson Read(JsonNode notebook, string name = "91-sample") => Lesson.Read(Path.Combine(Folder, name + ".ipynb"), notebook, Folder);

    /// <summary>A lesson with two exercises whose answer cells only bind names, each followed by its check; with <paramref name="laterCell"/> after them.</summary>
    private static Lesson Exercises(string? laterCell = null) => Read(NotebookJson.Of(
    [
        NotebookJson.Markdown("# 91 · Sample"),
        NotebookJson.Code("var data = new[] { 1.5, 2.5 };"),
        NotebookJson.Markdown("**Exercise 01.2**"),
        NotebookJson.Code("Func<string, double>? parseEuropean = null;", exercise: "01.2"),
        NotebookJson.Code("MLCourse.Exercises.Lesson01.ParseEuropean.Check(parseEuropean)"),
        NotebookJson.Markdown("**Exercise 01.4**"),
        NotebookJson.Code("string? why = null;", exercise: "01.4"),
        NotebookJson.Code("MLCourse.Exercises.Lesson01.WhyParameters.Check(why)"),
        NotebookJson.Markdown("## Summary"),
        .. laterCell is null ? Array.Empty<JsonObject>() : [NotebookJson.Code(laterCell)],
    ]));

    private static string Solution(string exercise) => ExerciseCatalog.Find(exercise).SolutionCode;

    [Fact]
    public void All_reads_the_lesson_notebooks_in_order_and_skips_other_files()
    {
        var folder = Repository.TestFolder("lesson-all");
        foreach (var name in new[] { "01-collect-data", "00-welcome", "scratch", "3-bad", "03-Explore", "03-explore-visualize" })
            NotebookJson.Write(NotebookJson.Of(NotebookJson.Markdown($"# {name}")), Path.Combine(folder, name + ".ipynb"));
        File.WriteAllText(Path.Combine(folder, "04-train-models.cs"), "// an app, not a notebook");

        var lessons = Lesson.All(folder);

        Assert.Equal(["00-welcome", "01-collect-data", "03-explore-visualize"], lessons.Select(l => l.Name));
        Assert.All(lessons, l => Assert.Equal(folder, l.Folder));
    }

    [Theory]
    [InlineData("00-welcome.ipynb", true)]
    [InlineData("12-reinforcement-learning.ipynb", true)]
    [InlineData("13-forecasting.ipynb", true)]
    [InlineData("14-attention-language-model.ipynb", true)]
    [InlineData("15-embeddings-search.ipynb", true)]
    [InlineData("07-edge2-deployment.ipynb", true)]
    [InlineData("3-bad.ipynb", false)]
    [InlineData("003-three-digits.ipynb", false)]
    [InlineData("03_explore.ipynb", false)]
    [InlineData("03-Explore.ipynb", false)]
    [InlineData("03-explore-.ipynb", false)]
    [InlineData("03--explore.ipynb", false)]
    [InlineData("03-explore.ipynb.bak", false)]
    [InlineData("scratch.ipynb", false)]
    public void The_file_name_rule_is_two_digits_a_dash_and_lower_case_words(string file, bool isLesson)
    {
        Assert.Equal(isLesson, Lesson.FileName().IsMatch(file));
    }

    [Fact]
    public void Load_reads_a_notebook_file_run_from_its_own_folder_unless_told_otherwise()
    {
        var folder = Repository.TestFolder("lesson-load");
        var path = NotebookJson.Write(NotebookJson.Of(NotebookJson.Markdown("# 91 · Loaded")), Path.Combine(folder, "91-loaded.ipynb"));

        var lesson = Lesson.Load(path);
        var elsewhere = Lesson.Load(path, Repository.Folders.Root);

        Assert.Equal((path, folder, "91-loaded", "91", "91 · Loaded"), (lesson.Path, lesson.Folder, lesson.Name, lesson.Number, lesson.Title));
        Assert.Equal(Repository.Folders.Root, elsewhere.Folder);
        Assert.Equal("91-loaded", lesson.ToString());
    }

    [Theory]
    [InlineData("not json at all", "is not a notebook: ")]
    [InlineData("[1, 2]", "is not a notebook: it is not a JSON object.")]
    [InlineData("""{"nbformat": 4}""", "is not a notebook: it has no \"cells\" array.")]
    public void A_file_that_is_not_a_notebook_is_refused_saying_so(string text, string message)
    {
        var path = Path.Combine(Repository.TestFolder("lesson-not-a-notebook"), "91-broken.ipynb");
        File.WriteAllText(path, text);

        var error = Assert.Throws<InvalidDataException>(() => Lesson.Load(path));

        Assert.StartsWith(path, error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Cells_are_numbered_from_1_among_all_cells_with_their_kind_text_kernel_exercise_and_metadata()
    {
        var notebook = NotebookJson.Of(
            NotebookJson.Markdown("# 91 · Sample\r\nprose"),
            NotebookJson.Code("var x = 1;\r\nx"),
            NotebookJson.Code("double? answer = null;", exercise: "01.2"),
            NotebookJson.Code("let y = 2"));
        notebook["cells"]![3]!["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
        notebook["cells"]![1]!.AsObject().Remove("metadata");

        var cells = Read(notebook).Cells;

        Assert.Equal([1, 2, 3, 4], cells.Select(c => c.Number));
        Assert.Equal([false, true, true, true], cells.Select(c => c.IsCode));
        Assert.Equal(["# 91 · Sample\nprose", "var x = 1;\nx", "double? answer = null;", "let y = 2"], cells.Select(c => c.Source));
        Assert.Equal(["csharp", "csharp", "csharp", "fsharp"], cells.Select(c => c.Kernel));
        Assert.Equal([null, null, "01.2", null], cells.Select(c => c.Exercise));
        Assert.Equal("{}", cells[1].Metadata);
        Assert.Equal("01.2", (string?)JsonNode.Parse(cells[2].Metadata)!["mlcourse"]!["exercise"]);
        Assert.Equal("var x = 1;", cells[1].FirstLine);
    }

    [Fact]
    public void The_title_is_the_first_top_level_heading_and_the_name_when_there_is_none()
    {
        var titled = Read(NotebookJson.Of(NotebookJson.Code("// # not a heading: code"), NotebookJson.Markdown("intro\n## Part\n# 91 · The title  \ntext")));
        var untitled = Read(NotebookJson.Of(NotebookJson.Markdown("## only a second-level heading")));

        Assert.Equal("91 · The title", titled.Title);
        Assert.Equal("91-sample", untitled.Title);
    }

    /// <summary>A notebook whose metadata promises <paramref name="mlcourse"/>, written to a file and loaded.</summary>
    private static Lesson Promising(JsonObject? mlcourse, string folder) =>
        Lesson.Load(NotebookJson.Write(NotebookJson.Of([NotebookJson.Markdown("# 91 · Promises")], mlcourse), Path.Combine(Repository.TestFolder(folder), "91-promises.ipynb")));

    [Fact]
    public void What_the_metadata_promises_is_read_minimum_charts_and_target_seconds()
    {
        var promising = Promising(new JsonObject { ["minimumCharts"] = 8, ["targetSeconds"] = 60 }, "lesson-promising");
        var fractional = Promising(new JsonObject { ["targetSeconds"] = 1.5 }, "lesson-fractional");
        var silent = Promising(null, "lesson-silent");

        Assert.Equal((8, 60.0), (promising.MinimumCharts, promising.TargetSeconds));
        Assert.Equal((0, 1.5), (fractional.MinimumCharts, fractional.TargetSeconds));
        Assert.Equal((0, (double?)null), (silent.MinimumCharts, silent.TargetSeconds));
    }

    [Fact]
    public void A_notebook_in_memory_reads_as_its_file_does()
    {
        var notebook = NotebookJson.Of([NotebookJson.Markdown("# 91 · Promises")], new JsonObject { ["minimumCharts"] = 8, ["targetSeconds"] = 60 });

        var lesson = Read(notebook);

        Assert.Equal((8, 60.0), (lesson.MinimumCharts, lesson.TargetSeconds));
    }

    [Theory]
    [InlineData("minimumCharts", "\"eight\"")]
    [InlineData("minimumCharts", "2.5")]
    [InlineData("targetSeconds", "\"sixty\"")]
    public void Metadata_that_is_not_a_number_is_refused_naming_the_notebook(string promise, string value)
    {
        var path = Path.Combine(Repository.TestFolder("lesson-bad-promise"), "91-promises.ipynb");
        File.WriteAllText(path, $$"""{ "cells": [], "metadata": { "mlcourse": { "{{promise}}": {{value}} } } }""");

        var error = Assert.Throws<InvalidDataException>(() => Lesson.Load(path));

        Assert.StartsWith($"{path} is not a notebook: ", error.Message);
        Assert.Contains(promise, error.Message);
    }

    [Fact]
    public void A_lesson_needs_libtorch_when_a_code_cell_references_TorchSharp_and_not_when_prose_mentions_it()
    {
        var torch = Read(NotebookJson.Of(NotebookJson.Code("#r \"nuget: TorchSharp-cpu, 0.107.0\"")));
        var prose = Read(NotebookJson.Of(NotebookJson.Markdown("#r \"nuget: TorchSharp-cpu, 0.107.0\" in prose"), NotebookJson.Code("#r \"nuget: Microsoft.ML, 5.0.1\"")));

        Assert.True(torch.NeedsLibTorch);
        Assert.False(prose.NeedsLibTorch);
    }

    [Theory]
    [InlineData("03")]
    [InlineData("3")]
    [InlineData("03-explore-visualize")]
    public void Select_finds_a_lesson_by_number_or_name(string selector)
    {
        var chosen = Lesson.Select(Repository.Lessons, [selector]);

        Assert.Equal("03-explore-visualize", Assert.Single(chosen).Name);
    }

    [Fact]
    public void Select_keeps_the_order_asked_for_takes_a_lesson_once_and_takes_all_when_none_is_named()
    {
        Assert.Equal(["04-train-models", "00-welcome"], Lesson.Select(Repository.Lessons, ["04", "0", "4", "04-train-models"]).Select(l => l.Name));
        Assert.Same(Repository.Lessons, Lesson.Select(Repository.Lessons, []));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("3.0")]
    [InlineData("+3")]
    [InlineData("explore")]
    public void Select_refuses_a_selector_that_names_no_lesson_and_lists_the_lessons(string selector)
    {
        var error = Assert.Throws<ArgumentException>(() => Lesson.Select(Repository.Lessons, [selector]));

        Assert.StartsWith($"No lesson '{selector}'. Give a lesson number or name; the lessons are: 00-welcome, 01-collect-data, ", error.Message);
    }

    [Fact]
    public void The_answer_cells_are_the_cells_with_an_exercise_in_their_metadata()
    {
        var lesson = Exercises();

        Assert.True(lesson.HasExercises);
        Assert.Equal([4, 7], lesson.AnswerCells.Select(c => c.Number));
        Assert.False(Read(NotebookJson.Of(NotebookJson.Code("1 + 1"))).HasExercises);
    }

    [Fact]
    public void CellsWithSolutions_puts_each_exercise_s_solution_in_its_answer_cell_and_keeps_every_other_cell()
    {
        var lesson = Exercises();

        var solved = lesson.CellsWithSolutions();

        Assert.Equal(lesson.Cells.Select(c => c.Number), solved.Select(c => c.Number));
        Assert.Equal(Solution("01.2"), solved[3].Source);
        Assert.Equal(Solution("01.4"), solved[6].Source);
        Assert.Equal(lesson.Cells.Where(c => c.Exercise is null), solved.Where(c => c.Exercise is null));
        Assert.Equal("Func<string, double>? parseEuropean = null;", lesson.Cells[3].Source);   // the lesson itself is unchanged
    }

    [Fact]
    public void Where_answers_only_bind_names_the_solutions_tail_is_each_solution_then_its_check()
    {
        var lesson = Exercises(laterCell: "var unrelated = data.Sum();");

        var tail = lesson.SolutionsTail();

        Assert.False(lesson.AnswersFeedLaterCells);
        Assert.Equal([4, 5, 7, 8], tail.Select(c => c.Number));
        Assert.Equal([Solution("01.2"), lesson.Cells[4].Source, Solution("01.4"), lesson.Cells[7].Source], tail.Select(c => c.Source));
    }

    [Fact]
    public void Where_a_later_cell_uses_an_answer_the_solutions_tail_is_every_cell_from_the_first_answer_cell_on()
    {
        var lesson = Exercises(laterCell: "display(why.Length)");

        var tail = lesson.SolutionsTail();

        Assert.True(lesson.AnswersFeedLaterCells);
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], tail.Select(c => c.Number));
        Assert.Equal(Solution("01.2"), tail[0].Source);
        Assert.Equal(Solution("01.4"), tail[3].Source);
        Assert.Equal(lesson.Cells.Skip(3).Where(c => c.Exercise is null), tail.Where(c => c.Exercise is null));
    }

    [Fact]
    public void A_check_right_after_its_answer_or_a_name_only_in_prose_or_a_string_does_not_feed_later_cells()
    {
        Assert.False(Exercises(laterCell: "// why\nvar text = \"why\";").AnswersFeedLaterCells);
        Assert.True(Exercises(laterCell: "var shorter = parseEuropean!(\"1,5\");").AnswersFeedLaterCells);
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Only_lesson_09_s_answers_feed_later_cells_so_every_other_lesson_reruns_only_its_solutions_and_checks(string name)
    {
        var lesson = Repository.LessonNamed(name);

        Assert.Equal(name == "09-capstone", lesson.AnswersFeedLaterCells);
        Assert.Equal(lesson.AnswersFeedLaterCells
            ? lesson.Cells.Count - lesson.AnswerCells.First().Number + 1
            : 2 * lesson.AnswerCells.Count(), lesson.SolutionsTail().Count);
    }

    [Fact]
    public void NotebookJson_is_ascii_only_and_every_other_character_comes_back_through_Read()
    {
        var text = "Npgsql… café · → ≈ ± “quoted” 数据 📊 \u00a0<b>&'\"\\";
        var lesson = Read(NotebookJson.Of([NotebookJson.Markdown($"# 91 · {text}"), NotebookJson.Code($"var s = \"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\";", exercise: "01.2")],
            new JsonObject { ["minimumCharts"] = 1, ["note"] = text }));

        var json = lesson.NotebookJson(lesson.Cells);
        var back = Read(JsonNode.Parse(json)!);

        Assert.All(json, c => Assert.True(c < 128, $"'{c}' (U+{(int)c:X4}) is not ASCII"));
        Assert.Equal(lesson.Cells, back.Cells);
        Assert.Contains(text, back.Cells[0].Source);
        Assert.Equal(text, (string?)JsonNode.Parse(json)!["metadata"]!["mlcourse"]!["note"]);
        Assert.Equal(1, back.MinimumCharts);
    }

    [Fact]
    public void NotebookJson_writes_the_cells_given_as_cells_the_kernel_has_not_run()
    {
        var lesson = Exercises();

        var notebook = JsonNode.Parse(lesson.NotebookJson(lesson.SolutionsTail()))!;
        var cells = notebook["cells"]!.AsArray();

        Assert.Equal(4, cells.Count);
        Assert.All(cells, c => Assert.Equal("code", (string?)c!["cell_type"]));
        Assert.All(cells, c => Assert.Empty(c!["outputs"]!.AsArray()));
        Assert.All(cells, c => Assert.Null(c!["execution_count"]));
        Assert.Equal(Solution("01.2"), (string?)cells[0]!["source"]);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_lesson_s_notebook_for_the_kernel_is_ascii_only_and_keeps_every_character_of_its_cells(string name)
    {
        var lesson = Repository.LessonNamed(name);

        var json = lesson.NotebookJson(lesson.Cells);

        Assert.True(json.All(c => c < 128), $"{name}: the notebook given to the kernel holds a character that is not ASCII.");
        Assert.Equal(lesson.Cells, Lesson.Read(lesson.Path, JsonNode.Parse(json), lesson.Folder).Cells);
    }
}
