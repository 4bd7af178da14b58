using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Engine;

/// <summary>
/// What the engine decides before any program starts, in a temporary course: a machine that cannot run lessons, Ctrl+C, a
/// lesson the runner cannot prepare, an app that is not what its notebook exports. (Running lessons is the kernel tests' part.)
/// </summary>
public sealed class LessonEngineTests
{
    /// <summary>A temporary course with one lesson, and its engine (never the Debian root).</summary>
    private static (TemporaryCourse Course, LessonEngine Engine, Lesson Lesson) Course(string name, string? exercise = null, bool withToolManifest = true)
    {
        var course = TemporaryCourse.Create(name, withToolManifest);
        var lesson = course.Add("91-engine", NotebookJson.Of(
            NotebookJson.Markdown("# 91 · Engine"),
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("double? answer = null;", exercise)));
        return (course, course.Engine(libTorch: NativeLibTorch.Settings), lesson);
    }

    [Fact]
    public void The_expected_results_are_the_course_s_tests_expected_results()
    {
        var (course, engine, _) = Course("engine-folders");

        Assert.Equal(Path.Combine(course.Folders.Root, "tests", "expected-results"), engine.ExpectedResultsFolder);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_course_without_its_tool_manifest_cannot_run_notebooks_and_says_so_rather_than_failing_the_lesson(bool solutions)
    {
        var (course, engine, lesson) = Course("engine-no-manifest", withToolManifest: false);

        var error = await Assert.ThrowsAsync<RunnerEnvironmentException>(() =>
            engine.RunAsync(lesson, Executor.Notebook, solutions, TestContext.Current.CancellationToken));

        Assert.StartsWith($"The course's tool manifest {Path.Combine(course.Folders.Root, CourseTools.Manifest)} is missing", error.Message);
    }

    [Theory]
    [InlineData(Executor.Notebook, false)]
    [InlineData(Executor.Notebook, true)]
    [InlineData(Executor.App, false)]
    [InlineData(Executor.App, true)]
    public async Task Ctrl_C_before_a_lesson_starts_stops_it_before_any_program_starts(Executor executor, bool solutions)
    {
        var (course, engine, lesson) = Course($"engine-cancelled-{executor}-{solutions}");
        AppFiles.Write(lesson, course.Folders);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.RunAsync(lesson, executor, solutions, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Ctrl_C_before_an_app_run_stops_it_even_when_the_app_is_out_of_date()
    {
        var (_, engine, lesson) = Course("engine-cancelled-stale-app");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.RunAsync(lesson, Executor.App, solutions: false, new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData(Executor.Notebook)]
    [InlineData(Executor.App)]
    public async Task A_lesson_the_runner_cannot_prepare_fails_with_the_reason_instead_of_stopping_the_run(Executor executor)
    {
        var (_, engine, lesson) = Course($"engine-unknown-exercise-{executor}", exercise: "99.9");

        var report = await engine.RunAsync(lesson, executor, solutions: true, TestContext.Current.CancellationToken);

        Assert.False(report.Passed);
        Assert.Equal((executor, true), (report.Executor, report.Solutions));
        var problem = Assert.Single(report.Problems);
        Assert.StartsWith("the runner could not run it: KeyNotFoundException: Expected the id of an exercise, one of 01.1, ", problem);
        Assert.Contains("found '99.9'.", problem);
    }

    [Fact]
    public async Task As_shipped_an_app_that_is_missing_or_out_of_date_fails_without_being_built()
    {
        var (course, engine, lesson) = Course("engine-stale-app");

        var missing = await engine.RunAsync(lesson, Executor.App, solutions: false, TestContext.Current.CancellationToken);
        File.WriteAllText(AppFiles.Export(lesson, course.Folders).Path, "// an old export\n");
        var stale = await engine.RunAsync(lesson, Executor.App, solutions: false, TestContext.Current.CancellationToken);

        Assert.StartsWith("notebooks/91-engine.cs is missing: export it with 'dotnet run --project src/MLCourse.Runner -- --export-apps 91'", Assert.Single(missing.Problems));
        Assert.StartsWith("notebooks/91-engine.cs is out of date with notebooks/91-engine.ipynb (first difference at line 1", Assert.Single(stale.Problems));
        Assert.Equal([Executor.App, Executor.App], new[] { missing.Executor, stale.Executor });
        Assert.False(File.Exists(Path.Combine(course.Folders.Artifacts, "apps-runs", "91-engine.output.txt")));
    }

    [Fact]
    public async Task Updating_the_expected_results_from_a_run_that_failed_writes_nothing()
    {
        var (course, engine, lesson) = Course("engine-update-failed", exercise: "99.9");

        var (report, changes) = await engine.UpdateExpectedAsync(lesson, TestContext.Current.CancellationToken);

        Assert.Contains("KeyNotFoundException: Expected the id of an exercise", Assert.Single(report.Problems));   // it failed before anything started
        Assert.Null(changes);
        Assert.False(Directory.Exists(Path.Combine(course.Folders.Root, "tests", "expected-results")));
    }
}
