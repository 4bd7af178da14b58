using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Runner;

namespace MLCourse.Tests;

internal static class TestProgress
{
    /// <summary>Checks made by the tests record progress in a temporary file, never in the learner's.</summary>
    [ModuleInitializer]
    internal static void UseTemporaryProgressFile() =>
        Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, Path.Combine(Path.GetTempPath(), $"mlcourse-progress-{Environment.ProcessId}.json"));
}

public sealed class CheckerTests
{
    [Fact]
    public void Number_accepts_within_tolerance_and_explains_known_mistakes_and_direction()
    {
        var check = Checks.Number(() => 10, tolerance: 0.5, (() => 344, "That is the number of rows."));

        Assert.True(check(10.4).Correct);
        Assert.Equal("That is the number of rows.", check(344).Message);
        Assert.Contains("too high", check(11).Message);
        Assert.Contains("too low", check(9).Message);
        Assert.DoesNotContain("10", check(9).Message.Replace("9", ""));   // never the expected value
    }

    [Fact]
    public void Function_runs_test_cases_and_turns_exceptions_into_feedback()
    {
        var check = Checks.Function<int, int>([(2, 4), (3, 9)], (a, b) => a == b);

        Assert.True(check(x => x * x).Correct);
        Assert.Equal("For the input 3 your function returned 6, which is not right.", check(x => x + x).Message);
        Assert.Equal("For the input 2 your function threw InvalidOperationException: nope", check(_ => throw new InvalidOperationException("nope")).Message);
    }

    [Fact]
    public void Column_checks_name_length_and_values_with_missing_values()
    {
        var check = Checks.Column(() => new SingleDataFrameColumn("mass", [1f, null, 3f]));

        Assert.True(check(new SingleDataFrameColumn("mass", [1f, null, 3f])).Correct);
        Assert.Contains("named 'weight'", check(new SingleDataFrameColumn("weight", [1f, null, 3f])).Message);
        Assert.Contains("has 2 values", check(new SingleDataFrameColumn("mass", [1f, null])).Message);
        Assert.Equal("Row 1 holds 0, which is not right; rows before it are.", check(new SingleDataFrameColumn("mass", [1f, 0f, 3f])).Message);
    }

    [Fact]
    public void Model_is_judged_by_its_score_on_held_out_data()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Transforms.CopyColumns("b", "a").Fit(ml.Data.LoadFromEnumerable(new[] { new { a = 1f } }));

        Assert.True(Checks.Model(_ => 0.96, 0.95, "accuracy")(model).Correct);
        Assert.Equal("Its accuracy on held-out data is 0.900; the exercise asks for at least 0.95.", Checks.Model(_ => 0.9, 0.95, "accuracy")(model).Message);
        Assert.Contains("could not score the held-out data (ArgumentException: no Features column)",
            Checks.Model(_ => throw new ArgumentException("no Features column"), 0.95, "accuracy")(model).Message);
    }

    [Fact]
    public void Reflection_needs_enough_words_and_then_shows_the_model_answer()
    {
        var check = Checks.Reflection(5, "Because.");

        Assert.Equal("Write at least 5 words; you wrote 2.", check("too short").Message);
        Assert.Equal("Compare with a model answer: Because.", check("this answer has enough words in it").Message);
    }
}

public sealed class ExerciseBehaviourTests
{
    private static Exercise<double?> Sample() =>
        new("99.1", "sample", Checks.Number(() => 42, 0), ["first hint", "second hint"], "double? answer = 42;");

    [Fact]
    public void Null_means_not_attempted()
    {
        var verdict = Sample().Check(null);

        Assert.Equal(Outcome.NotAttempted, verdict.Outcome);
        Assert.StartsWith("… Exercise 99.1: not attempted yet.", verdict.ToString());
    }

    [Fact]
    public void Hints_come_one_at_a_time_then_point_to_the_solution()
    {
        var exercise = Sample();

        Assert.Equal("Hint 1 of 2: first hint", exercise.Hint());
        Assert.Equal("Hint 2 of 2: second hint", exercise.Hint());
        Assert.StartsWith("No more hints.", exercise.Hint());
        Assert.Contains("double? answer = 42;", exercise.Solution());
    }

    [Fact]
    public void Each_check_is_recorded_in_the_progress_file_and_solved_stays_solved()
    {
        var exercise = Sample();

        exercise.Check(42);
        exercise.Check(41);

        var entry = ExerciseLog.Read()["99.1"];
        Assert.Equal("Incorrect", entry.Last);
        Assert.True(entry.Solved);
    }

    [Fact]
    public void A_verdict_renders_as_a_coloured_box()
    {
        Assert.Contains("#1e8e3e", Sample().Check(42).ToHtml());
        Assert.Contains("#d93025", Sample().Check(41).ToHtml());
    }
}

