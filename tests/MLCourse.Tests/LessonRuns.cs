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
/// A lesson keeps about one core busy, so two lessons run at once where there are two cores: the first request starts
/// every run in the background (<see cref="Plan"/>), at most <see cref="Parallelism"/> at a time, and a run a test asks
/// for is started at once if it has not been. The two runs of one lesson never overlap, because they write the same files
/// (lesson 02's cleaned table, lesson 07's models). Kernels still running when the test process ends are stopped.
/// </para>
/// </summary>
internal static class LessonRuns
{
    public static LessonEngine Engine { get; } = new(Repository.Folders, LessonEngine.DefaultTimeout);

    /// <summary>How many lesson kernels run at once.</summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    private static readonly SemaphoreSlim Slots = new(Parallelism);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LessonLocks = new();
    private static readonly ConcurrentDictionary<(string Lesson, bool Solutions), Lazy<Task<LessonReport>>> Runs = new();
    private static int started;

    /// <summary>The lesson as a learner first runs it: every answer cell still null.</summary>
    public static Task<LessonReport> Shipped(string lesson) => Request(lesson, solutions: false);

    /// <summary>The lesson with every exercise's solution in place of its answer cell.</summary>
    public static Task<LessonReport> Solved(string lesson) => HasExercises(lesson) ? Request(lesson, solutions: true) : Shipped(lesson);

    /// <summary>Every run the lesson tests need: each lesson as shipped, then each lesson with exercises with its solutions.</summary>
    public static IReadOnlyList<(string Lesson, bool Solutions)> Plan() =>
    [
        .. Repository.Lessons.Select(l => (l.Name, false)),
        .. Repository.Lessons.Where(l => HasExercises(l.Name)).Select(l => (l.Name, true)),
    ];

    private static Task<LessonReport> Request(string lesson, bool solutions)
    {
        var run = Start(lesson, solutions);
        if (Interlocked.Exchange(ref started, 1) == 0) _ = Task.Run(StartTheRestAsync);
        return run;
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

    /// <summary>Starts the planned runs in order, keeping at most <see cref="Parallelism"/> of them waiting or running.</summary>
    private static async Task StartTheRestAsync()
    {
        var inFlight = new List<Task>();
        foreach (var (lesson, solutions) in Plan())
        {
            if (inFlight.Count == Parallelism) inFlight.Remove(await Task.WhenAny(inFlight));
            inFlight.Add(Start(lesson, solutions));
        }
    }

    private static bool HasExercises(string lesson) =>
        ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(Repository.LessonNamed(lesson).Path))!).Count > 0;
}
