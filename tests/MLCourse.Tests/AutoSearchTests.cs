using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Deployment;
using MLCourse.Evaluation;

namespace MLCourse.Tests;

public sealed class AutoSearchTests
{
    private static readonly MLContext Ml = new(seed: 1);

    // Scores are faked from the settings, so the strategy is tested without training: family "a" scores its x, "b" scores 10 + x.
    private static AutoSearchResult Search(int maxTrials = 40, int patience = 5, double budgetSeconds = 60) =>
        AutoSearch.Run(
            [SearchCandidate.Of("a", r => new { x = r.Next(0, 100) }, s => Ml.Transforms.CopyColumns($"a{s.x}", "v")),
             SearchCandidate.Of("b", r => new { x = r.Next(0, 100) }, s => Ml.Transforms.CopyColumns($"b{s.x}", "v"))],
            pipeline => CrossValidationSummary.Of([Score(pipeline), Score(pipeline)]), higherIsBetter: false, TimeSpan.FromSeconds(budgetSeconds), maxTrials, patience, seed: 1);

    private static double Score(IEstimator<ITransformer> pipeline)
    {
        var data = Ml.Data.LoadFromEnumerable(new[] { new { v = 1f } });
        var name = pipeline.Fit(data).Transform(data).Schema.Select(c => c.Name).Single(n => n != "v");
        return (name[0] == 'a' ? 0 : 10) + int.Parse(name[1..]);
    }

    [Fact]
    public void Tries_each_family_first_then_stops_early_and_repeats_with_the_same_seed()
    {
        var result = Search();

        Assert.Equal(["a", "b"], result.Trials.Take(2).Select(t => t.Candidate));
        Assert.Contains("5 trials in a row brought no improvement", result.StoppedBecause);
        Assert.All(result.Trials.Skip(result.Trials.ToList().FindLastIndex(t => t.Improved) + 1), t => Assert.False(t.Improved));
        Assert.Equal(result.Trials.Min(t => t.Score.Mean), result.Best.Score.Mean);
        Assert.Equal(result.Trials.Select(t => t.Score.Mean), Search().Trials.Select(t => t.Score.Mean));
    }

    [Fact]
    public void Stops_at_the_trial_limit_and_ranks_the_leaderboard_best_first()
    {
        var result = Search(maxTrials: 3, patience: 100);
        var board = result.ToLeaderboard("MAE");

        Assert.Equal(3, result.Trials.Count);
        Assert.Contains("maximum of 3 trials", result.StoppedBecause);
        Assert.Equal(result.Best.Number, (int)board["trial"][0]);
        Assert.True((double)board["MAE (mean)"][0] <= (double)board["MAE (mean)"][2]);
    }

    [Fact]
    public void Rejects_a_search_that_could_not_run_one_trial()
    {
        Assert.Contains("at least one trial", Assert.Throws<ArgumentException>(() => Search(maxTrials: 0)).Message);
    }

    [Fact]
    public void Percentile_is_nearest_rank()
    {
        double[] values = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        Assert.Equal(50, Latency.Percentile(values, 50));
        Assert.Equal(99, Latency.Percentile(values, 99));
        Assert.Equal(5, Latency.Percentile([5, 1, 3], 99));
        Assert.True(Latency.Measure(() => { }, calls: 100, warmUp: 0).P99 >= 0);
    }

    [Fact]
    public void Partial_dependence_of_a_linear_model_is_its_line()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [0f, 1f, 2f, 3f, 4f]), new SingleDataFrameColumn("z", [1f, 1f, 1f, 1f, 1f]));
        var model = Ml.Transforms.Expression("Score", "(x, z) => 2 * x + z", "x", "z").Fit(frame);   // a "model": 2x + z

        var dependence = PartialDependence.Compute(model, frame, "x", points: 3);

        Assert.Equal([0.0, 2.0, 4.0], dependence.Values);
        Assert.Equal([1.0, 5.0, 9.0], dependence.MeanPredictions);
        Assert.Contains("float (Single) column named 'w'", Assert.Throws<ArgumentException>(() => PartialDependence.Compute(model, frame, "w")).Message);
    }

    [Fact]
    public void Column_importance_is_the_metric_change_when_a_column_is_shuffled_and_zero_for_an_ignored_one()
    {
        var frame = new DataFrame(
            new SingleDataFrameColumn("x", Enumerable.Range(0, 50).Select(i => (float)i)),
            new SingleDataFrameColumn("y", Enumerable.Range(0, 50).Select(i => 2f * i)),
            new StringDataFrameColumn("note", Enumerable.Range(0, 50).Select(i => $"day {i}")));
        var model = Ml.Transforms.Expression("Score", "x => 2 * x", "x").Fit(frame);   // predicts y exactly from x, ignores the note
        double Mae(IDataView scored) => scored.GetColumn<float>("Score").Zip(scored.GetColumn<float>("y"), (p, a) => (double)Math.Abs(p - a)).Average();

        var importance = ColumnImportance.Compute(model, frame, ["note", "x"], Mae, repeats: 5, seed: 1);

        Assert.Equal(["x", "note"], importance.Select(i => i.Feature));
        Assert.InRange(importance[0].Change, 20, 50);   // shuffling x of 0..49 and doubling: a mean absolute error of about 2 × 16.7
        Assert.True(importance[0].Low > 0 && importance[0].High >= importance[0].Change);
        Assert.Equal((0.0, 0.0, 0.0), (importance[1].Change, importance[1].Low, importance[1].High));
        Assert.Equal(importance.Select(i => i.Change), ColumnImportance.Compute(model, frame, ["note", "x"], Mae, repeats: 5, seed: 1).Select(i => i.Change));
    }

    [Fact]
    public void Column_importance_explains_an_unknown_column_and_too_few_repeats()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [1f, 2f]));
        var model = Ml.Transforms.CopyColumns("Score", "x").Fit(frame);

        Assert.Contains("No column 'wind' in the data. Its columns are: x", Assert.Throws<ArgumentException>(() => ColumnImportance.Compute(model, frame, ["wind"], _ => 0)).Message);
        Assert.Contains("at least 2 repeats", Assert.Throws<ArgumentException>(() => ColumnImportance.Compute(model, frame, ["x"], _ => 0, repeats: 1)).Message);
    }

    [Fact]
    public void Shortcut_band_follows_the_label_as_often_as_asked()
    {
        var labels = new StringDataFrameColumn("y", Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "p" : "q"));
        var banded = ShortcutFeature.AddBand(new DataFrame(labels), "y", agreement: 0.8, seed: 1);
        var matches = Enumerable.Range(0, 3000).Count(i => (string)banded["band_colour"][i] == ((string)labels[i] == "p" ? "blue" : "yellow")) / 3000.0;

        Assert.InRange(matches, 0.87, 0.93);   // 0.8 + 0.2 / 2
        Assert.Equal(banded["band_colour"].Cast<string>(), ShortcutFeature.AddBand(new DataFrame(labels), "y", 0.8, 1)["band_colour"].Cast<string>());
    }
}
