namespace MLCourse.Runner;

/// <summary>
/// The outcome of running one lesson headlessly. It passed when no cell failed and nothing else went wrong
/// (<see cref="Problems"/>: a timeout, cells that never ran, charts missing, exercises not as the mode requires,
/// results outside their expected bands).
/// </summary>
public sealed record LessonReport(
    string Lesson,
    int CodeCells,
    IReadOnlyList<CellError> Errors,
    int Charts,
    TimeSpan Elapsed,
    IReadOnlyList<LessonResult> Results,
    IReadOnlyList<ExerciseOutcome> Exercises,
    IReadOnlyList<string> Problems,
    string? ExecutedNotebook)
{
    public bool Passed => Errors.Count == 0 && Problems.Count == 0;

    /// <summary>The time the lesson should take, from its metadata (<c>mlcourse.targetSeconds</c>); null when it states none.</summary>
    public double? TargetSeconds { get; init; }

    /// <summary>The run took longer than the lesson's target: shown in the table, not a failure.</summary>
    public bool OverTarget => TargetSeconds is { } target && Elapsed.TotalSeconds > target;

    /// <summary>The same report with more problems.</summary>
    public LessonReport WithProblems(IEnumerable<string> problems) => this with { Problems = [.. Problems, .. problems] };

    /// <summary>A report for a lesson that could not be run at all (no executed notebook).</summary>
    public static LessonReport Failed(string lesson, TimeSpan elapsed, string problem) =>
        new(lesson, 0, [], 0, elapsed, [], [], [problem], null);

    /// <summary>One paragraph that says why the lesson failed: lesson, cell number, the cell's first line, the error, and any other problem.</summary>
    public string Describe()
    {
        if (Passed) return $"{Lesson} passed: {CodeCells} code cells in {Elapsed.TotalSeconds:0.0} s.";
        var lines = new List<string>();
        if (Errors.Count > 0)
        {
            lines.Add($"{Lesson} failed at {Errors[0]}");
            lines.AddRange(Errors.Skip(1).Select(e => $"  and at {e}"));
        }
        lines.AddRange(Problems.Select((p, i) => i == 0 && Errors.Count == 0 ? $"{Lesson} failed: {p}" : $"  {p}"));
        if (ExecutedNotebook is not null) lines.Add($"  executed notebook: {ExecutedNotebook}");
        return string.Join(Environment.NewLine, lines);
    }
}
