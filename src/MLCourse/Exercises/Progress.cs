using Microsoft.Data.Analysis;

namespace MLCourse.Exercises;

/// <summary>The learner's progress through the course's exercises, lesson by lesson.</summary>
public static class Progress
{
    /// <summary>
    /// A table: per lesson begun (one exercise attempted or more), how many exercises are checked for real and how many
    /// of them were solved, how many are reflections and how many of those were submitted (a reflection is never
    /// "solved"), how many of all were attempted, and which are still open; then one row for the lessons not begun yet
    /// (from <see cref="ExerciseLog.Current"/>).
    /// </summary>
    public static DataFrame Show() => Show(ExerciseLog.Current);

    /// <summary>The same table from another log.</summary>
    public static DataFrame Show(ExerciseLog progress)
    {
        var log = progress.Read();
        ExerciseLog.Entry? Entry(IExercise e) => log.GetValueOrDefault(e.Id);
        // A reflection checked before reflections were "submitted" was logged as solved: it counts as submitted.
        bool Done(IExercise e) => Entry(e) is { } entry && (e.IsReflection ? entry.Submitted || entry.Solved : entry.Solved);
        // An exercise once solved or submitted was attempted, even if its answer cell was later reset to null and checked.
        bool Attempted(IExercise e) => Entry(e) is { } entry && (entry.Solved || entry.Submitted || entry.Last != nameof(Outcome.NotAttempted));
        var lessons = ExerciseCatalog.All.GroupBy(e => e.Id[..2]).OrderBy(g => g.Key).ToList();
        var begun = lessons.Where(l => l.Any(Attempted)).ToList();
        var notBegun = lessons.Except(begun).ToList();
        var rows = begun.Select(l => (
                Lesson: l.Key,
                Exercises: l.Count(e => !e.IsReflection), Solved: l.Count(e => !e.IsReflection && Done(e)),
                Reflections: l.Count(e => e.IsReflection), Submitted: l.Count(e => e.IsReflection && Done(e)),
                Attempted: l.Count(Attempted),
                Open: string.Join(", ", l.Where(e => !Done(e)).Select(e => e.Id)) is { Length: > 0 } open ? open : "none"))
            .ToList();
        if (notBegun.Count > 0)
            rows.Add((Lesson: $"not begun: {Ranges(notBegun.Select(l => int.Parse(l.Key)).ToList())}",
                Exercises: notBegun.Sum(l => l.Count(e => !e.IsReflection)), Solved: 0,
                Reflections: notBegun.Sum(l => l.Count(e => e.IsReflection)), Submitted: 0, Attempted: 0, Open: "all"));
        return new DataFrame(
            new StringDataFrameColumn("lesson", rows.Select(r => r.Lesson)),
            new Int32DataFrameColumn("exercises", rows.Select(r => r.Exercises)),
            new Int32DataFrameColumn("solved", rows.Select(r => r.Solved)),
            new Int32DataFrameColumn("reflections", rows.Select(r => r.Reflections)),
            new Int32DataFrameColumn("submitted", rows.Select(r => r.Submitted)),
            new Int32DataFrameColumn("attempted", rows.Select(r => r.Attempted)),
            new StringDataFrameColumn("still open", rows.Select(r => r.Open)));
    }

    /// <summary>Lesson numbers as runs: 2, 5, 6, 7 → "02, 05–07".</summary>
    internal static string Ranges(IReadOnlyList<int> numbers)
    {
        var runs = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            runs.Add(j == i ? $"{numbers[i]:00}" : $"{numbers[i]:00}–{numbers[j]:00}");
            i = j + 1;
        }
        return string.Join(", ", runs);
    }
}
