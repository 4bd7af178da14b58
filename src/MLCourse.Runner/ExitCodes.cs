namespace MLCourse.Runner;

/// <summary>What the runner's exit code means, for CI and scripts.</summary>
public static class ExitCodes
{
    /// <summary>Every lesson ran and passed its checks.</summary>
    public const int Passed = 0;

    /// <summary>A lesson failed: an error cell, a timeout, a crashed kernel, a result outside its expected band, ...</summary>
    public const int LessonsFailed = 1;

    /// <summary>The command line was wrong (an unknown option or lesson); nothing ran.</summary>
    public const int Usage = 2;

    /// <summary>The machine cannot run lessons (no dotnet, a tool restore that failed, artifacts/ not writable).</summary>
    public const int Environment = 3;

    /// <summary>Stopped by Ctrl+C, SIGTERM or SIGHUP (130: the shell's usual code for an interrupt).</summary>
    public const int Interrupted = 130;
}
