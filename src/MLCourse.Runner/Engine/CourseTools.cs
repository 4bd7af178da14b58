using System.Text.Json.Nodes;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.Engine;

/// <summary>The course's pinned local tools (<c>.config/dotnet-tools.json</c>): dotnet-repl, which runs the notebooks in the real kernel.</summary>
public static class CourseTools
{
    /// <summary>Where the course pins its local tools.</summary>
    public const string Manifest = ".config/dotnet-tools.json";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<string> Restored = [];

    /// <summary>Restores the tools (once per course folder and process).</summary>
    /// <exception cref="RunnerEnvironmentException">There is no manifest, or the restore failed; the message says what to do.</exception>
    public static async Task RestoreAsync(string courseRoot, CancellationToken cancel = default)
    {
        await Gate.WaitAsync(cancel);
        try
        {
            if (Restored.Contains(courseRoot)) return;
            if (!File.Exists(Path.Combine(courseRoot, Manifest)))
                throw new RunnerEnvironmentException(
                    $"The course's tool manifest {Path.Combine(courseRoot, Manifest)} is missing, so dotnet-repl, which runs the lessons, " +
                    "cannot be restored. Restore the file with 'git checkout -- .config'.");
            var run = await ChildProcess.RunAsync(ProcessStart.Dotnet(courseRoot, ["tool", "restore"]), TimeSpan.FromMinutes(5), cancel);
            if (!run.Succeeded)
                throw new RunnerEnvironmentException(
                    $"'dotnet tool restore' failed in {courseRoot} ({(run.TimedOut ? "it timed out after 5 minutes" : $"exit code {run.ExitCode}")}), so dotnet-repl, " +
                    $"which runs the lessons, is not available. Check that the NuGet source is reachable, then try again. Its output:\n{run.Tail()}");
            Restored.Add(courseRoot);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The restored dotnet-repl's program file in the NuGet cache, for starting it with <c>dotnet FILE</c> where
    /// <c>dotnet repl</c> cannot find the manifest's restore (inside the Debian root).
    /// </summary>
    /// <exception cref="RunnerEnvironmentException">The manifest pins no dotnet-repl, or it is not restored.</exception>
    public static string ReplProgram(string courseRoot)
    {
        var version = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(courseRoot, Manifest)))?["tools"]?["dotnet-repl"]?["version"]
            ?? throw new RunnerEnvironmentException($"'{Manifest}' pins no dotnet-repl version. Restore it with 'git checkout -- .config'.");
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var tool = Path.Combine(packages, "dotnet-repl", version, "tools");
        return (Directory.Exists(tool) ? Directory.EnumerateFiles(tool, "dotnet-repl.dll", SearchOption.AllDirectories).Order().LastOrDefault() : null)
            ?? throw new RunnerEnvironmentException($"dotnet-repl {version} is not in the NuGet cache ({tool}): run 'dotnet tool restore' in {courseRoot}.");
    }
}
