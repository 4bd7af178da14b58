namespace MLCourse.Runner;

/// <summary>A number a lesson published; a timing varies from run to run, a result must not.</summary>
public sealed record LessonResult(string Name, string Value, bool IsTiming)
{
    public override string ToString() => $"{Name}{(IsTiming ? "≈" : "=")}{Value}";
}

/// <summary>What an exercise's check reported in a run: NotAttempted, Incorrect or Correct.</summary>
public sealed record ExerciseOutcome(string Exercise, string Outcome);

/// <summary>The outcome of running one lesson headlessly.</summary>
public sealed record LessonReport(
    string Lesson,
    bool Passed,
    int CodeCells,
    IReadOnlyList<CellError> Errors,
    int Charts,
    TimeSpan Elapsed,
    IReadOnlyList<LessonResult> Results,
    IReadOnlyList<ExerciseOutcome> Exercises,
    string? Problem,
    string? ExecutedNotebook)
{
    /// <summary>One paragraph that says why the lesson failed: lesson, cell number, the cell's first line, the error.</summary>
    public string Describe()
    {
        if (Passed) return $"{Lesson} passed: {CodeCells} code cells in {Elapsed.TotalSeconds:0.0} s.";
        var lines = new List<string>();
        if (Problem is not null) lines.Add($"{Lesson} failed: {Problem}");
        if (Errors.Count > 0)
        {
            lines.Add($"{Lesson} failed at {Errors[0]}");
            lines.AddRange(Errors.Skip(1).Select(e => $"  and at {e}"));
        }
        if (ExecutedNotebook is not null) lines.Add($"  executed notebook: {ExecutedNotebook}");
        return string.Join(Environment.NewLine, lines);
    }
}
