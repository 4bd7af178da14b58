namespace MLCourse.Exercises;

/// <summary>Whether an answer is right, and if not, a specific reason that does not give the answer away.</summary>
public sealed record Judgement(bool Correct, string Message)
{
    /// <summary>A right answer, with an optional remark (e.g. a model answer to compare with).</summary>
    public static Judgement Right(string message = "Well done.") => new(true, message);

    /// <summary>A wrong answer and why.</summary>
    public static Judgement Wrong(string reason) => new(false, reason);
}

/// <summary>
/// An exercise: a prompt (in the notebook), a checker, hints in order, and a worked solution. The learner's answer cell
/// starts as <c>null</c> ("not attempted"); <see cref="Check"/> judges it, records the outcome in the learner's progress,
/// and tells the lesson runner. A checker that throws on a strange answer is a bug in the checker, so exceptions from the
/// learner's own code (a function answer) are caught by the checkers and turned into feedback.
/// </summary>
public sealed class Exercise<T>(string id, string title, Func<T, Judgement> judge, IReadOnlyList<string> hints, string solutionCode)
    : IExercise
{
    private int hintsShown;

    /// <summary>The lesson and the exercise's number, e.g. <c>01.2</c>.</summary>
    public string Id { get; } = id;

    /// <summary>A few words naming the exercise.</summary>
    public string Title { get; } = title;

    /// <summary>The code that solves the exercise in its lesson (solution mode runs it in place of the learner's cell).</summary>
    public string SolutionCode { get; } = solutionCode;

    /// <summary>Judges <paramref name="answer"/>; null means the starter placeholder is still there.</summary>
    public Verdict Check(T? answer)
    {
        var verdict = answer is null
            ? new Verdict(Id, Outcome.NotAttempted, "Replace the null in the answer cell, run it, then run this cell again.")
            : Judge(answer);
        ExerciseLog.Record(verdict);
        return verdict;
    }

    private Verdict Judge(T answer)
    {
        var judgement = judge(answer);
        return new Verdict(Id, judgement.Correct ? Outcome.Correct : Outcome.Incorrect, judgement.Message);
    }

    /// <summary>
    /// What a cell that builds on this exercise's answer shows while the answer is still missing, as in
    /// <c>if (model is null) display(Lesson09.ForecastModel.Waiting()); else { … }</c>. It records nothing: only <see cref="Check"/> does.
    /// </summary>
    public Verdict Waiting() =>
        new(Id, Outcome.NotAttempted, $"This cell builds on your answer to \"{Title}\": answer it above, then run this cell again.");

    /// <summary>The next hint; after the last one, where to find the solution.</summary>
    public string Hint() => hintsShown < hints.Count
        ? $"Hint {hintsShown + 1} of {hints.Count}: {hints[hintsShown++]}"
        : $"No more hints. Still stuck? {Id}'s Solution() shows a worked answer.";

    /// <summary>A worked solution, as code to read (and run, if you like).</summary>
    public string Solution() => $"// A solution to exercise {Id}, {Title}\n{SolutionCode}";
}

/// <summary>What every exercise has, whatever the type of its answer (for the catalog and the runner).</summary>
public interface IExercise
{
    /// <summary>e.g. <c>01.2</c>.</summary>
    string Id { get; }

    /// <summary>A few words naming the exercise.</summary>
    string Title { get; }

    /// <summary>The code that solves it, run in place of the learner's answer cell in solution mode.</summary>
    string SolutionCode { get; }
}
