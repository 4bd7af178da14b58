using System.Text.RegularExpressions;

namespace MLCourse.Exercises;

/// <summary>How a reflection's text is read: its words, its sentences, and a normalized form to search in.</summary>
internal static partial class ReflectionText
{
    /// <summary>The words, in lower case (letters, digits and apostrophes; ’ counts as ').</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text.Replace('’', '\'').ToLowerInvariant()).Select(m => m.Value.Trim('\'')).Where(w => w.Length > 0).ToList();

    /// <summary>The words joined by single spaces: the form in which key ideas are searched for.</summary>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>The sentences of at least three words, normalized; a repeated one shows up twice.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(Normalize).Where(s => s.Count(c => c == ' ') >= 2).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?;:\n]+")]
    private static partial Regex SentenceEnd();
}
