using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// Every lesson runs top to bottom in the real kernel, twice: as shipped, and with every exercise's solution in place.
/// The runner's engine checks each run (no error cell, every cell run, the promised charts, the exercises' outcomes, the
/// results within their expected bands); these tests ask it and show its description when a run fails.
/// Run the fast tests alone with <c>dotnet test course.sln --filter "Category!=Kernel"</c>.
/// </summary>
[Collection(KernelCollection.Name)]
[Trait("Category", "Kernel")]
[TestCaseOrderer(typeof(KernelTestOrder))]
public sealed class KernelTests
{
    private static string TestArtifacts(string folder) => Path.Combine(Repository.Folders.Artifacts, "tests", folder);

    /// <summary>A copy of the broken-lesson fixture, changed by <paramref name="change"/>, as artifacts/tests/NAME/NAME.ipynb.</summary>
    private static string ChangedFixture(string name, Action<JsonNode> change)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Fixture("broken-lesson.ipynb")))!;
        change(notebook);
        var path = Path.Combine(TestArtifacts(name), name + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>A learner's first run: no error cell, every exercise "not attempted". Its executed notebook is what the course shows.</summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    [LessonRun(solutions: false)]
    public async Task Lesson_as_shipped_runs_without_error_cells_and_leaves_every_exercise_not_attempted(string lesson)
    {
        var report = await LessonRuns.Shipped(lesson);

        Assert.True(report.Passed, report.Describe());
        Assert.True(report.CodeCells > 1, $"{lesson}: expected the setup cell and lesson code, found {report.CodeCells} code cells.");
    }

    /// <summary>Each exercise's solution replaces its answer cell (in a copy): every check passes, and every result is as pinned.</summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    [LessonRun(solutions: true)]
    public async Task Lesson_with_the_solutions_in_place_solves_every_exercise_and_holds_its_expected_results(string lesson)
    {
        var report = await LessonRuns.Solved(lesson);

        Assert.True(report.Passed, report.Describe());
        Assert.True(report.Results.All(r => r.IsTiming) || File.Exists(ExpectedResults.PathOf(LessonRuns.Engine.ExpectedResultsFolder, lesson)),
            $"{lesson} publishes results but has no expected results.");
    }

    [Fact]
    public async Task Broken_notebook_is_reported_with_every_failing_cell()
    {
        var fixture = Repository.Fixture("broken-lesson.ipynb");

        var report = await LessonRuns.Engine.RunAsync(fixture, Path.GetDirectoryName(fixture)!, TestArtifacts("broken"), TestContext.Current.CancellationToken);

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
        var promising = ChangedFixture("promises-charts", notebook =>
        {
            var cells = notebook["cells"]!.AsArray();
            while (cells.Count > 2) cells.RemoveAt(cells.Count - 1); // keep the title and the cell that works
            notebook["metadata"]!["mlcourse"] = new JsonObject { ["minimumCharts"] = 1 };
        });

        var report = await LessonRuns.Engine.RunAsync(promising, Path.GetDirectoryName(Repository.Fixture("broken-lesson.ipynb"))!, TestArtifacts("promises-executed"), TestContext.Current.CancellationToken);

        Assert.False(report.Passed);
        Assert.Empty(report.Errors);
        Assert.Contains("it drew 0 charts, but its metadata (mlcourse.minimumCharts) promises at least 1", report.Describe());
    }

    [Fact]
    public async Task A_kernel_that_dies_half_way_fails_the_lesson_with_a_message_not_a_stack_trace()
    {
        var dying = ChangedFixture("dying-kernel", notebook => notebook["cells"]![3]!["source"] = "System.Environment.Exit(7); // the kernel process dies here");

        var report = await LessonRuns.Engine.RunAsync(dying, Path.GetDirectoryName(Repository.Fixture("broken-lesson.ipynb"))!, TestArtifacts("dying-executed"), TestContext.Current.CancellationToken);

        Assert.False(report.Passed);
        Assert.StartsWith("dying-kernel failed: dotnet-repl exited with code 7 without writing an executed notebook: the kernel crashed or was stopped.", report.Describe());
    }

    /// <summary>The runner, as shipped and with the solutions, records exercise checks under artifacts/ and leaves the learner's progress alone.</summary>
    [Fact]
    public async Task Running_the_runner_with_or_without_solutions_leaves_an_existing_progress_file_byte_for_byte_unchanged()
    {
        var course = FixtureCourse.Create("progress");
        course.Expect(FixtureCourse.SampleMean(seed: 7));
        var before = File.ReadAllBytes(course.ProgressFile);
        var output = new StringWriter();

        var asShipped = await CourseRun.RunAsync(course.Engine, [course.Lesson], new RunnerOptions(), output, interactive: false, CancellationToken.None);
        var solved = await CourseRun.RunAsync(course.Engine, [course.Lesson], new RunnerOptions { Solutions = true }, output, interactive: false, CancellationToken.None);

        Assert.True((asShipped, solved) == (ExitCodes.Passed, ExitCodes.Passed), output.ToString());
        Assert.Equal(before, File.ReadAllBytes(course.ProgressFile));
        Assert.Contains("\"01.2\"", File.ReadAllText(Path.Combine(course.Folders.Artifacts, "notebooks", "progress.json")));
        Assert.Contains("\"Solved\": true", File.ReadAllText(Path.Combine(course.Folders.Artifacts, "notebooks-solutions", "progress.json")));
    }

    /// <summary>
    /// A lesson edit that moves a published number (here its seed) fails the run, naming lesson, result, expected and got;
    /// --update-expected then pins the new value.
    /// </summary>
    [Fact]
    public async Task Changing_a_published_result_fails_with_lesson_result_expected_and_got_until_the_expectation_is_updated()
    {
        var (pinned, moved) = (FixtureCourse.SampleMean(seed: 7), FixtureCourse.SampleMean(seed: 8));
        Assert.NotEqual(pinned, moved);
        var course = FixtureCourse.Create("moved", seed: 8);
        course.Expect(pinned);

        var report = await course.Engine.RunAsync(course.Lesson, solutions: true, TestContext.Current.CancellationToken);

        Assert.False(report.Passed);
        Assert.Empty(report.Errors);
        Assert.StartsWith($"{FixtureCourse.LessonName} failed: result sample_mean: expected {LessonResults.Format(pinned)} ± 0, got {LessonResults.Format(moved)}.",
            report.Describe());
        Assert.Contains("--update-expected 90", report.Describe());

        // The deliberate update: the run passes, and the file now pins the new value (the diff a reviewer sees).
        var (updated, changes) = await course.Engine.UpdateExpectedAsync(course.Lesson, TestContext.Current.CancellationToken);

        Assert.True(updated.Passed, updated.Describe());
        Assert.Equal($"changed sample_mean ({LessonResults.Format(pinned)} → {LessonResults.Format(moved)})", changes);
        Assert.Contains($"\"value\": {LessonResults.Format(moved)},", File.ReadAllText(
            ExpectedResults.PathOf(course.Engine.ExpectedResultsFolder, FixtureCourse.LessonName)));
    }
}
