using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace MLCourse.Runner.Processes;

/// <summary>
/// The runner's one way to start a program (a kernel, a lesson's app, a build, debootstrap, chroot). It runs the program
/// with a time limit and collects what it prints. Whatever ends the wait, the program's whole process tree is stopped:
/// <list type="bullet">
/// <item>the limit runs out: the run is reported with <see cref="ProcessRun.TimedOut"/> (a timeout is a timeout, never a cancellation);</item>
/// <item>the caller cancels (Ctrl+C): the tree is killed and <see cref="OperationCanceledException"/> is thrown;</item>
/// <item>the runner itself exits: every tree still running is killed, so no kernel or debootstrap outlives it (the runner's
/// Program stops a run on SIGTERM and SIGHUP as on Ctrl+C, and calls <see cref="StopAll"/> when told twice).</item>
/// </list>
/// </summary>
public static class ChildProcess
{
    private static readonly ConcurrentDictionary<Process, byte> Running = new();

    /// <summary>Raised before each start, with what is about to start (the tests use it to check which tests start kernels).</summary>
    internal static event Action<ProcessStart>? Starting;

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    /// <summary>Kills every process tree still running (the runner calls it when it must quit at once).</summary>
    public static void StopAll()
    {
        foreach (var process in Running.Keys) Kill(process);
    }

    /// <summary>How many started programs are still running (0 once every run has returned).</summary>
    public static int RunningCount => Running.Count;

    /// <summary>Runs <paramref name="start"/> to its end, or until <paramref name="limit"/> runs out; <paramref name="echo"/>, if given, receives each line it prints as it comes.</summary>
    /// <exception cref="RunnerEnvironmentException">The program could not be started (not installed, not on PATH).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled; the program was stopped.</exception>
    public static async Task<ProcessRun> RunAsync(ProcessStart start, TimeSpan limit, CancellationToken cancel = default, Action<string>? echo = null)
    {
        cancel.ThrowIfCancellationRequested();
        if (!Directory.Exists(start.WorkingDirectory))
            throw new RunnerEnvironmentException($"The runner could not start '{start.Describe()}': its working folder {start.WorkingDirectory} does not exist.");
        var info = new ProcessStartInfo(start.Program)
        {
            WorkingDirectory = start.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in start.Arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in start.Environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        void Received(string? line)
        {
            if (line is null) return;
            lock (output)
            {
                output.AppendLine(line);
                echo?.Invoke(line);
            }
        }
        process.OutputDataReceived += (_, e) => Received(e.Data);
        process.ErrorDataReceived += (_, e) => Received(e.Data);
        Starting?.Invoke(start);
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new RunnerEnvironmentException($"The runner could not start '{start.Program}' ({e.Message}). " +
                (start.Program == "dotnet" ? "Install the .NET SDK named in global.json and put 'dotnet' on the PATH." : $"Install '{start.Program}' and put it on the PATH."));
        }
        Running.TryAdd(process, 0);
        try
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timer.CancelAfter(limit);
            var timedOut = false;
            try
            {
                await process.WaitForExitAsync(timer.Token);   // the exit, and the end of what it prints
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                await SettleAsync(process);
                timedOut = true;
            }
            // Ctrl+C also reaches a program that shares the terminal, which may end before the runner sees the key: either way it was stopped.
            cancel.ThrowIfCancellationRequested();
            lock (output) return new ProcessRun(timedOut ? -1 : process.ExitCode, timedOut, clock.Elapsed, output.ToString());
        }
        finally
        {
            Running.TryRemove(process, out _);
        }
    }

    /// <summary>
    /// Waits for a killed process to be gone and its output read, but at most 10 s: a grandchild that escaped the kill could
    /// hold its output open for ever, and the runner must not hang on it.
    /// </summary>
    private static async Task SettleAsync(Process process)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException) { }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception) { }   // it had ended
    }
}
