namespace MLCourse.Exercises;

/// <summary>
/// Reads a reflection (a free-text answer). A text long enough, not repeating itself and about the question is
/// <see cref="Outcome.Submitted"/>, never correct: the feedback says which key ideas it mentions and which it does not
/// yet mention, then shows a model answer. A text too short, repetitive or off the subject is not accepted, and says why.
/// Without key ideas, "about the question" means sharing at least one content word with the model answer.
/// </summary>
internal sealed class ReflectionCheck
{
    private readonly int minimumWords;
    private readonly string modelAnswer;
    private readonly IReadOnlyList<KeyIdea> keyIdeas;

    public ReflectionCheck(int minimumWords, string modelAnswer, IReadOnlyList<KeyIdea> keyIdeas)
    {
        if (minimumWords < 1)
            throw new ArgumentException($"A reflection needs a minimum of at least 1 word (12 to 30 suits two or three sentences); got {minimumWords}.", nameof(minimumWords));
        if (string.IsNullOrWhiteSpace(modelAnswer))
            throw new ArgumentException("A reflection needs a model answer to show after a submission; got an empty one.", nameof(modelAnswer));
        (this.minimumWords, this.modelAnswer, this.keyIdeas) = (minimumWords, modelAnswer, keyIdeas);
    }

    /// <summary>The verdict on <paramref name="answer"/> (never null here: the exercise handles the placeholder).</summary>
    public Judgement Judge(string? answer)
    {
        var text = answer ?? "";
        var words = ReflectionText.Words(text);
        if (words.Count < minimumWords) return Judgement.Wrong($"Write at least {minimumWords} words; you wrote {words.Count}.");

        var repeated = ReflectionText.Sentences(text).GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            return Judgement.Wrong($"Your answer says \"{repeated.Key}\" {repeated.Count()} times. Say each point once, and give your reasons in your own words.");
        var different = words.Distinct().Count();
        if (different < minimumWords * 0.6)
            return Judgement.Wrong($"Your answer uses only {different} different word{(different == 1 ? "" : "s")}. Give your reasons in your own words.");

        if (keyIdeas.Count == 0)
            return SharesAContentWord(words)
                ? Judgement.Submission($"Compare with a model answer: {modelAnswer}")
                : Judgement.Wrong("Your answer does not yet mention anything the question is about. Read the question again, then answer it in your own words.");

        var mentioned = keyIdeas.Where(i => i.IsMentionedIn(text)).Select(i => i.Name).ToList();
        var missing = keyIdeas.Where(i => !i.IsMentionedIn(text)).Select(i => i.Name).ToList();
        if (mentioned.Count == 0)
            return Judgement.Wrong($"Your answer does not yet mention any of the ideas the question is about: {List(missing)}. Think about them, then try again.");
        return Judgement.Submission(missing.Count == 0
            ? $"Your answer mentions {List(mentioned)}. Compare with a model answer: {modelAnswer}"
            : $"Your answer mentions {List(mentioned)}; it does not yet mention {List(missing)}. Compare with a model answer: {modelAnswer}");
    }

    /// <summary>Whether the answer shares a content word (five letters or more, not a common one) with the model answer, comparing the first five letters.</summary>
    private bool SharesAContentWord(IReadOnlyList<string> words)
    {
        static IEnumerable<string> Stems(IEnumerable<string> w) => w.Where(x => x.Length >= 5 && !Common.Contains(x)).Select(x => x[..5]);
        return Stems(words).Intersect(Stems(ReflectionText.Words(modelAnswer))).Any();
    }

    private static readonly HashSet<string> Common = ["about", "after", "again", "always", "because", "before", "being", "could", "every",
        "first", "might", "never", "other", "really", "should", "since", "still", "their", "there", "these", "thing", "things", "think",
        "those", "where", "which", "while", "would"];

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
