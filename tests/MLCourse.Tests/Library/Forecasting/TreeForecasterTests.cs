using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class TreeForecasterTests
{
    /// <summary>A weekly pattern on a level that rises steadily: 1,000 + 2 per day, plus 300 on weekdays.</summary>
    private static readonly DailySeries Rising = new(new DateTime(1980, 1, 7),
        [.. Enumerable.Range(0, 1200).Select(t => 1000.0 + 2 * t + (t % 7 < 5 ? 300 : 0))]);

    [Fact]
    public void Learning_ratios_to_the_level_follows_a_rise_past_the_training_range_where_counts_cannot()
    {
        var features = new LagFeatures([7, 14]);
        var training = Enumerable.Range(features.FirstTarget(7), 1000 - features.FirstTarget(7)).ToList();
        var later = Enumerable.Range(1100, 100).ToList();
        double Mae(TreeForecaster model) => model.Predict(Rising.Values, later).Zip(later, (f, t) => Math.Abs(f - Rising.Values[t])).Average();

        var counts = TreeForecaster.Fit(Rising, training, 7, features);
        var ratios = TreeForecaster.Fit(Rising, training, 7, features, relative: true);

        Assert.True(counts.Predict(Rising.Values, later).Max() < 1.05 * training.Max(t => Rising.Values[t]), "trees on counts stay near the highest count they were trained on");
        Assert.True(Mae(ratios) < Mae(counts) / 3, $"ratios {Mae(ratios):0.0} against counts {Mae(counts):0.0}");
    }

    [Fact]
    public void One_recursive_step_is_the_horizon_1_forecast_and_deeper_steps_read_the_earlier_forecasts()
    {
        var features = new LagFeatures([1, 7], lagsOnly: true);
        var model = TreeForecaster.Fit(Rising, Enumerable.Range(features.FirstTarget(1), 900 - features.FirstTarget(1)), 1, features);
        int[] origins = [950, 1000];

        var paths = model.PredictRecursive(Rising.Values, origins, steps: 3);

        Assert.Equal(model.Predict(Rising.Values, origins), paths.Select(p => p[0]));
        var copy = Rising.Values.ToArray();
        copy[950] = paths[0][0];
        Assert.Equal(model.Predict(copy, [951])[0], paths[0][1], 9);
        Assert.Throws<ArgumentException>(() => TreeForecaster.Fit(Rising, Enumerable.Range(100, 200), 7, new LagFeatures([7])).PredictRecursive(Rising.Values, origins, 3));
    }
}
