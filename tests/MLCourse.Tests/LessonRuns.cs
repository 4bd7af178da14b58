using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// Each lesson runs in the real kernel at most once per test process and mode, and every test that needs a run shares it:
/// the lesson tests here, and tests that read the executed notebooks (<see cref="LessonReport.ExecutedNotebook"/>:
/// <c>artifacts/notebooks/</c> as shipped, <c>artifacts/notebooks-solutions/</c> with the solutions). A lesson without
/// exercises runs the same either way, so its solved run is its shipped run.
/// </summary>
internal static class LessonRuns
{
    public static LessonEngine Engine { get; } = new(Repository.Folders, LessonEngine.DefaultTimeout);

    private static readonly ConcurrentDictionary<(string Lesson, bool Solutions), Lazy<Task<LessonReport>>> Runs = new();

    /// <summary>The lesson as a learner first runs it: every answer cell still null.</summary>
    public static Task<LessonReport> Shipped(string lesson) => Run(lesson, solutions: false);

    /// <summary>The lesson with every exercise's solution in place of its answer cell.</summary>
    public static Task<LessonReport> Solved(string lesson) => HasExercises(lesson) ? Run(lesson, solutions: true) : Shipped(lesson);

    private static Task<LessonReport> Run(string lesson, bool solutions) =>
        Runs.GetOrAdd((lesson, solutions), key => new Lazy<Task<LessonReport>>(() => Engine.RunAsync(Repository.LessonNamed(key.Lesson), key.Solutions))).Value;

    private static bool HasExercises(string lesson) =>
        ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(Repository.LessonNamed(lesson).Path))!).Count > 0;
}
