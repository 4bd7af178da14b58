namespace MLCourse.Runner;

/// <summary>The runner's closing table: one row per lesson.</summary>
public static class ReportTable
{
    private static readonly string[] Header = ["lesson", "status", "code cells", "error cells", "charts", "seconds", "results"];

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
            r.Lesson,
            r.Passed ? "passed" : "FAILED",
            r.CodeCells.ToString(),
            r.Errors.Count.ToString(),
            r.Charts.ToString(),
            r.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            string.Join(", ", r.Results),
        });

    private static string Align(IReadOnlyList<string[]> rows, string separator)
    {
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var lines = rows.Select(r => string.Join(separator, r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).ToList();
        lines.Insert(1, string.Join(separator.Replace(' ', '-').Replace('|', '+'), widths.Select(w => new string('-', w))));
        return string.Join(Environment.NewLine, lines);
    }
}
