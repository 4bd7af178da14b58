namespace MLCourse.Runner.Engine;

/// <summary>
/// What executing a lesson produced, before anything is checked: the parts it ran and what each published, its cells'
/// errors, the cells it never reached, the charts it drew (as shipped, and what a run with the solutions draws), the time
/// it took (and, for an app, its build), and a
/// <see cref="Failure"/> when the executor itself could not finish (a timeout, a crashed kernel, a build that failed
/// outside any cell), naming what failed. <see cref="Executed"/> is the executed notebook, or the app's output.
/// </summary>
public sealed record Execution(
    IReadOnlyList<RunPart> Parts,
    IReadOnlyList<CellError> Errors,
    IReadOnlyList<string> NotRun,
    int Charts,
    TimeSpan Elapsed,
    string? Failure,
    string? Executed)
{
    /// <summary>For an app: how long its build took (part of <see cref="Elapsed"/>); null for a notebook.</summary>
    public TimeSpan? Build { get; init; }

    /// <summary>
    /// For a notebook run as shipped and then with the solutions: the charts the lesson draws with the solutions in place (the
    /// cells the second part did not run again, as the first part drew them, and those it did); null otherwise.
    /// </summary>
    public int? ChartsWithSolutions { get; init; }
}
