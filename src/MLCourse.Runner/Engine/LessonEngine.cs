using System.Diagnostics;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Engine;

/// <summary>
/// Runs lessons and checks them: one engine, two executors. A notebook runs in the real kernel, an app with
/// <c>dotnet run --file</c> (<see cref="Executor"/>); whichever ran, the same checks (<see cref="LessonChecks"/>) turn what
/// it did into one <see cref="LessonReport"/>. Exercise checks record into progress files under <c>artifacts/</c>, never
/// into the learner's. The runner's console and the tests both use it.
/// </summary>
public sealed class LessonEngine(CourseFolders folders, TimeSpan timeout, LibTorchSettings? libTorch = null)
{
    /// <summary>The default time limit for one lesson (for an app, its build included).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    private readonly LibTorchRoute route = new(folders, libTorch ?? LibTorchSettings.FromEnvironment());

    public CourseFolders Folders { get; } = folders;

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Where the lessons' pinned results live: <c>tests/expected-results/NN-name.json</c>.</summary>
    public string ExpectedResultsFolder => ExpectedResults.FolderOf(Folders);

    /// <summary>
    /// Runs <paramref name="lesson"/> and checks it. As shipped, every exercise must report "not attempted". With the
    /// solutions, a notebook runs as shipped and then, in the same kernel, with each exercise's solution in its answer cell
    /// (both parts are checked); an app runs with the solutions in place. Every code cell must run without an error, the
    /// promised charts must be drawn, and every result published must be within its expected band; with the solutions (or
    /// for a lesson without exercises) every expected result must also be published.
    /// </summary>
    /// <exception cref="RunnerEnvironmentException">The machine cannot run lessons at all (see its message).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled (the kernel or app was stopped).</exception>
    public Task<LessonReport> RunAsync(Lesson lesson, Executor executor = Executor.Notebook, bool solutions = false, CancellationToken cancel = default) =>
        RunAsync(lesson, executor, solutions, () => ExpectedResults.Load(ExpectedResultsFolder, lesson.Name), cancel);

    private async Task<LessonReport> RunAsync(Lesson lesson, Executor executor, bool solutions, Func<ExpectedResults>? expected, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        try
        {
            var run = executor == Executor.Notebook
                ? await new NotebookExecutor(Folders, Timeout, route).RunAsync(lesson, solutions, cancel)
                : await new AppExecutor(Folders, Timeout, route, exercises: executor == Executor.Exercises).RunAsync(lesson, solutions, cancel);
            return LessonChecks.Report(lesson, executor, solutions, run, executor == Executor.Exercises ? null : expected);
        }
        catch (Exception e) when (e is not OperationCanceledException and not RunnerEnvironmentException)
        {
            return LessonReport.Failed(lesson.Name, executor, solutions, clock.Elapsed, $"the runner could not run it: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Runs the notebook of <paramref name="lesson"/> with the solutions and, if it passed every other check, rewrites its
    /// expected results from what it published (keeping each result's tolerance and reason; see <see cref="ExpectedResults.Update"/>).
    /// Returns the report and what changed in the file, or null when the run failed and nothing was written.
    /// </summary>
    public async Task<(LessonReport Report, string? Changes)> UpdateExpectedAsync(Lesson lesson, CancellationToken cancel = default)
    {
        var report = await RunAsync(lesson, Executor.Notebook, solutions: true, expected: null, cancel);
        if (!report.Passed) return (report, null);
        try
        {
            var before = ExpectedResults.Load(ExpectedResultsFolder, lesson.Name);
            var after = before.Update(report.Results);
            var changes = before.DescribeChanges(after);
            if (changes != "unchanged" || !File.Exists(ExpectedResults.PathOf(ExpectedResultsFolder, lesson.Name))) after.Save(ExpectedResultsFolder);
            return (report, changes);
        }
        catch (InvalidDataException e)
        {
            return (report.WithProblems([e.Message]), null);
        }
    }
}
