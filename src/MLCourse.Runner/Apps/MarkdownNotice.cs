namespace MLCourse.Runner.Apps;

/// <summary>
/// The "What to notice" paragraph of a Markdown cell, as plain text, to print: an app prints it after the result it is about,
/// as the notebook shows it there. A longer one is cut after its last whole sentence within <see cref="MaximumLength"/>
/// characters, with a pointer to the rest (the whole paragraph is a comment in the app, and on the website), so that the
/// output says what each result means without becoming the lesson's text again.
/// </summary>
public static class MarkdownNotice
{
    /// <summary>The mark a lesson's notice paragraph starts with.</summary>
    public const string Mark = "**What to notice.**";

    /// <summary>The longest notice an app prints whole, in characters of plain text; a longer one is cut after a sentence.</summary>
    public const int MaximumLength = 500;

    /// <summary>What a cut notice ends with.</summary>
    public const string More = "(More in the lesson's text.)";

    /// <summary>
    /// The cell's first notice paragraph, without its mark, as plain text, cut after its last whole sentence within
    /// <see cref="MaximumLength"/> characters if it is longer; null when it has none, when it holds code or a list, or when
    /// its first sentence alone is longer.
    /// </summary>
    public static string? Of(string markdown)
    {
        var paragraph = markdown.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith(Mark, StringComparison.Ordinal));
        if (paragraph is null || paragraph.Contains("```", StringComparison.Ordinal) || paragraph.Contains("\n-", StringComparison.Ordinal)) return null;   // code or a list: not a sentence to print
        var text = MarkdownHeadings.Plain(paragraph[Mark.Length..].Replace('\n', ' ')).Replace("$", "");
        if (text.Length <= MaximumLength) return text.Length > 0 ? text : null;
        var kept = "";
        foreach (var sentence in SentenceEnd.Split(text))
        {
            if (kept.Length + sentence.Length + 1 > MaximumLength) break;
            kept = kept.Length == 0 ? sentence : $"{kept} {sentence}";
        }
        return kept.Length > 0 ? $"{kept} {More}" : null;
    }

    /// <summary>The space after a sentence: after ".", "!" or "?" (and a closing bracket or quote), before a capital or an opening bracket or quote.</summary>
    private static readonly System.Text.RegularExpressions.Regex SentenceEnd = new(@"(?<=[.!?][)""”’]?)\s+(?=[A-Z(""“‘])");
}
