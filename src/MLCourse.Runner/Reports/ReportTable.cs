using MLCourse.Exercises;

namespace MLCourse.Runner.Reports;

/// <summary>The runner's closing table: one row per lesson.</summary>
public static class ReportTable
{
    private static readonly string[] Header = ["lesson", "status", "code cells", "error cells", "charts", "exercises", "seconds", "results"];

    /// <summary>A plain-text table, aligned for a terminal.</summary>
    public static string Render(IEnumerable<LessonReport> reports) => Align(Rows(reports).Prepend(Header).ToList(), " | ");

    /// <summary>The same table in Markdown, for <c>artifacts/report.md</c>.</summary>
    public static string RenderMarkdown(IEnumerable<LessonReport> reports)
    {
        var rows = Rows(reports).Prepend(Header).ToList();
        rows.Insert(1, Header.Select(_ => "---").ToArray());
        return string.Join(Environment.NewLine, rows.Select(r => "| " + string.Join(" | ", r) + " |")) + Environment.NewLine;
    }

    private static IEnumerable<string[]> Rows(IEnumerable<LessonReport> reports) =>
        reports.Select(r => new[]
        {
            r.Label,
            r.Passed ? "passed" : "FAILED",
            r.CodeCells.ToString(),
            r.Errors.Count.ToString(),
            r.Charts.ToString(),
            Exercises(r.Exercises),
            Seconds(r),
            string.Join(", ", r.Results),
        });

    /// <summary>"12.3", an app's "12.3 (build 4.1)", or with the lesson's target "12.3 (target 60)", "66.7 (OVER target 60)".</summary>
    private static string Seconds(LessonReport r)
    {
        var seconds = r.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) +
                      (r.Build is { } build ? $" (build {build.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})" : "");
        return r.TargetSeconds is not { } target ? seconds
            : $"{seconds} ({(r.OverTarget ? "OVER " : "")}target {target.ToString("0", System.Globalization.CultureInfo.InvariantCulture)})";
    }

    /// <summary>
    /// "2/3 solved, 1/1 submitted": of the exercises checked, how many were correct at their last check, and of the
    /// reflections (which are submitted, never solved) how many were submitted; "-" when there are none.
    /// </summary>
    private static string Exercises(IReadOnlyList<ExerciseOutcome> outcomes)
    {
        var last = outcomes.GroupBy(o => o.Exercise).Select(g => g.Last()).ToList();
        if (last.Count == 0) return "-";
        var reflections = last.Where(o => ExerciseCatalog.All.FirstOrDefault(e => e.Id == o.Exercise)?.IsReflection == true).ToList();
        var solved = $"{last.Count(o => o.Outcome == nameof(Outcome.Correct))}/{last.Count - reflections.Count} solved";
        return reflections.Count == 0 ? solved : $"{solved}, {reflections.Count(o => o.Outcome == nameof(Outcome.Submitted))}/{reflections.Count} submitted";
    }

    private static string Align(IReadOnlyList<string[]> rows, string separator)
    {
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var lines = rows.Select(r => string.Join(separator, r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).ToList();
        lines.Insert(1, string.Join(separator.Replace(' ', '-').Replace('|', '+'), widths.Select(w => new string('-', w))));
        return string.Join(Environment.NewLine, lines);
    }
}
