using MLCourse.Charts;

namespace MLCourse.Tests.Library.Charts;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, new double[] { 2, 4, 6, 8 }, 1.0)]
    [InlineData(new double[] { 1, 2, 3, 4 }, new double[] { 4, 3, 2, 1 }, -1.0)]
    [InlineData(new double[] { 1, 2, 3 }, new double[] { 1, 3, 2 }, 0.5)]   // Σxy = 1, Σxx = 2, Σyy = 2: 1 / √4
    public void Correlation_matches_the_hand_computed_value(double[] x, double[] y, double expected)
    {
        Assert.Equal(expected, Statistics.Correlation(x.Select(v => (double?)v).ToList(), y.Select(v => (double?)v).ToList()), 12);
    }

    [Fact]
    public void Correlation_skips_rows_with_a_missing_value_and_is_NaN_for_a_constant_series()
    {
        Assert.Equal(0.5, Statistics.Correlation([1, 2, null, 3], [1, 3, 100, 2]), 12);
        Assert.True(double.IsNaN(Statistics.Correlation([1, 1, 1], [1, 2, 3])));
    }
}
