using System.Text.RegularExpressions;

namespace MLCourse.Runner.Apps;

/// <summary>
/// The headings of a Markdown cell (<c>#</c> to <c>###</c>, outside code blocks), as plain text: without the marks that
/// only Markdown draws (<c>**</c>, <c>*</c>, backticks) and with each link reduced to its text. An app prints them as it
/// runs, so that its output has the lesson's sections.
/// </summary>
public static partial class MarkdownHeadings
{
    public static IReadOnlyList<(int Level, string Text)> Of(string markdown)
    {
        var headings = new List<(int, string)>();
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && Heading().Match(line) is { Success: true } heading)
                headings.Add((heading.Groups["marks"].Length, Plain(heading.Groups["text"].Value)));
        }
        return headings;
    }

    /// <summary>The text without the marks that only Markdown draws, each link reduced to its text.</summary>
    internal static string Plain(string text) => Link().Replace(text, "${text}").Replace("**", "").Replace("`", "").Replace("*", "").Trim();

    [GeneratedRegex(@"^(?<marks>#{1,3})\s+(?<text>.*?\S)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
