using MLCourse.Runner.Engine;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// The Debian 13 root's route, forced with <see cref="LibTorchSettings.EveryLessonInRoot"/> so that it is tested wherever the
/// root can be made (root rights, debootstrap), not only where libtorch fails to load natively: a lesson runs in the root as
/// a notebook and as an app, and a debootstrap over its limit is reported as timed out, leaving no process behind. Where the
/// root cannot be made, the tests say what is missing and are skipped (visibly: xunit counts them as skipped).
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class DebianRootRouteTests(LessonRuns runs)
{
    private static void SkipWithoutRootRequirements()
    {
        var missing = DebianRoot.MissingRequirements();
        Assert.SkipWhen(missing.Count > 0, $"The Debian 13 root cannot be made here; missing: {string.Join("; ", missing)}.");
    }

    [Theory]
    [InlineData(Executor.Notebook)]
    [InlineData(Executor.App)]
    public async Task A_lesson_forced_into_the_root_runs_there_and_holds_its_pins(Executor executor)
    {
        SkipWithoutRootRequirements();
        var course = TemporaryCourse.Create("in-root-" + executor);
        var lesson = course.Add("91-in-root", NotebookJson.Of(
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("MLCourse.Course.Publish(\"debian_major\", double.Parse(System.IO.File.ReadAllText(\"/etc/debian_version\").Split('.')[0]));"),
            NotebookJson.Code("Func<string, double>? parseEuropean = null;", exercise: "01.2"),
            NotebookJson.Code("MLCourse.Exercises.Lesson01.ParseEuropean.Check(parseEuropean)")));
        course.Expect(lesson.Name, new ExpectedResult("debian_major", 13, 0, null));   // the root is Debian 13, whatever the machine
        var settings = LibTorchSettings.FromEnvironment() with { EveryLessonInRoot = true };

        var report = await runs.InSlot(cancel => course.Engine(libTorch: settings).RunAsync(lesson, executor, solutions: true, cancel));

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(executor == Executor.App ? ["Correct"] : ["NotAttempted", "Correct"], report.Exercises.Select(e => e.Outcome));
    }

    [Theory]
    [InlineData(Executor.Notebook)]
    [InlineData(Executor.App)]
    public async Task A_debootstrap_over_its_limit_is_reported_as_timed_out_and_leaves_no_process(Executor executor)
    {
        SkipWithoutRootRequirements();
        var course = TemporaryCourse.Create("debootstrap-timeout-" + executor);
        var lesson = course.Add("91-tiny", NotebookJson.Of(NotebookJson.Code("1 + 1")));
        var root = Path.Combine(course.Folders.Artifacts, "debian13-root");
        var settings = LibTorchSettings.FromEnvironment() with { RootFolder = root, DebootstrapLimit = TimeSpan.FromSeconds(2), EveryLessonInRoot = true };
        if (executor == Executor.App) MLCourse.Runner.Apps.AppFiles.Write(lesson, course.Folders);

        var report = await runs.InSlot(cancel => course.Engine(libTorch: settings).RunAsync(lesson, executor, solutions: false, cancel));

        Assert.False(report.Passed);
        Assert.Contains($"debootstrap timed out after 2 s while making the Debian 13 root in {root}.partial", report.Describe());
        Assert.Empty(await ProcessTable.LeftWithAsync(root));
        Assert.False(Directory.Exists(root));   // an unfinished root is never taken for a finished one
    }
}
