using Microsoft.Data.Analysis;

namespace MLCourse.Exercises;

/// <summary>The learner's progress through the course's exercises, lesson by lesson.</summary>
public static class Progress
{
    /// <summary>
    /// A table: per lesson, how many exercises are checked for real and how many of them were solved, how many are
    /// reflections and how many of those were submitted (a reflection is never "solved"), and how many of all were
    /// attempted (from <see cref="ExerciseLog.Current"/>).
    /// </summary>
    public static DataFrame Show() => Show(ExerciseLog.Current);

    /// <summary>The same table from another log.</summary>
    public static DataFrame Show(ExerciseLog progress)
    {
        var log = progress.Read();
        var lessons = ExerciseCatalog.All.GroupBy(e => e.Id[..2]).OrderBy(g => g.Key).ToList();
        ExerciseLog.Entry? Entry(IExercise e) => log.GetValueOrDefault(e.Id);
        // A reflection checked before reflections were "submitted" was logged as solved: it counts as submitted.
        bool Submitted(IExercise e) => Entry(e) is { } entry && (entry.Submitted || entry.Solved);
        return new DataFrame(
            new StringDataFrameColumn("lesson", lessons.Select(l => l.Key)),
            new Int32DataFrameColumn("exercises", lessons.Select(l => l.Count(e => !e.IsReflection))),
            new Int32DataFrameColumn("solved", lessons.Select(l => l.Count(e => !e.IsReflection && Entry(e)?.Solved == true))),
            new Int32DataFrameColumn("reflections", lessons.Select(l => l.Count(e => e.IsReflection))),
            new Int32DataFrameColumn("submitted", lessons.Select(l => l.Count(e => e.IsReflection && Submitted(e)))),
            new Int32DataFrameColumn("attempted", lessons.Select(l => l.Count(e => Entry(e) is { } entry && entry.Last != nameof(Outcome.NotAttempted)))));
    }
}
