using Microsoft.Data.Analysis;

namespace MLCourse.Exercises;

/// <summary>The learner's progress through the course's exercises, lesson by lesson.</summary>
public static class Progress
{
    /// <summary>A table: per lesson, how many exercises there are, how many were attempted and how many solved (from <see cref="ExerciseLog.Current"/>).</summary>
    public static DataFrame Show() => Show(ExerciseLog.Current);

    /// <summary>The same table from another log.</summary>
    public static DataFrame Show(ExerciseLog progress)
    {
        var log = progress.Read();
        var lessons = ExerciseCatalog.All.GroupBy(e => e.Id[..2]).OrderBy(g => g.Key).ToList();
        return new DataFrame(
            new StringDataFrameColumn("lesson", lessons.Select(l => l.Key)),
            new Int32DataFrameColumn("exercises", lessons.Select(l => l.Count())),
            new Int32DataFrameColumn("attempted", lessons.Select(l => l.Count(e => log.TryGetValue(e.Id, out var entry) && entry.Last != nameof(Outcome.NotAttempted)))),
            new Int32DataFrameColumn("solved", lessons.Select(l => l.Count(e => log.TryGetValue(e.Id, out var entry) && entry.Solved))));
    }
}
