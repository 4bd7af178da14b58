using System.Collections.Concurrent;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// Each lesson run once per test process, as shipped, in the real kernel, and shared by every test that needs the
/// run (its report and executed notebook): the lessons take minutes each, so no test runs one again for itself.
/// </summary>
internal static class LessonRuns
{
    private static readonly LessonEngine Engine = new(Repository.Folders, LessonEngine.DefaultTimeout);
    private static readonly ConcurrentDictionary<string, Lazy<Task<LessonReport>>> ShippedRuns = new();

    /// <summary>The report of the lesson's run as shipped (exercises not attempted); the first call runs it.</summary>
    public static Task<LessonReport> Shipped(string lesson) =>
        ShippedRuns.GetOrAdd(lesson, name => new Lazy<Task<LessonReport>>(() => Engine.RunAsync(Repository.LessonNamed(name)))).Value;
}
