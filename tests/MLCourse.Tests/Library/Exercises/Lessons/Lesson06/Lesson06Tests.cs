using Microsoft.ML;
using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson06;

using Lesson06 = MLCourse.Exercises.Lesson06;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson06Tests
{
    private static int TrialsRun(double[] scores)
    {
        var best = double.PositiveInfinity;
        var since = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < best) { best = scores[i]; since = 0; }
            else if (++since == 3) return i + 1;
        }
        return scores.Length;
    }

    [Fact]
    public void Trials_run_counts_equal_scores_as_no_improvement()
    {
        Assert.Equal(Outcome.Correct, Lesson06.TrialsRun.Check(TrialsRun).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson06.TrialsRun.Check(s => s.Length).Outcome);   // never stops
        Assert.Equal(Outcome.Incorrect, Lesson06.TrialsRun.Check(s =>                        // treats a tie as an improvement
        {
            var best = double.PositiveInfinity; var since = 0;
            for (var i = 0; i < s.Length; i++) { if (s[i] <= best) { best = s[i]; since = 0; } else if (++since == 3) return i + 1; }
            return s.Length;
        }).Outcome);
        var previous = Lesson06.TrialsRun.Check(s =>                                          // compares each trial with the one before it, not with the best so far
        {
            var since = 0;
            for (var i = 1; i < s.Length; i++) { if (s[i] < s[i - 1]) since = 0; else if (++since == 3) return i + 1; }
            return s.Length;
        });
        Assert.Equal(Outcome.Incorrect, previous.Outcome);
        Assert.Contains("[1, 5, 4, 3, 2]", previous.Message);   // the one case that tells the two rules apart
    }

    private static IEstimator<ITransformer> CarTrees(params string[] columns) => CarPipeline.TreesOn(new MLContext(seed: 1), columns);

    /// <summary>
    /// Measured on these folds (and on seven other fold seeds, for the spread): three columns with model_year give 2.08 to 2.29
    /// (2.02 to 2.35 over the other seeds), three without it 2.81 to 3.59 (2.62 at best); the bar, 2.45, lies between.
    /// </summary>
    [Fact]
    public void Lean_pipeline_needs_at_most_three_columns_and_is_cross_validated_on_the_training_cars()
    {
        var right = Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "model_year", "Horsepower"));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.StartsWith("Its MAE (MPG) cross-validated on the training cars (5 folds of the checker's own) is 2.1", right.Message);
        Assert.Equal(Outcome.Correct, Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "model_year", "Origin")).Outcome);

        var correlated = Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "Horsepower", "Displacement"));   // lesson 03's strongest correlations
        Assert.Equal(Outcome.Incorrect, correlated.Outcome);
        Assert.EndsWith("; the exercise asks for at most 2.45.", correlated.Message);
        Assert.Equal("Your pipeline needs 7 of the car's columns (Cylinders, Displacement, Horsepower, Weight_in_lbs, Acceleration, Origin, model_year); " +
            "the exercise asks for at most 3. A column counts as soon as the pipeline reads it, even if the model gives it no weight: concatenate (and encode) only the columns you keep.",
            Lesson06.LeanPipeline.Check(CarTrees("Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year", "Origin")).Message);
        var ml = new MLContext(seed: 1);
        Assert.StartsWith("The pipeline's output has no Score column", Lesson06.LeanPipeline.Check(ml.Transforms.Concatenate("Features", "Weight_in_lbs")).Message);
        Assert.StartsWith("The pipeline could not be fitted and cross-validated on the training cars (5 folds of the checker's own) (ArgumentOutOfRangeException",
            Lesson06.LeanPipeline.Check(ml.Transforms.Concatenate("Features", "weight")).Message);
    }

    [Fact]
    public void Reflection_06_3_is_submitted_when_real_in_other_words_and_refused_when_short_or_repeated()
    {
        Reflections.AssertReads(Lesson06.WhatAutoMlCannotDo, "It cannot choose the metric that matches the cost of our errors, and it cannot see leakage such as a normalizer fitted on the test rows.");
    }
}
