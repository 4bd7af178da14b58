namespace MLCourse.Exercises;

/// <summary>
/// One key idea a reflection is read for: a few words that name it (shown to the learner, so they should point the way
/// without giving the answer away) and the words that show a text mentions it. A word matches the beginning of a word of
/// the text, so <c>"caus"</c> finds "cause", "causes" and "causation"; a phrase such as <c>"third factor"</c> matches
/// those words in that order. Case, punctuation and the kind of apostrophe do not matter.
/// </summary>
public sealed record KeyIdea
{
    /// <summary>An idea named <paramref name="name"/>, mentioned by a text that contains any of <paramref name="words"/>.</summary>
    /// <exception cref="ArgumentException">An empty name, or no word that could ever match.</exception>
    public KeyIdea(string name, params string[] words)
    {
        Require.That(!string.IsNullOrWhiteSpace(name), nameof(name), "a name the learner can read", "an empty one",
            "Name the idea in a few words, such as \"a third factor drives both\".");
        var normalized = (words ?? []).Select(ReflectionText.Normalize).Where(w => w.Length > 0).ToList();
        Require.That(normalized.Count > 0, nameof(words), $"at least one word or phrase that shows a text mentions the key idea \"{name}\"", "none",
            "Give the words that name it, e.g. \"caus\" or \"third factor\".");
        Name = name;
        Words = normalized;
    }

    /// <summary>The idea in a few words, as the feedback names it.</summary>
    public string Name { get; }

    /// <summary>The words and phrases, normalized (lower case, letters, digits and apostrophes only).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether <paramref name="text"/> mentions the idea.</summary>
    public bool IsMentionedIn(string text)
    {
        var words = " " + ReflectionText.Normalize(text);
        return Words.Any(w => words.Contains(" " + w, StringComparison.Ordinal));
    }
}
