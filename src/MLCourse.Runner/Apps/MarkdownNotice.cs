namespace MLCourse.Runner.Apps;

/// <summary>
/// The "What to notice" paragraph of a Markdown cell, as plain text, when it is short enough to print: an app prints it after
/// the result it is about, as the notebook shows it there. A longer one stays a comment in the app (the learner reads it in
/// the file or on the website), so that the output stays a record of results rather than the lesson's text again.
/// </summary>
public static class MarkdownNotice
{
    /// <summary>The mark a lesson's notice paragraph starts with.</summary>
    public const string Mark = "**What to notice.**";

    /// <summary>The longest notice an app prints, in characters of plain text.</summary>
    public const int MaximumLength = 500;

    /// <summary>The cell's first notice paragraph, without its mark, as plain text; null when it has none or it is longer than <see cref="MaximumLength"/>.</summary>
    public static string? Of(string markdown)
    {
        var paragraph = markdown.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith(Mark, StringComparison.Ordinal));
        if (paragraph is null || paragraph.Contains("```", StringComparison.Ordinal) || paragraph.Contains("\n-", StringComparison.Ordinal)) return null;   // code or a list: not a sentence to print
        var text = MarkdownHeadings.Plain(paragraph[Mark.Length..].Replace('\n', ' ')).Replace("$", "");
        return text.Length is > 0 and <= MaximumLength ? text : null;
    }
}
