namespace MLCourse.Data;

/// <summary>
/// Lesson 14's split of a book's text by position, never by chance: a language model must be judged on text that comes
/// after the text it learned from, as it will be used. The first 85% trains, the next 10% validates, and the last 5% is
/// held out for the exercise checkers, never loaded by the lesson.
/// </summary>
public sealed record BookSplit(string Train, string Validation)
{
    /// <summary>The end of the book, which the lesson never reads: exercise checkers score a learner's model on it.</summary>
    internal string Holdout { get; private init; } = "";

    /// <summary>Splits <paramref name="text"/> at 85% and 95% of its characters.</summary>
    /// <exception cref="ArgumentException">The text is too short to split (fewer than 100 characters).</exception>
    public static BookSplit Of(string text)
    {
        Require.NotNull(text, nameof(text), "the text of a book to split");
        Require.That(text.Length >= 100, nameof(text), "a text of at least 100 characters to split", $"{text.Length} characters",
            "Give the whole book: CourseData.LoadMobyDick() reads it.");
        var (trainEnd, validationEnd) = ((int)(text.Length * 0.85), (int)(text.Length * 0.85) + (int)(text.Length * 0.10));
        return new BookSplit(text[..trainEnd], text[trainEnd..validationEnd]) { Holdout = text[validationEnd..] };
    }
}
