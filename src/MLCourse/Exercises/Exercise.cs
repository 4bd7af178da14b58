namespace MLCourse.Exercises;

/// <summary>
/// An exercise: a prompt (in the notebook), a checker, hints in order, and a worked solution. The learner's answer cell
/// starts as <c>null</c> ("not attempted"); <see cref="Check(T)"/> judges it, records the outcome in the learner's progress
/// (<see cref="ExerciseLog.Current"/>), and tells the lesson runner. A checker that throws on a strange answer is a bug in the checker, so exceptions from the
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

    /// <summary>Its hints, in order.</summary>
    public IReadOnlyList<string> Hints => hints;

    /// <summary>
    /// Judges <paramref name="answer"/> (null means the starter placeholder is still there) and records the outcome in
    /// <see cref="ExerciseLog.Current"/>, the learner's progress once the setup cell has run.
    /// </summary>
    public Verdict Check(T? answer) => Check(answer, ExerciseLog.Current);

    /// <summary>Judges <paramref name="answer"/> and records the outcome in <paramref name="log"/>.</summary>
    public Verdict Check(T? answer, ExerciseLog log)
    {
        Require.NotNull(log, nameof(log), "a log to record the outcome in (ExerciseLog.Current is the learner's)");
        var text = judge.Target is ReflectionCheck && answer is string written ? written : null;
        var verdict = answer is null ? new Verdict(Id, Outcome.NotAttempted, NotAttempted(LearnerRoute.IsProgram))
            : judge.Target is ReflectionCheck reflection && text is not null ? From(reflection.Judge(text, firstSubmission: !Revised(log, text)))
            : Judge(answer);
        log.Record(verdict, text);
        ResultsFile.AppendExercise(verdict.Exercise, verdict.Outcome.ToString());
        return verdict;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a second submission, the one that shows the model answer: an earlier one was
    /// submitted, and this text differs from it. The same text again is the same submission: a program checks every answer
    /// on every run, and running it again to check another exercise must not show the model answer before the learner revised.
    /// </summary>
    private bool Revised(ExerciseLog log, string text) =>
        log.Read().GetValueOrDefault(Id) is ({ Submitted: true } or { Solved: true }) and var entry && entry.Text != ExerciseLog.Fingerprint(text);

    /// <summary>
    /// Whether this is a reflection (a free-text answer, judged by <see cref="Checks.Reflection"/>): it can be submitted,
    /// never solved, and the course counts it apart from the exercises that are checked for real.
    /// </summary>
    public bool IsReflection => judge.Target is ReflectionCheck;

    private Verdict Judge(T answer) => From(judge(answer));

    private Verdict From(Judgement judgement) => new(Id, judgement.Outcome, LearnerRoute.IsProgram ? InProgramWords(judgement.Message) : judgement.Message);

    /// <summary>
    /// <paramref name="message"/> in the words of a program, where a line <c>Lesson14.BlockSize.Hint();</c> shows nothing:
    /// the advice to ask for a hint names the line to add, with this exercise's name in its lesson's class.
    /// </summary>
    internal string InProgramWords(string message) =>
        message.Replace(Checks.HintAdvice, $"Stuck? Add the line display({Name ?? "LessonNN.Exercise"}.Hint()); below its check, then run the file again.", StringComparison.Ordinal);

    /// <summary>How code names this exercise, e.g. Lesson14.BlockSize: the property of its lesson's class that holds it, or null if none does.</summary>
    internal string? Name => name.Value;

    private readonly Lazy<string?> name = new(() => NameOf(id));

    private static string? NameOf(string id)
    {
        var lesson = typeof(Exercise<T>).Assembly.GetType($"{typeof(Exercise<T>).Namespace}.Lesson{id.Split('.')[0]}");
        var holder = lesson?.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .FirstOrDefault(p => p.PropertyType == typeof(Exercise<T>) && p.GetValue(null) is Exercise<T> e && e.Id == id);
        return holder is null ? null : $"{lesson!.Name}.{holder.Name}";
    }

    /// <summary>
    /// What a cell that builds on this exercise's answer shows while the answer is still missing, as in
    /// <c>if (model is null) display(Lesson09.ForecastModel.Waiting()); else { … }</c>. It records nothing: only <see cref="Check(T)"/> does.
    /// </summary>
    public Verdict Waiting() => Waiting(LearnerRoute.IsProgram);

    /// <summary><see cref="Waiting()"/>, in the words of a notebook or of a program.</summary>
    internal Verdict Waiting(bool program) => new(Id, Outcome.NotAttempted, program
        ? $"This step builds on your answer to \"{Title}\" (exercise {Id}): answer it, then run the file again."
        : $"This cell builds on your answer to \"{Title}\": answer it above, then run this cell again.");

    /// <summary>What a check says while the answer is still the starter null, in the words of a notebook or of a program.</summary>
    internal string NotAttempted(bool program) => program
        ? $"Replace the null in your answer to exercise {Id} (below the line that says \"your answer to exercise {Id}\"), then run the file again."
        : "Replace the null in the answer cell, run it, then run this cell again.";

    /// <summary>
    /// The next hint (the first, the first time); after the last one, where to find the solution. A program starts afresh
    /// each run, so each hint also says how to ask for the next one by its number.
    /// </summary>
    public string Hint() => hintsShown < hints.Count ? Hint(hintsShown + 1) : $"No more hints. Still stuck? {Id}'s Solution() shows a worked answer.";

    /// <summary>Hint number <paramref name="number"/> (from 1), and how to get the next one.</summary>
    /// <remarks>A number below 1 or above the last is answered with what there is, not thrown: in a program, a throw would end the run.</remarks>
    public string Hint(int number)
    {
        if (number < 1) return $"Hints are numbered from 1: exercise {Id} has {hints.Count}, Hint(1) to Hint({hints.Count}).";
        if (number > hints.Count) return $"Exercise {Id} has {hints.Count} hints, and Hint({hints.Count}) was the last. Still stuck? Solution() shows a worked answer.";
        hintsShown = Math.Max(hintsShown, number);
        return $"Hint {number} of {hints.Count}: {hints[number - 1]}" +
               (number < hints.Count ? $" (Next: Hint({number + 1}).)" : $" (That was the last. Still stuck? Solution() shows a worked answer.)");
    }

    /// <summary>A worked solution, as code to read (and run, if you like).</summary>
    public string Solution() => $"// A solution to exercise {Id}, {Title}\n{SolutionCode}";
}
