using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Support;

/// <summary>
/// Refuses to start a .NET process (a kernel, an app, a build, a restore: anything the runner starts with <c>dotnet</c>,
/// natively or inside the Debian root) for a test outside the Kernel category, so that a test that starts one is known by
/// what it does, not by an attribute someone remembered: it fails, naming itself and what it started.
/// </summary>
internal static class KernelGuard
{
    public const string Category = "Kernel";

    public static void Check(ProcessStart start)
    {
        if (TestContext.Current.TestCase is not { } test) return;   // not inside a test (the fixture stopping its runs)
        if (!StartsDotnet(start)) return;
        if (test.Traits.TryGetValue("Category", out var categories) && categories.Contains(Category)) return;
        throw new InvalidOperationException(
            $"The test '{test.TestCaseDisplayName}' starts '{start.Describe()}', a .NET process (a kernel, an app or a build), but is not in the " +
            $"{Category} category, so the README's fast filter would run it. Give its class [Trait(\"Category\", \"{Category}\")] and keep it with the kernel tests.");
    }

    /// <summary>Whether <paramref name="start"/> runs <c>dotnet</c>: directly, or as the program a wrapper (unshare, chroot) runs.</summary>
    public static bool StartsDotnet(ProcessStart start) =>
        Path.GetFileName(start.Program) == "dotnet" || start.Arguments.Any(a => Path.GetFileName(a) == "dotnet");
}
