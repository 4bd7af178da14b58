namespace MLCourse;

/// <summary>
/// What a lesson published in one part of a run, read from its <see cref="ResultsFile"/>: its results (a later value for
/// the same name wins), its exercises' outcomes in the order checked, and the charts a program saved (a notebook's charts
/// are in its executed notebook instead). A run has one part, or two when the runner ran the solutions after the lesson as
/// shipped (<see cref="ResultsFile.BeginSolutions"/>).
/// </summary>
public sealed record Publication(IReadOnlyList<LessonResult> Results, IReadOnlyList<ExerciseOutcome> Exercises, int Charts)
{
    /// <summary>Nothing published (a part of a run that never started).</summary>
    public static readonly Publication Empty = new([], [], 0);

    /// <summary>This part's results, then <paramref name="later"/>'s, a later value for the same name winning.</summary>
    public IReadOnlyList<LessonResult> ResultsThen(Publication later) =>
        [.. Results.Where(r => later.Results.All(l => l.Name != r.Name)), .. later.Results];
}
