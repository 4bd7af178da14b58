using System.Collections.Concurrent;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Processes;
using MLCourse.Runner.Reports;

[assembly: AssemblyFixture(typeof(MLCourse.Tests.Support.LessonRuns))]

namespace MLCourse.Tests.Support;

/// <summary>
/// The test run's lessons, run once each and shared by every test that needs them (an xunit assembly fixture): each
/// lesson's notebook, as shipped and then with the solutions in the same kernel, and each lesson's app and exercises app with
/// the solutions.
/// A lesson keeps about one core busy, so at most <see cref="Parallelism"/> heavy processes (kernels, apps, builds) run at
/// once, whoever asks; the runs of one lesson never overlap, because they write the same files (lesson 02's cleaned table,
/// lesson 07's models). What is still running when the tests end is stopped.
/// <para>
/// It also installs <see cref="KernelGuard"/>: a test that starts a .NET process (a kernel, an app, a build) outside the
/// Kernel category fails, so the README's fast filter can never start one.
/// </para>
/// </summary>
public sealed class LessonRuns : IAsyncDisposable
{
    /// <summary>
    /// The tests' limit for one lesson: twice the runner's, because here heavy processes share the cores; it catches a hung
    /// kernel, it is not a speed target (the runner's timing report is).
    /// </summary>
    public static TimeSpan Timeout { get; } = 2 * LessonEngine.DefaultTimeout;

    /// <summary>How many heavy processes run at once.</summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    private readonly SemaphoreSlim slots = new(Parallelism);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> lessonLocks = new();
    private readonly ConcurrentDictionary<(string Lesson, Executor Executor), Lazy<Task<LessonReport>>> runs = new();
    private readonly CancellationTokenSource stopping = new();

    public LessonRuns() => ChildProcess.Starting += KernelGuard.Check;

    /// <summary>The engine the shared runs use: the real course, <see cref="Timeout"/>.</summary>
    public LessonEngine Engine { get; } = new(Repository.Folders, Timeout);

    /// <summary>The lesson's notebook in the real kernel: as shipped, then with every exercise's solution (one kernel, two parts).</summary>
    public Task<LessonReport> Notebook(string lesson) => Shared(lesson, Executor.Notebook);

    /// <summary>The lesson's app with every exercise's solution in its answer cell, built and run.</summary>
    public Task<LessonReport> App(string lesson) => Shared(lesson, Executor.App);

    /// <summary>The lesson's exercises app with every exercise's solution in its answer cell, built and run.</summary>
    public Task<LessonReport> Exercises(string lesson) => Shared(lesson, Executor.Exercises);

    /// <summary>
    /// Runs a test's own heavy work (a kernel or app of a fixture lesson) in one of the shared slots, stopped when the test
    /// is cancelled or the tests end.
    /// </summary>
    public async Task<T> InSlot<T>(Func<CancellationToken, Task<T>> work)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, TestContext.Current.CancellationToken);
        await slots.WaitAsync(cancel.Token);
        try
        {
            return await work(cancel.Token);
        }
        finally
        {
            slots.Release();
        }
    }

    private Task<LessonReport> Shared(string lesson, Executor executor) =>
        runs.GetOrAdd((lesson, executor), key => new Lazy<Task<LessonReport>>(() => RunAsync(Repository.LessonNamed(key.Lesson), key.Executor))).Value;

    private async Task<LessonReport> RunAsync(Lesson lesson, Executor executor)
    {
        var own = lessonLocks.GetOrAdd(lesson.Name, _ => new SemaphoreSlim(1));
        await own.WaitAsync(stopping.Token);
        try
        {
            await slots.WaitAsync(stopping.Token);
            try
            {
                return await Engine.RunAsync(lesson, executor, solutions: true, stopping.Token);
            }
            finally
            {
                slots.Release();
            }
        }
        finally
        {
            own.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        ChildProcess.Starting -= KernelGuard.Check;
        await stopping.CancelAsync();
        foreach (var run in runs.Values.Where(r => r.IsValueCreated))
        {
            try { await run.Value; }
            catch (OperationCanceledException) { }
        }
        stopping.Dispose();
        if (!KernelGuard.Refused.IsEmpty)
            throw new InvalidOperationException($"Tests outside the Kernel category started .NET processes:\n{string.Join("\n", KernelGuard.Refused)}");
    }
}
