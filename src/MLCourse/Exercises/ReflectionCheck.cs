namespace MLCourse.Exercises;

/// <summary>
/// Reads a reflection (a free-text answer). A text long enough and not repeating itself is <see cref="Outcome.Submitted"/>,
/// never correct or wrong: the feedback says which key ideas it touches on and which it does not yet touch on. The first
/// submission stops there, so that the learner can revise with the missing ideas in mind; a revised submission (the
/// learner's progress says whether the text changed) also shows a model answer. A text too short or repetitive is not accepted, and says why. Key ideas are found by their words, which
/// cannot tell a right paraphrase from a wrong one, so they only guide the learner's comparison; they never refuse a text.
/// </summary>
internal sealed class ReflectionCheck
{
    private readonly int minimumWords;
    private readonly string modelAnswer;
    private readonly IReadOnlyList<KeyIdea> keyIdeas;

    public ReflectionCheck(int minimumWords, string modelAnswer, IReadOnlyList<KeyIdea> keyIdeas)
    {
        Require.AtLeast(minimumWords, 1, nameof(minimumWords), "word", "so that there is something to read (12 to 30 suits two or three sentences)");
        Require.That(!string.IsNullOrWhiteSpace(modelAnswer), nameof(modelAnswer), "a model answer to show after a submission", "an empty one",
            "Write the answer a learner should compare theirs with.");
        (this.minimumWords, this.modelAnswer, this.keyIdeas) = (minimumWords, modelAnswer, keyIdeas);
    }

    /// <summary>The verdict on <paramref name="answer"/>, with the model answer (never null here: the exercise handles the placeholder).</summary>
    public Judgement Judge(string? answer) => Judge(answer, firstSubmission: false);

    /// <summary>The verdict on <paramref name="answer"/>; a first submission is told how to see the model answer instead of being shown it.</summary>
    public Judgement Judge(string? answer, bool firstSubmission)
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

        string Then(string feedback) => firstSubmission
            ? $"{feedback}{(feedback.Length > 0 ? " " : "")}Revise it if you like and submit it again: a changed answer is shown a model answer to compare with."
            : $"{feedback}{(feedback.Length > 0 ? " " : "")}Compare with a model answer: {modelAnswer}";
        if (keyIdeas.Count == 0) return Judgement.Submission(Then(""));

        // Nothing is graded: word lists cannot tell a right paraphrase from a wrong one, so the feedback only points at the
        // ideas and the model answer teaches.
        var touched = keyIdeas.Where(i => i.IsMentionedIn(text)).Select(i => i.Name).ToList();
        var missing = keyIdeas.Where(i => !i.IsMentionedIn(text)).Select(i => i.Name).ToList();
        var feedback = touched.Count == 0 ? $"Your answer does not yet touch on {List(missing)}."
            : missing.Count == 0 ? $"Your answer touches on {List(touched)}."
            : $"Your answer touches on {List(touched)}; it does not yet touch on {List(missing)}.";
        return Judgement.Submission(Then(feedback));
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
