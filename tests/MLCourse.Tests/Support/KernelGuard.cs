using System.Collections.Concurrent;
using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Support;

/// <summary>
/// Refuses to start a .NET process (a kernel, an app, a build, a restore: anything the runner starts with <c>dotnet</c>,
/// natively or inside the Debian root) for a test outside the Kernel category, so that a test that starts one is known by
/// what it does, not by an attribute someone remembered: it fails, naming itself and what it started. The refusal is
/// also recorded, and the test run fails at its end if there was any (<see cref="LessonRuns"/>), in case the engine turned
/// the refusal into a failed report that the test expected anyway.
/// </summary>
internal static class KernelGuard
{
    public const string Category = "Kernel";

    /// <summary>Every refusal of this test run, but the one test that asks for it on purpose.</summary>
    public static ConcurrentQueue<string> Refused { get; } = new();

    public static void Check(ProcessStart start)
    {
        if (TestContext.Current.TestCase is not { } test) return;   // not inside a test (the fixture stopping its runs)
        if (!StartsDotnet(start)) return;
        if (test.Traits.TryGetValue("Category", out var categories) && categories.Contains(Category)) return;
        var refusal = $"The test '{test.TestCaseDisplayName}' starts '{start.Describe()}', a .NET process (a kernel, an app or a build), but is not in the " +
                      $"{Category} category, so the README's fast filter would run it. Give its class [Trait(\"Category\", \"{Category}\")] and keep it with the kernel tests.";
        if (test.TestMethod?.MethodName != ExpectedRefusal) Refused.Enqueue(refusal);
        throw new InvalidOperationException(refusal);
    }

    /// <summary>The one test that starts a .NET process outside the category on purpose, to see it refused.</summary>
    public const string ExpectedRefusal = "A_test_outside_the_Kernel_category_cannot_start_a_dotnet_process";

    /// <summary>Whether <paramref name="start"/> runs <c>dotnet</c>: directly, or as the program a wrapper (unshare, chroot) runs.</summary>
    public static bool StartsDotnet(ProcessStart start) =>
        Path.GetFileName(start.Program) == "dotnet" || start.Arguments.Any(a => Path.GetFileName(a) == "dotnet");
}
