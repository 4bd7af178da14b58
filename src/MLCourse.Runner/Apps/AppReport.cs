using System.Globalization;

namespace MLCourse.Runner.Apps;

/// <summary>
/// What one run of a lesson's app did: whether it built and ran to the end with every exercise as expected, how long it
/// took, the results it published, the exercise outcomes, and where it failed (the cell, as the notebook numbers it).
/// </summary>
public sealed record AppReport(
    string Lesson,
    bool Solutions,
    bool Passed,
    TimeSpan Elapsed,
    IReadOnlyList<LessonResult> Results,
    IReadOnlyList<ExerciseOutcome> Exercises,
    CellError? FailedCell,
    string? Problem,
    string App)
{
    /// <summary>One paragraph: passed in so many seconds, or why not (lesson, cell, the cell's first line, the error).</summary>
    public string Describe()
    {
        var seconds = Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var mode = Solutions ? " with the solutions" : "";
        if (Passed) return $"{Lesson} app{mode} passed in {seconds} s.";
        var lines = new List<string> { $"{Lesson} app{mode} FAILED after {seconds} s{(FailedCell is null ? "" : $" at {FailedCell}")}." };
        if (Problem is not null) lines.Add("  " + Problem.Replace("\n", "\n  "));
        lines.Add($"  app: {App}");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A table for the console: lesson, status, seconds, exercises, results.</summary>
    public static string Table(IReadOnlyList<AppReport> reports)
    {
        string[] header = ["lesson", "status", "seconds", "exercises", "results"];
        var rows = reports.Select(r => new[]
        {
            r.Lesson + (r.Solutions ? " (solutions)" : ""),
            r.Passed ? "passed" : "FAILED",
            r.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            r.Exercises.Count == 0 ? "-" : string.Join(" ", r.Exercises.GroupBy(e => e.Outcome).Select(g => $"{g.Count()} {g.Key}")),
            string.Join(", ", r.Results),
        }).Prepend(header).ToList();
        var widths = header.Select((_, c) => rows.Max(r => r[c].Length)).ToArray();
        return string.Join(Environment.NewLine, rows.Select(r => string.Join(" | ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()));
    }
}
