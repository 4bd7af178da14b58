namespace MLCourse.Runner.Processes;

/// <summary>What a finished child process did: its exit code (meaningless when it timed out), whether it ran out of time, how long it took, and everything it printed.</summary>
public sealed record ProcessRun(int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    /// <summary>It ran to the end and exited with 0.</summary>
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The last lines of what it printed, for a message.</summary>
    public string Tail(int lines = 20) =>
        string.Join(System.Environment.NewLine, Output.TrimEnd().Split('\n').TakeLast(lines).Select(l => l.TrimEnd('\r')));
}
