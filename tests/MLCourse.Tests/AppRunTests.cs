using System.Text.Json.Nodes;
using MLCourse.Runner;
using MLCourse.Runner.Apps;

namespace MLCourse.Tests;

/// <summary>
/// Every lesson's app builds and runs to the end with <c>dotnet run --file</c>: as shipped (every exercise not attempted)
/// and with the solutions, where it must publish the notebook's expected results. A broken cell fails the app, naming
/// the lesson, the cell and its first line. Slow, like the kernel tests: each run builds and runs a whole lesson.
/// </summary>
[Trait("Category", "Kernel")]
[Collection(KernelCollection.Name)]
public sealed class AppRunTests
{
    private static readonly AppEngine Engine = new(Repository.Folders, LessonRuns.Timeout);

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Lesson_s_app_runs_to_the_end_as_shipped(string lesson)
    {
        var report = await Engine.RunAsync(Repository.LessonNamed(lesson), cancel: TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.Describe());
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Lesson_s_app_with_the_solutions_publishes_the_notebook_s_expected_results(string lesson)
    {
        var report = await Engine.RunAsync(Repository.LessonNamed(lesson), solutions: true, cancel: TestContext.Current.CancellationToken);   // the engine compares with tests/expected-results/

        Assert.True(report.Passed, report.Describe());
    }

    [Fact]
    public async Task A_cell_that_throws_fails_the_app_naming_the_lesson_the_cell_and_its_first_line()
    {
        var report = await RunFixture(AppFixture.Notebook(), "96-app-fixture");

        Assert.False(report.Passed);
        Assert.Equal(new CellError(12, "var ratio = numbers.Sum() / (numbers.Length - 3);", "System.DivideByZeroException: Attempted to divide by zero."), report.FailedCell);
        Assert.StartsWith("96-app-fixture app FAILED (built in ", report.Describe());
        Assert.Contains("at cell 12 `var ratio = numbers.Sum() / (numbers.Length - 3);`: System.DivideByZeroException", report.Describe());
        Assert.Equal([new LessonResult("fixture_total", "3.75", false)], report.Results);   // what ran before it still counts
        var output = File.ReadAllText(Path.Combine(Repository.Folders.Artifacts, "apps-runs", "96-app-fixture.output.txt"));
        Assert.Contains("\n12\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("Point { X = 0, Y = 0 } is on the Left side", output);
        Assert.Contains("i  square\n-  ------\n1       1\n2       4\n3       9", output.ReplaceLineEndings("\n"));
        Assert.Contains(AppEngine.ChartLine, output);
        Assert.DoesNotContain("never reached", output);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_fails_the_app_naming_its_cell()
    {
        var notebook = AppFixture.Notebook();
        notebook["cells"]![6]!["source"] = "int wrong = \"text\";";

        var report = await RunFixture(notebook, "96-app-fixture-compile");

        Assert.False(report.Passed);
        Assert.Equal(7, report.FailedCell?.Cell);
        Assert.Equal("int wrong = \"text\";", report.FailedCell?.FirstLine);
        Assert.StartsWith("does not compile: CS0029: Cannot implicitly convert type 'string' to 'int'", report.FailedCell?.Message);
        Assert.Empty(report.Results);
    }

    /// <summary>Exports the fixture to <c>artifacts/apps-fixture/</c> and runs it.</summary>
    private static async Task<AppReport> RunFixture(JsonNode notebook, string name)
    {
        var source = LessonSource.Read(name, notebook, Repository.Folders.Notebooks);
        var app = AppExporter.Export(source, Repository.Folders, Path.Combine(Repository.Folders.Artifacts, "apps-fixture"));
        Directory.CreateDirectory(Path.GetDirectoryName(app.Path)!);
        await File.WriteAllTextAsync(app.Path, app.Text);
        return await Engine.RunAppAsync(app.Path, AppFixture.Path, source, solutions: false);
    }
}
