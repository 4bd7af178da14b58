using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class EmpiricalIntervalsTests
{
    [Fact]
    public void Quantiles_interpolate_as_numpy_does_and_coverage_counts_the_days_inside()
    {
        // np.quantile(range(1, 21), [0.1, 0.9]) = [2.9, 18.1].
        var interval = EmpiricalIntervals.Fit([.. Enumerable.Range(1, 20).Select(i => (double)i)], 0.8);
        Assert.Equal(2.9, interval.Lower, 12);
        Assert.Equal(18.1, interval.Upper, 12);

        ForecastPoint Point(double actual) => new("m", 1, 7, 0, actual, 100);
        Assert.Equal(0.5, EmpiricalIntervals.Coverage([Point(103), Point(118), Point(102), Point(119)], interval));
        Assert.True(interval.Covers(118.05, 100));
        Assert.False(interval.Covers(102.8, 100));
    }

    [Fact]
    public void Too_few_errors_or_a_percentage_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EmpiricalIntervals.Fit([1, 2, 3], 0.8));
        // An empty list (a filter on a model the backtest does not hold, such as the trees in the exercises app) says so.
        var empty = Assert.Throws<ArgumentException>(() => EmpiricalIntervals.Fit([], 0.8));
        Assert.Contains("none: the list of errors is empty", empty.Message);
        Assert.Contains("not in the exercises app", empty.Message);
        Assert.DoesNotContain("Backtest on more days", empty.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalIntervals.Fit([.. Enumerable.Range(0, 30).Select(i => (double)i)], 80));
    }
}
