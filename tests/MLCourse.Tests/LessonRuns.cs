using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// Each lesson runs in the real kernel at most once per test process and mode, and every test that needs a run shares it:
/// the lesson tests here, and tests that read the executed notebooks (<see cref="LessonReport.ExecutedNotebook"/>:
/// <c>artifacts/notebooks/</c> as shipped, <c>artifacts/notebooks-solutions/</c> with the solutions). A lesson without
/// exercises runs the same either way, so its solved run is its shipped run.
/// <para>
/// A lesson keeps about one core busy, so two lessons run at once where there are two cores: <see cref="KernelTestOrder"/>
/// hands over the runs the selected tests need (<see cref="Plan"/>), and they start at once, at most
/// <see cref="Parallelism"/> at a time; a run a test asks for that is not planned starts when asked for. The two runs of
/// one lesson never overlap, because they write the same files (lesson 02's cleaned table, lesson 07's models). Kernels
/// still running when the test process ends are stopped.
/// </para>
/// </summary>
internal static class LessonRuns
{
    /// <summary>
    /// The tests' limit for one lesson: twice the runner's, because here two kernels share the cores (and an app run may
    /// share them too); it catches a hung kernel, it is not a speed target (the runner's timing report is).
    /// </summary>
    public static TimeSpan Timeout { get; } = 2 * LessonEngine.DefaultTimeout;

    public static LessonEngine Engine { get; } = new(Repository.Folders, Timeout);

    /// <summary>How many lesson kernels run at once.</summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    private static readonly SemaphoreSlim Slots = new(Parallelism);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LessonLocks = new();
    private static readonly ConcurrentDictionary<(string Lesson, bool Solutions), Lazy<Task<LessonReport>>> Runs = new();
    private static int planned;

    /// <summary>The lesson as a learner first runs it: every answer cell still null.</summary>
    public static Task<LessonReport> Shipped(string lesson) => Start(lesson, solutions: false);

    /// <summary>The lesson with every exercise's solution in place of its answer cell.</summary>
    public static Task<LessonReport> Solved(string lesson) => HasExercises(lesson) ? Start(lesson, solutions: true) : Shipped(lesson);

    /// <summary>The run <see cref="Solved"/> gives: a lesson without exercises has no solved run of its own.</summary>
    public static (string Lesson, bool Solutions) SolvedRun(string lesson) => (lesson, HasExercises(lesson));

    /// <summary>Starts <paramref name="runs"/> in the background, in order, keeping at most <see cref="Parallelism"/> of them waiting or running (once per process).</summary>
    public static void Plan(IEnumerable<(string Lesson, bool Solutions)> runs)
    {
        if (Interlocked.Exchange(ref planned, 1) == 0) _ = Task.Run(() => StartAsync(runs.Distinct().ToList()));
    }

    private static Task<LessonReport> Start(string lesson, bool solutions) =>
        Runs.GetOrAdd((lesson, solutions), key => new Lazy<Task<LessonReport>>(() => RunAsync(key.Lesson, key.Solutions))).Value;

    private static async Task<LessonReport> RunAsync(string lesson, bool solutions)
    {
        var ownFiles = LessonLocks.GetOrAdd(lesson, _ => new SemaphoreSlim(1));
        await ownFiles.WaitAsync();
        try
        {
            await Slots.WaitAsync();
            try
            {
                return await Engine.RunAsync(Repository.LessonNamed(lesson), solutions);
            }
            finally
            {
                Slots.Release();
            }
        }
        finally
        {
            ownFiles.Release();
        }
    }

    private static async Task StartAsync(IReadOnlyList<(string Lesson, bool Solutions)> runs)
    {
        var inFlight = new List<Task>();
        foreach (var (lesson, solutions) in runs)
        {
            if (inFlight.Count == Parallelism) inFlight.Remove(await Task.WhenAny(inFlight));
            inFlight.Add(Start(lesson, solutions));
        }
    }

    private static bool HasExercises(string lesson) =>
        ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(Repository.LessonNamed(lesson).Path))!).Count > 0;
}
