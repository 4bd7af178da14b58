using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class LagFeaturesTests
{
    /// <summary>Day t has the value t, from Wednesday 1 January 1969.</summary>
    private static readonly double[] Values = [.. Enumerable.Range(0, 1000).Select(t => (double)t)];

    private static readonly DateTime Start = new(1969, 1, 1);

    [Fact]
    public void A_row_holds_the_lags_the_known_means_and_the_targets_calendar()
    {
        var features = new LagFeatures([14, 7]);
        var target = 329;   // 1969-11-26, a Wednesday, the day before Thanksgiving (November 27)
        var row = features.Row(Values, Start, target, horizon: 7);

        Assert.Equal(["lag_7", "lag_14", "mean_7", "mean_28", "same_weekday_mean_4", "weekday", "day_of_year", "years", "holiday", "before_holiday", "after_holiday"], features.Names);
        Assert.Equal(322f, row[0]);
        Assert.Equal(315f, row[1]);
        Assert.Equal(319f, row[2]);            // days 316 … 322
        Assert.Equal(308.5f, row[3]);          // days 295 … 322
        Assert.Equal(311.5f, row[4]);          // days 301, 308, 315, 322
        Assert.Equal([2f, 330f, (float)(329 / 365.25), 0f, 1f, 0f], row[5..]);
    }

    [Fact]
    public void A_lag_shorter_than_the_horizon_is_a_leak_and_is_refused()
    {
        var leak = Assert.Throws<ArgumentException>(() => new LagFeatures([3, 7]).Row(Values, Start, 400, horizon: 7));
        Assert.Contains("lag 3, which on the day of the forecast is 4 day(s) in the future", leak.Message);
        Assert.Throws<ArgumentException>(() => new LagFeatures([0]));
        Assert.Throws<ArgumentException>(() => new LagFeatures([7, 7]));
        Assert.Throws<ArgumentException>(() => new LagFeatures([], lagsOnly: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LagFeatures([364]).Row(Values, Start, 300, horizon: 7));
    }

    [Fact]
    public void Lags_only_gives_just_the_lags_and_the_first_target_has_all_its_history()
    {
        var onlyLags = new LagFeatures([7, 364], lagsOnly: true);
        Assert.Equal(["lag_7", "lag_364"], onlyLags.Names);
        Assert.Equal([393f, 36f], onlyLags.Row(Values, Start, 400, horizon: 7));
        Assert.Equal(364, onlyLags.FirstTarget(7));
        Assert.Equal(55, new LagFeatures([28]).FirstTarget(28));   // mean_28 reaches back to t − 28 − 27
        var table = onlyLags.Table([[1f, 2f], [3f, 4f]], [5, 6]);
        Assert.Equal(["lag_7", "lag_364", "Label"], table.Columns.Select(c => c.Name));
    }
}