public sealed class Lesson01ExerciseTests
{
    [Fact]
    public void Missing_directors_accepts_the_count_and_names_the_usual_mistakes()
    {
        var missing = CourseData.LoadMovies()["Director"].NullCount;

        Assert.Equal(Outcome.Correct, Lesson01.MissingDirectors.Check(missing).Outcome);
        Assert.Equal("That is the number of films, not of films without a director.", Lesson01.MissingDirectors.Check(3201).Message);
        Assert.Equal("That counts the films that have a director.", Lesson01.MissingDirectors.Check(3201 - missing).Message);
    }

    [Fact]
    public void Parse_european_accepts_the_german_culture_and_rejects_the_invariant_one()
    {
        var german = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal(Outcome.Correct, Lesson01.ParseEuropean.Check(t => double.Parse(t, german)).Outcome);
        var wrong = Lesson01.ParseEuropean.Check(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Outcome.Incorrect, wrong.Outcome);
        Assert.Equal("For the input \"3,75\" your function returned 375, which is not right.", wrong.Message);
    }

    [Fact]
    public void Flipper_column_accepts_the_flattened_column_and_rejects_a_filled_one()
    {
        var flippers = CourseData.LoadPenguins()["Flipper Length (mm)"].Cast<float?>().ToList();

        Assert.Equal(Outcome.Correct, Lesson01.FlipperColumn.Check(new SingleDataFrameColumn("measurements.flipperLengthMm", flippers)).Outcome);
        var filled = Lesson01.FlipperColumn.Check(new SingleDataFrameColumn("measurements.flipperLengthMm", flippers.Select(f => f ?? 0f)));
        Assert.Equal("Row 3 holds 0, which is not right; rows before it are.", filled.Message);
    }

    [Fact]
    public void Why_parameters_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson01.WhyParameters.Check("injection").Outcome);
        Assert.Equal(Outcome.Correct, Lesson01.WhyParameters.Check("Because an honest name like O'Brien breaks pasted SQL and inputs change over time.").Outcome);
    }
}

public sealed class ExerciseCatalogTests
{
    public static TheoryData<string> LessonsWithExercises() =>
        new(Repository.Lessons.Where(l => ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(l.Path))!).Count > 0).Select(l => l.Name));

    [Fact]
    public void Every_exercise_has_exactly_one_answer_cell_in_its_own_lesson_and_every_answer_cell_a_catalog_entry()
    {
        var cells = Repository.Lessons
            .SelectMany(l => ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(l.Path))!).Select(c => (Lesson: l.Number, c.Exercise)))
            .ToList();

        Assert.Equal(ExerciseCatalog.All.Select(e => e.Id).Order(), cells.Select(c => c.Exercise).Order());
        Assert.All(cells, c => Assert.StartsWith(c.Lesson + ".", c.Exercise));
    }

    [Fact]
    public void An_unknown_exercise_lists_the_ones_there_are()
    {
        Assert.Contains("01.1, 01.2", Assert.Throws<KeyNotFoundException>(() => ExerciseCatalog.Find("07.9")).Message);
    }
}

public sealed class Lesson02ExerciseTests
{
    [Fact]
    public void Missing_both_ratings_accepts_152_and_names_the_one_column_mistakes()
    {
        Assert.Equal(Outcome.Correct, Lesson02.MissingBothRatings.Check(152).Outcome);   // counted independently with Python's csv module
        Assert.StartsWith("That counts the films without a Rotten Tomatoes rating", Lesson02.MissingBothRatings.Check(880).Message);
        Assert.StartsWith("That counts the films without an IMDB rating", Lesson02.MissingBothRatings.Check(213).Message);
    }

    [Fact]
    public void Front_article_must_leave_other_commas_alone()
    {
        Assert.Equal(Outcome.Correct, Lesson02.FrontArticle.Check(t => t.EndsWith(", The") ? "The " + t[..^5] : t.EndsWith(", A") ? "A " + t[..^3] : t).Outcome);
        var naive = Lesson02.FrontArticle.Check(t => t.Contains(", ") ? t[(t.LastIndexOf(", ") + 2)..] + " " + t[..t.LastIndexOf(", ")] : t);
        Assert.Equal("For the input \"Tora, Tora, Tora\" your function returned \"Tora Tora, Tora\", which is not right.", naive.Message);
    }

    [Fact]
    public void Flipper_z_score_wants_the_sample_standard_deviation()
    {
        var values = CourseData.LoadCleanPenguins()["flipper_length_mm"].Cast<float?>().Select(v => (double)v!.Value).ToList();
        var mean = values.Average();
        double Std(int ddof) => Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - ddof));

        Assert.Equal(Outcome.Correct, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / Std(1)))).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / Std(0)))).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / (values.Max() - values.Min())))).Outcome);
    }

    [Fact]
    public void Why_train_only_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson02.WhyTrainOnly.Check("leakage").Outcome);
        Assert.Equal(Outcome.Correct, Lesson02.WhyTrainOnly.Check("Because the test rows must stay unseen, otherwise their statistics leak into training and the score flatters the model.").Outcome);
    }
}
