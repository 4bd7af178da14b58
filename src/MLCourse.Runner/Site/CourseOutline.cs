using System.Text.RegularExpressions;

namespace MLCourse.Runner.Site;

/// <summary>
/// The README's lesson table (<c>| 03 | [Explore and visualize](notebooks/…) | summarize, plot … | ready |</c>), so
/// the website's index says what each lesson teaches in the same words, kept in one place.
/// </summary>
public static partial class CourseOutline
{
    /// <summary>The rows of every lesson table in <paramref name="readme"/>, by lesson number; later rows win.</summary>
    public static IReadOnlyDictionary<string, OutlineEntry> Read(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var entries = new Dictionary<string, OutlineEntry>();
        foreach (Match row in Row().Matches(readme))
            entries[row.Groups["number"].Value] = new OutlineEntry(row.Groups["number"].Value, row.Groups["teaches"].Value.Trim(), row.Groups["status"].Value.Trim());
        return entries;
    }

    /// <summary>The part a lesson belongs to: part one is the classic path (00–09, ending with the capstone), part two goes beyond tables (10 on).</summary>
    public static string Part(string number) =>
        int.Parse(number) < 10 ? "Part one: the classic path" : "Part two: beyond tables";

    [GeneratedRegex(@"^\|\s*(?<number>\d\d)\s*\|\s*\[[^\]]*\]\([^)]*\)\s*\|(?<teaches>[^|\n]*)\|(?<status>[^|\n]*)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
