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
    public void Each_bad_input_is_explained()
    {
        CrossValidationSummary Score(IEstimator<ITransformer> _) => CrossValidationSummary.Of([1, 2]);
        var one = SearchCandidate.Of("a", r => new { x = r.Next() }, s => Ml.Transforms.CopyColumns("b", "v"));

        Assert.Equal("Expected at least 1 trial; found 0. Use 1 or more, or the search cannot run at all. (Parameter 'maxTrials')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(maxTrials: 0)).Message);
        Assert.Equal("Expected at least 1 trial of patience; found 0. Use 1 or more, or the search stops before it starts. (Parameter 'patience')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(patience: 0)).Message);
        Assert.Equal("Expected a positive time budget; found 00:00:00. Give a safety budget such as TimeSpan.FromMinutes(5); " +
                     "the trial limit is what should end the search. (Parameter 'budget')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(budgetSeconds: 0)).Message);
        Assert.Equal("Expected at least one SearchCandidate to search over; found none. Describe each model family with SearchCandidate.Of(name, sample, build). (Parameter 'candidates')",
            Assert.Throws<ArgumentException>(() => AutoSearch.Run([], Score, false, TimeSpan.FromSeconds(1))).Message);
        Assert.Equal("Expected a function that cross-validates a pipeline; found null. Check what you pass as score: a variable that was never given a value is null. (Parameter 'score')",
            Assert.Throws<ArgumentNullException>(() => AutoSearch.Run([one], null!, false, TimeSpan.FromSeconds(1))).Message);
    }

    [Fact]
    public void A_budget_that_runs_out_is_reported_as_such()
    {
        var result = AutoSearch.Run(
            [SearchCandidate.Of("slow", r => new { x = r.Next() }, s => Ml.Transforms.CopyColumns("b", "v"))],
            _ => { Thread.Sleep(30); return CrossValidationSummary.Of([1, 2]); }, higherIsBetter: false, TimeSpan.FromMilliseconds(1), maxTrials: 5, patience: 5);

        Assert.True(result.BudgetRanOut);
        Assert.Single(result.Trials);   // the budget is checked before each trial; the first one always runs
        Assert.Contains("time budget", result.StoppedBecause);
        Assert.False(Search().BudgetRanOut);
    }

    [Fact]
    public void Percentile_is_nearest_rank()
    {
        double[] values = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        Assert.Equal(50, Latency.Percentile(values, 50));
        Assert.Equal(99, Latency.Percentile(values, 99));
        Assert.Equal(5, Latency.Percentile([5, 1, 3], 99));
        Assert.Equal(1, Latency.Percentile([5, 1, 3], 0));
        Assert.True(Latency.Measure(() => { }, calls: 100, warmUp: 0).P99 >= 0);
    }

    [Fact]
    public void Percentile_and_measure_explain_each_bad_input()
    {
        Assert.Equal("Expected a percent between 0 and 100; found 150. Give 50 for the median and 99 for p99, not 0.99. (Parameter 'percent')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Percentile([1, 2], 150)).Message);
        Assert.Equal("Expected a percent between 0 and 100; found -1. Give 50 for the median and 99 for p99, not 0.99. (Parameter 'percent')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Percentile([1, 2], -1)).Message);
        Assert.Equal("Expected at least one value; found none. A percentile of no values is undefined: time some calls first. (Parameter 'values')",
            Assert.Throws<ArgumentException>(() => Latency.Percentile([], 50)).Message);
        Assert.Equal("Expected numbers only; found NaN. Drop the values that are not numbers first. (Parameter 'values')",
            Assert.Throws<ArgumentException>(() => Latency.Percentile([1, double.NaN], 50)).Message);
        Assert.Equal("Expected at least 100 calls; found 10. Use 100 or more, so that the 99th percentile is a measured call, not the slowest one. (Parameter 'calls')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Measure(() => { }, calls: 10)).Message);
    }

    [Fact]
    public void Partial_dependence_of_a_linear_model_is_its_line()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [0f, 1f, 2f, 3f, 4f]), new SingleDataFrameColumn("z", [1f, 1f, 1f, 1f, 1f]));
        var model = Ml.Transforms.Expression("Score", "(x, z) => 2 * x + z", "x", "z").Fit(frame);   // a "model": 2x + z

        var dependence = PartialDependence.Compute(model, frame, "x", points: 3);

        Assert.Equal([0.0, 2.0, 4.0], dependence.Values);
        Assert.Equal([1.0, 5.0, 9.0], dependence.MeanPredictions);
    }

    [Fact]
    public void Partial_dependence_explains_each_bad_input()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [0f, 1f]), new Int32DataFrameColumn("n", [1, 2]), new SingleDataFrameColumn("gone", [null, null]));
        var model = Ml.Transforms.CopyColumns("Score", "x").Fit(frame);
        string Error(Action compute) => Assert.ThrowsAny<ArgumentException>(compute).Message;

        Assert.Equal("Expected a column named 'w'; found none. The columns are: x, n, gone. Names must match exactly, including case, spaces and units. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "w")));
        Assert.Equal("Expected column 'n' to hold float (Single) values; found Int32 values. Convert it first, or pick a column that holds float (Single) values: x, gone. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "n")));
        Assert.Equal("Expected values in column 'gone' to make the grid from; found all 2 rows missing. Drop or fill the missing values first (lesson 02), or pick another column. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "gone")));
        Assert.Equal("Expected at least 2 grid points; found 1. Use 2 or more, so that there is a line to draw. (Parameter 'points')",
            Error(() => PartialDependence.Compute(model, frame, "x", points: 1)));
        Assert.Equal("Expected a fitted model (the ITransformer that Fit returned); found null. Check what you pass as model: a variable that was never given a value is null. (Parameter 'model')",
            Error(() => PartialDependence.Compute(null!, frame, "x")));
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

        string Error(Action compute) => Assert.ThrowsAny<ArgumentException>(compute).Message;

        Assert.Equal("Expected a column named 'wind'; found none. The columns are: x. Names must match exactly, including case, spaces and units. (Parameter 'columns')",
            Error(() => ColumnImportance.Compute(model, frame, ["wind"], _ => 0)));
        Assert.Equal("Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval. (Parameter 'repeats')",
            Error(() => ColumnImportance.Compute(model, frame, ["x"], _ => 0, repeats: 1)));
        Assert.Equal("Expected the names of the input columns to shuffle; found none. Name the columns the pipeline reads, e.g. [\"Horsepower\", \"Weight_in_lbs\"]. (Parameter 'columns')",
            Error(() => ColumnImportance.Compute(model, frame, [], _ => 0)));
        Assert.Equal("Expected at least 2 rows to shuffle; found 1. Compute importance on held-out data with enough rows for the metric to mean something. (Parameter 'data')",
            Error(() => ColumnImportance.Compute(model, frame.Head(1), ["x"], _ => 0)));
        Assert.Equal("Expected a fitted model (the ITransformer that Fit returned); found null. Check what you pass as model: a variable that was never given a value is null. (Parameter 'model')",
            Error(() => ColumnImportance.Compute(null!, frame, ["x"], _ => 0)));
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
