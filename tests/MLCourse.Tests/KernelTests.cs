using MLCourse.Exercises;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// Every lesson runs top to bottom in the real kernel (the runner's engine, as the runner's own command does),
/// and a broken cell anywhere is reported with its lesson, cell number, first line and message.
/// </summary>
[Collection(KernelCollection.Name)]
public sealed class KernelTests
{
    private static readonly LessonEngine Engine = new(Repository.Folders, LessonEngine.DefaultTimeout);
    private static string TestArtifacts(string folder) => Path.Combine(Repository.Folders.Artifacts, "tests", folder);

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Lesson_runs_without_error_cells_and_gives_the_same_results_twice(string lesson)
    {
        var first = await Engine.RunAsync(Repository.LessonNamed(lesson));
        Assert.True(first.Passed, first.Describe());
        Assert.True(first.CodeCells > 1, $"{lesson}: expected the setup cell and lesson code, found {first.CodeCells} code cells.");

        var second = await Engine.RunAsync(Repository.LessonNamed(lesson));

        Assert.True(second.Passed, second.Describe());
        Assert.Equal(first.Results.Where(r => !r.IsTiming), second.Results.Where(r => !r.IsTiming));
    }

    /// <summary>Each exercise's solution replaces its answer cell (in a copy); every check must then say correct (a reflection: submitted).</summary>
    [Theory]
    [MemberData(nameof(ExerciseCatalogTests.LessonsWithExercises), MemberType = typeof(ExerciseCatalogTests))]
    public async Task Lesson_in_solution_mode_solves_every_exercise(string lesson)
    {
        var report = await Engine.RunAsync(Repository.LessonNamed(lesson), solutions: true);

        Assert.True(report.Passed, report.Describe());
        Assert.NotEmpty(report.Exercises);
        Assert.All(report.Exercises, e => Assert.Equal(ExerciseCatalog.Find(e.Exercise).IsReflection ? "Submitted" : "Correct", e.Outcome));
    }

    [Fact]
    public async Task Broken_notebook_is_reported_with_every_failing_cell()
    {
        var fixture = Repository.Fixture("broken-lesson.ipynb");

        var report = await Engine.RunAsync(fixture, Path.GetDirectoryName(fixture)!, TestArtifacts("broken"));

        Assert.False(report.Passed);
        Assert.Equal(4, report.CodeCells);
        Assert.Collection(report.Errors,
            first =>
            {
                Assert.Equal(4, first.Cell);
                Assert.Equal("throw new InvalidOperationException(\"deliberately broken: cell 4\");", first.FirstLine);
                Assert.Contains("InvalidOperationException: deliberately broken: cell 4", first.Message);
            },
            second =>
            {
                Assert.Equal(6, second.Cell);
                Assert.Contains("CS0029", second.Message);
            });
        var description = report.Describe();
        Assert.Contains("broken-lesson failed at cell 4 `throw new InvalidOperationException(", description);
        Assert.Contains("cell 6", description);
        // The runner kept going after the failure: cell 5's output is in the executed notebook.
        Assert.Contains("cell 5 ran after the failure", File.ReadAllText(report.ExecutedNotebook!));
    }

    [Fact]
    public async Task A_lesson_that_draws_fewer_charts_than_it_promises_fails()
    {
        var fixture = Repository.Fixture("broken-lesson.ipynb");
        var promising = Path.Combine(TestArtifacts("promises"), "promises-charts.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(promising)!);
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(fixture))!;
        var cells = notebook["cells"]!.AsArray();
        while (cells.Count > 2) cells.RemoveAt(cells.Count - 1); // keep the title and the cell that works
        notebook["metadata"]!["mlcourse"] = new System.Text.Json.Nodes.JsonObject { ["minimumCharts"] = 1 };
        File.WriteAllText(promising, notebook.ToJsonString());

        var report = await Engine.RunAsync(promising, Path.GetDirectoryName(fixture)!, TestArtifacts("promises-executed"));

        Assert.False(report.Passed);
        Assert.Empty(report.Errors);
        Assert.Contains("it drew 0 charts, but its metadata (mlcourse.minimumCharts) promises at least 1", report.Describe());
    }

    /// <summary>Breaks one code cell of each lesson (a copy; the lesson file is untouched) and expects that cell to be named.</summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Breaking_a_lesson_cell_fails_the_lesson_at_that_cell(string lesson)
    {
        var source = Repository.LessonNamed(lesson).Path;
        var (mutant, brokenCell) = NotebookMutation.BreakMiddleCodeCell(source, TestArtifacts("mutants"));

        // The kernel starts in notebooks/ as for the real lesson, so relative paths still resolve.
        var report = await Engine.RunAsync(mutant, Path.GetDirectoryName(source)!, TestArtifacts("mutants-executed"));

        Assert.False(report.Passed, $"{lesson}: a deliberately broken cell {brokenCell} was not reported.");
        Assert.Equal(brokenCell, report.Errors[0].Cell);
        Assert.Contains($"{lesson} failed at cell {brokenCell} `", report.Describe());
    }
}
