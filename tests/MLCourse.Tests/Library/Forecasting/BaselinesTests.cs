using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class BaselinesTests
{
    /// <summary>Day t has the value t, so a forecast's value names the day it read.</summary>
    private static readonly DailySeries Days = new(new DateTime(1987, 1, 1), [.. Enumerable.Range(0, 100).Select(t => (double)t)]);

    [Fact]
    public void Each_baseline_reads_only_days_up_to_target_minus_horizon()
    {
        Assert.Equal(49, Baselines.Naive(Days)(50, 1));
        Assert.Equal(43, Baselines.Naive(Days)(50, 7));
        var weekly = Baselines.SeasonalNaive(Days, 7);
        Assert.Equal(43, weekly(50, 1));   // the same weekday last week
        Assert.Equal(43, weekly(50, 7));
        Assert.Equal(36, weekly(50, 8));   // day 42 is not known 8 days ahead: two weeks back
        Assert.Equal(22, weekly(50, 28));
        Assert.Equal(46, Baselines.MovingAverage(Days, 7)(50, 1));   // (43 + … + 49) / 7
        Assert.Equal(40, Baselines.MovingAverage(Days, 7)(50, 7));   // (37 + … + 43) / 7
    }

    [Fact]
    public void A_horizon_below_1_or_a_day_without_history_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Baselines.Naive(Days)(50, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Baselines.MovingAverage(Days, 7)(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Baselines.SeasonalNaive(Days, 0));
    }
}
