using Microsoft.Data.Analysis;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ProgressTests
{
    private static int Cell(DataFrame table, string lesson, string column) =>
        (int)table[column][Enumerable.Range(0, (int)table.Rows.Count).Single(r => (string)table["lesson"][r] == lesson)]!;

    [Fact]
    public void Reflections_are_counted_apart_from_the_exercises_that_are_solved()
    {
        var log = new ExerciseLog();
        Lesson01.WhyParameters.Check("A name such as O'Brien breaks pasted SQL, and a stolen account turns trusted input into an injection.", log);
        Lesson01.ParseEuropean.Check(t => double.Parse(t, System.Globalization.CultureInfo.GetCultureInfo("de-DE")), log);

        var table = Progress.Show(log);

        Assert.Equal(["lesson", "exercises", "solved", "reflections", "submitted", "attempted", "still open"], table.Columns.Select(c => c.Name));
        Assert.Equal((3, 1, 1, 1, 2), (Cell(table, "01", "exercises"), Cell(table, "01", "solved"), Cell(table, "01", "reflections"), Cell(table, "01", "submitted"), Cell(table, "01", "attempted")));
        Assert.Equal("01.1, 01.3", (string)table["still open"][0]);
    }

    [Fact]
    public void Lessons_not_begun_share_one_row_and_each_lesson_begun_names_its_open_exercises()
    {
        var log = new ExerciseLog();
        Lesson01.ParseEuropean.Check(t => double.Parse(t, System.Globalization.CultureInfo.GetCultureInfo("de-DE")), log);
        Lesson03.GentooExtraMass.Check(null, log);   // checked with its placeholder only: not begun
        var notBegun = ExerciseCatalog.All.Where(e => e.Id[..2] != "01").ToList();

        var table = Progress.Show(log);

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("01", (string)table["lesson"][0]);
        Assert.Matches($"^not begun: 02–.*{ExerciseCatalog.All.Max(e => e.Id[..2])}$", (string)table["lesson"][1]);   // "02–15", or with a gap "02–12, 15"
        Assert.Equal(notBegun.Count(e => !e.IsReflection), Convert.ToInt32(table["exercises"][1]));
        Assert.Equal(notBegun.Count(e => e.IsReflection), Convert.ToInt32(table["reflections"][1]));
        Assert.Equal("all", (string)table["still open"][1]);
        Assert.Equal("01.1, 01.3, 01.4", (string)table["still open"][0]);
    }

    [Theory]
    [InlineData(new[] { 2, 5, 6, 7 }, "02, 05–07")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, "01–12")]
    [InlineData(new[] { 3 }, "03")]
    public void Lesson_numbers_are_shown_as_runs(int[] numbers, string expected) => Assert.Equal(expected, Progress.Ranges(numbers));

    [Fact]
    public void A_reflection_logged_as_solved_before_reflections_were_submitted_counts_as_submitted_not_solved()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-progress").FullName, "progress.json");
        File.WriteAllText(file, """{ "01.4": { "Last": "Correct", "Solved": true, "When": "2026-01-01T00:00:00Z" } }""");

        var table = Progress.Show(new ExerciseLog(file));

        Assert.Equal((0, 1), (Cell(table, "01", "solved"), Cell(table, "01", "submitted")));
    }

    [Fact]
    public void An_exercise_solved_then_checked_with_its_placeholder_still_counts_as_attempted()
    {
        var log = new ExerciseLog();
        Func<string, double> german = t => double.Parse(t, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        Lesson01.ParseEuropean.Check(german, log);
        Lesson01.ParseEuropean.Check(null, log);   // the answer cell reset to its placeholder, and checked again
        Lesson01.WhyParameters.Check("A name such as O'Brien breaks pasted SQL, and a stolen account turns trusted input into an injection.", log);
        Lesson01.WhyParameters.Check(null, log);

        var table = Progress.Show(log);

        Assert.Equal(nameof(Outcome.NotAttempted), log.Read()["01.2"].Last);
        Assert.Equal((1, 1, 2), (Cell(table, "01", "solved"), Cell(table, "01", "submitted"), Cell(table, "01", "attempted")));
    }
}
