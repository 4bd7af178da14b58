using System.Text.Json.Nodes;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// What the app executor reports about an app that goes wrong: the fixture lesson <c>Fixtures/apps/96-app-fixture.ipynb</c>
/// (directives, cell values, types and usings in any cell, Markdown, an answer cell, a chart, and a broken cell 12), exported
/// into a course of its own and built and run with <c>dotnet run --file</c>.
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class AppRunTests(LessonRuns runs)
{
    private const string Name = "96-app-fixture";

    /// <summary>The fixture in a course of its own, its setup cell pointing at the course's helper library, changed by <paramref name="change"/>, its app written.</summary>
    private static (TemporaryCourse Course, Lesson Lesson) Fixture(string course, Action<JsonArray>? change = null)
    {
        var temporary = TemporaryCourse.Create(course);
        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Fixture(Path.Combine("apps", Name + ".ipynb"))))!;
        var cells = notebook["cells"]!.AsArray();
        cells[1]!["source"] = TemporaryCourse.SetupCell();
        change?.Invoke(cells);
        var lesson = temporary.Add(Name, notebook);
        AppFiles.Write(lesson, temporary.Folders);
        return (temporary, lesson);
    }

    private Task<LessonReport> Run(TemporaryCourse course, Lesson lesson, TimeSpan? timeout = null) =>
        runs.InSlot(cancel => course.Engine(timeout).RunAsync(lesson, Executor.App, solutions: false, cancel));

    [Fact]
    public async Task A_cell_that_throws_fails_the_app_naming_the_lesson_the_cell_and_its_first_line()
    {
        var (course, lesson) = Fixture("app-throws");

        var report = await Run(course, lesson);

        Assert.False(report.Passed);
        Assert.Equal([new CellError(12, "var ratio = numbers.Sum() / (numbers.Length - 3);", "System.DivideByZeroException: Attempted to divide by zero.")], report.Errors);
        Assert.StartsWith($"{Name} app failed at cell 12 `var ratio = numbers.Sum() / (numbers.Length - 3);`: System.DivideByZeroException", report.Describe());
        Assert.Equal([new LessonResult("fixture_total", "3.75", false)], report.Results);   // what ran before it still counts
        Assert.Equal(1, report.Charts);   // the chart cell 10 saved, recorded in the results file
        var output = File.ReadAllText(report.Executed!).ReplaceLineEndings("\n");
        Assert.Contains("\n12\n", output);
        Assert.Contains("Point { X = 0, Y = 0 } is on the Left side", output);
        Assert.Contains("i  square\n-  ------\n1       1\n2       4\n3       9", output);
        Assert.DoesNotContain("never reached", output);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_fails_the_app_naming_its_cell()
    {
        var (course, lesson) = Fixture("app-does-not-compile", cells => cells[6]!["source"] = "int wrong = \"text\";");

        var report = await Run(course, lesson);

        var error = Assert.Single(report.Errors);
        Assert.Equal(7, error.Cell);
        Assert.Equal("int wrong = \"text\";", error.FirstLine);
        Assert.StartsWith("does not compile: CS0029: Cannot implicitly convert type 'string' to 'int'", error.Message);
        Assert.Empty(report.Results);
    }

    [Fact]
    public async Task A_build_over_the_time_limit_is_reported_as_timed_out_and_nothing_it_started_is_left()
    {
        var (course, lesson) = Fixture("app-slow-build");

        var report = await Run(course, lesson, timeout: TimeSpan.FromSeconds(1));

        Assert.Equal($"{Name} app failed: timed out after 1 s: its build (dotnet build) was stopped before it finished.", report.Describe().Split('\n')[0].TrimEnd());
        Assert.Empty(await ProcessTable.LeftWithAsync(course.Folders.Root));
    }

    /// <summary>
    /// A run over the limit: the app is built and run once (it ends at once), then its cell finds the file that makes it
    /// sleep, and the second run, whose build has nothing left to do, is stopped while the app runs.
    /// </summary>
    [Fact]
    public async Task An_app_that_runs_over_the_time_limit_is_reported_as_timed_out_and_nothing_it_started_is_left()
    {
        var course = TemporaryCourse.Create("app-slow-run");
        var lesson = course.Add("91-slow-app", NotebookJson.Of(
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("if (System.IO.File.Exists(\"sleep\")) System.Threading.Thread.Sleep(TimeSpan.FromMinutes(10));\n\"awake\"")));
        AppFiles.Write(lesson, course.Folders);

        var (quick, slow) = await runs.InSlot(async cancel =>
        {
            var first = await course.Engine().RunAsync(lesson, Executor.App, solutions: false, cancel);
            File.WriteAllText(Path.Combine(course.Folders.Notebooks, "sleep"), "");
            return (first, await course.Engine(TimeSpan.FromSeconds(20)).RunAsync(lesson, Executor.App, solutions: false, cancel));
        });

        Assert.True(quick.Passed, quick.Describe());
        Assert.Equal("91-slow-app app failed: timed out after 20 s, its build included: the app (dotnet run --file) was stopped before it finished.",
            slow.Describe().Split('\n')[0].TrimEnd());
        Assert.Empty(await ProcessTable.LeftWithAsync(course.Folders.Root));
    }
}
