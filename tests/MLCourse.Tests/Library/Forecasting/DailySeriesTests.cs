using Microsoft.Data.Analysis;
using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class DailySeriesTests
{
    private static DataFrame Days(params DateTime[] dates) => new(
        new PrimitiveDataFrameColumn<DateTime>("date", dates),
        new Int32DataFrameColumn("births", dates.Select((_, i) => 100 + i)));

    [Fact]
    public void Reads_one_value_per_day_and_counts_days_by_position()
    {
        var series = DailySeries.From(Days(new(1987, 12, 30), new(1987, 12, 31), new(1988, 1, 1)), "date", "births");

        Assert.Equal([100.0, 101.0, 102.0], series.Values);
        Assert.Equal(new DateTime(1988, 1, 1), series.End);
        Assert.Equal(new DateTime(1987, 12, 31), series.DateAt(1));
        Assert.Equal(2, series.IndexOf(new DateTime(1988, 1, 1)));
        Assert.Equal([100.0], series.Before(new DateTime(1987, 12, 31)).Values);
    }

    [Fact]
    public void A_gap_a_missing_value_or_a_day_outside_is_refused_with_what_to_do()
    {
        var gap = Assert.Throws<ArgumentException>(() => DailySeries.From(Days(new(1987, 1, 1), new(1987, 1, 3)), "date", "births"));
        Assert.Contains("1987-01-03 in row 1, where 1987-01-02 belongs", gap.Message);
        Assert.Contains("asfreq", gap.Message);
        Assert.Throws<ArgumentException>(() => new DailySeries(new DateTime(1987, 1, 1), [1, double.NaN]));
        var series = new DailySeries(new DateTime(1987, 1, 1), [1, 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => series.IndexOf(new DateTime(1987, 1, 3)));
    }
}
