namespace MLCourse.Exercises;

/// <summary>
/// What a checker concluded: an answer is right, or wrong with a specific reason that does not give the answer away, or
/// (for a reflection) submitted: read against its key ideas, but neither right nor wrong.
/// </summary>
public sealed record Judgement(Outcome Outcome, string Message)
{
    /// <summary>Whether the answer is right.</summary>
    public bool Correct => Outcome == Outcome.Correct;

    /// <summary>A right answer, with an optional remark.</summary>
    public static Judgement Right(string message = "Well done.") => new(Outcome.Correct, message);

    /// <summary>A wrong answer and why.</summary>
    public static Judgement Wrong(string reason) => new(Outcome.Incorrect, reason);

    /// <summary>A reflection handed in, with feedback on the ideas it mentions and a model answer to compare with.</summary>
    public static Judgement Submission(string feedback) => new(Outcome.Submitted, feedback);
}
