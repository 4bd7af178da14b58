using System.Diagnostics;

namespace MLCourse.Runner;

/// <summary>What one headless run of a notebook did.</summary>
public sealed record ReplRun(int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output);

/// <summary>
/// Runs a notebook in the real kernel with the course's pinned <c>dotnet-repl</c> (the same
/// Microsoft.DotNet.Interactive build as the final released kernel), from a chosen working directory,
/// with a time limit. dotnet-repl runs every cell, writes the executed notebook, and exits 0 when no cell failed.
/// </summary>
public static class DotnetRepl
{
    /// <summary>Where the course pins its local tools, dotnet-repl among them.</summary>
    public const string ToolManifest = ".config/dotnet-tools.json";

    private static readonly SemaphoreSlim ToolsLock = new(1, 1);
    private static readonly HashSet<string> RestoredRoots = [];

    /// <summary>The processes still running; stopped, with their children, when this process exits, so that no kernel is left behind.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Process, byte> Running = new();

    static DotnetRepl() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Keys)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { } // it had ended
        }
    };

    /// <summary>Restores the course's local dotnet tools (once per course folder and process).</summary>
    /// <exception cref="RunnerEnvironmentException">There is no tool manifest, or the restore failed; the message says what to do.</exception>
    public static async Task RestoreToolsAsync(string courseRoot, CancellationToken cancel = default)
    {
        await ToolsLock.WaitAsync(cancel);
        try
        {
            if (RestoredRoots.Contains(courseRoot)) return;
            if (!File.Exists(Path.Combine(courseRoot, ToolManifest)))
                throw new RunnerEnvironmentException(
                    $"The course's tool manifest {Path.Combine(courseRoot, ToolManifest)} is missing, so dotnet-repl, which runs the lessons, " +
                    "cannot be restored. Restore the file with 'git checkout -- .config'.");
            var run = await RunAsync(courseRoot, ["tool", "restore"], TimeSpan.FromMinutes(5), null, cancel);
            if (run.ExitCode != 0 || run.TimedOut)
                throw new RunnerEnvironmentException(
                    $"'dotnet tool restore' failed in {courseRoot} ({(run.TimedOut ? "timed out after 5 minutes" : $"exit code {run.ExitCode}")}), so dotnet-repl, " +
                    $"which runs the lessons, is not available. Check that the NuGet source is reachable, then try again. Its output:\n{Tail(run.Output)}");
            RestoredRoots.Add(courseRoot);
        }
        finally
        {
            ToolsLock.Release();
        }
    }

    /// <summary>Runs <paramref name="notebook"/> and writes the executed copy to <paramref name="outputPath"/>.</summary>
    /// <remarks><paramref name="launch"/>, when given, says how to start dotnet-repl instead (e.g. inside a Debian root, see <see cref="LibTorchRoute"/>).</remarks>
    public static Task<ReplRun> RunNotebookAsync(
        string notebook, string workingDirectory, string outputPath, TimeSpan timeout,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancel = default, ReplLaunch? launch = null)
    {
        string[] repl = ["--run", Path.GetFullPath(notebook), "--exit-after-run", "--output-path", Path.GetFullPath(outputPath)];
        var (program, arguments) = launch?.Wrap?.Invoke(workingDirectory, repl) ?? ("dotnet", ["repl", .. repl]);
        return RunAsync(workingDirectory, arguments, timeout, environment, cancel, program);
    }

    /// <summary>Runs <c>dotnet ARGUMENTS</c> (e.g. a restore) with a time limit.</summary>
    public static Task<ReplRun> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancel = default) =>
        RunAsync(workingDirectory, arguments, timeout, null, cancel);

    /// <summary>
    /// Runs <paramref name="program"/> (dotnet unless told otherwise) from <paramref name="workingDirectory"/>, with extra
    /// environment variables and a time limit (the process tree is killed when it runs out). The lessons' file-based apps
    /// run through it too (<see cref="Apps.AppEngine"/>).
    /// </summary>
    internal static async Task<ReplRun> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment, CancellationToken cancel, string program = "dotnet")
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var output = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RunnerEnvironmentException($"The runner could not start 'dotnet' ({e.Message}). Install the .NET SDK named in global.json and put 'dotnet' on the PATH.");
        }
        Running.TryAdd(process, 0);
        try
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            limit.CancelAfter(timeout);
            var timedOut = false;
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancel.ThrowIfCancellationRequested();
                timedOut = true;
            }
            process.WaitForExit(); // flushes the redirected output
            lock (output) return new ReplRun(process.ExitCode, timedOut, clock.Elapsed, output.ToString());
        }
        finally
        {
            Running.TryRemove(process, out _);
        }
    }

    /// <summary>The last lines of a process's output, for a message.</summary>
    internal static string Tail(string text, int lines = 20) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(lines)).TrimEnd();
}

