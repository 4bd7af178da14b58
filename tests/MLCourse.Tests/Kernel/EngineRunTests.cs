using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// The engine end to end on a small real lesson (<c>Fixtures/90-pinned-results.ipynb</c>: one published result drawn with a
/// seed, one real exercise), in a course of its own: pinned results, the learner's progress left alone, and a lesson read once.
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class EngineRunTests(LessonRuns runs)
{
    /// <summary>The runner, as shipped and with the solutions, records exercise checks under artifacts/ and leaves the learner's progress alone.</summary>
    [Fact]
    public async Task Running_with_or_without_the_solutions_leaves_the_learner_s_progress_file_byte_for_byte_unchanged()
    {
        var course = TemporaryCourse.Create("progress");
        var lesson = course.AddPinnedResultsLesson();
        course.Expect(lesson.Name, new ExpectedResult("sample_mean", TemporaryCourse.SampleMean(seed: 7), 0, null));
        var before = File.ReadAllBytes(course.ProgressFile);
        var output = new StringWriter();

        var (asShipped, solved) = await runs.InSlot(async cancel =>
            (await CourseRun.RunAsync(course.Engine(), [lesson], new RunnerOptions(), output, interactive: false, cancel),
             await CourseRun.RunAsync(course.Engine(), [lesson], new RunnerOptions { Solutions = true }, output, interactive: false, cancel)));

        Assert.True((asShipped.ExitCode, solved.ExitCode) == (ExitCodes.Passed, ExitCodes.Passed), output.ToString());
        Assert.Equal(before, File.ReadAllBytes(course.ProgressFile));
        Assert.Contains("\"01.2\"", File.ReadAllText(Path.Combine(course.Folders.Artifacts, "notebooks", lesson.Name + ".progress.json")));
        Assert.Contains("\"Solved\": true", File.ReadAllText(Path.Combine(course.Folders.Artifacts, "notebooks-solutions", lesson.Name + ".progress.json")));
        Assert.Equal(["NotAttempted", "Correct"], solved.Reports.Single().Exercises.Select(e => e.Outcome));
    }

    /// <summary>A lesson edit that moves a published number (here its seed) fails the run, naming lesson, result, expected and got; --update-expected then pins it.</summary>
    [Fact]
    public async Task Changing_a_published_result_fails_with_lesson_result_expected_and_got_until_the_expectation_is_updated()
    {
        var (pinned, moved) = (TemporaryCourse.SampleMean(seed: 7), TemporaryCourse.SampleMean(seed: 8));
        Assert.NotEqual(pinned, moved);
        var course = TemporaryCourse.Create("moved");
        var lesson = course.AddPinnedResultsLesson(seed: 8);
        course.Expect(lesson.Name, new ExpectedResult("sample_mean", pinned, 0, null));

        var report = await runs.InSlot(cancel => course.Engine().RunAsync(lesson, Executor.Notebook, solutions: true, cancel));

        Assert.False(report.Passed);
        Assert.Empty(report.Errors);
        Assert.StartsWith($"{lesson.Name} failed: result sample_mean: expected {LessonResults.Format(pinned)} ± 0, got {LessonResults.Format(moved)}.", report.Describe());
        Assert.Contains("--update-expected 90", report.Describe());

        var (updated, changes) = await runs.InSlot(cancel => course.Engine().UpdateExpectedAsync(lesson, cancel));

        Assert.True(updated.Passed, updated.Describe());
        Assert.Equal($"changed sample_mean ({LessonResults.Format(pinned)} → {LessonResults.Format(moved)})", changes);
        Assert.Contains($"\"value\": {LessonResults.Format(moved)},", File.ReadAllText(ExpectedResults.PathOf(ExpectedResults.FolderOf(course.Folders), lesson.Name)));
    }

    /// <summary>
    /// Nothing after the lesson is read touches its notebook file again: with the file deleted, the notebook runs (both parts),
    /// the app is exported and runs with the solutions, and the website is built.
    /// </summary>
    [Fact]
    public async Task A_lesson_is_read_once_the_runs_the_export_and_the_website_need_nothing_more_from_its_file()
    {
        var course = TemporaryCourse.Create("read-once");
        var lesson = course.AddPinnedResultsLesson();
        course.Expect(lesson.Name, new ExpectedResult("sample_mean", TemporaryCourse.SampleMean(seed: 7), 0, null));
        File.Delete(lesson.Path);

        var (notebook, app) = await runs.InSlot(async cancel =>
            (await course.Engine().RunAsync(lesson, Executor.Notebook, solutions: true, cancel),
             await course.Engine().RunAsync(lesson, Executor.App, solutions: true, cancel)));
        var site = new SiteBuilder(course.Folders).Build([new SiteLesson(lesson, notebook)], Path.Combine(course.Folders.Artifacts, "site"));

        Assert.True(notebook.Passed, notebook.Describe());
        Assert.True(app.Passed, app.Describe());
        Assert.Single(site.Lessons);
        Assert.False(File.Exists(lesson.Path));
    }
}
