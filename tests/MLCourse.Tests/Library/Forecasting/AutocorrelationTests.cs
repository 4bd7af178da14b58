using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class AutocorrelationTests
{
    [Fact]
    public void An_alternating_series_by_hand()
    {
        // +1, −1, … (n = 10, mean 0, Σy² = 10): lag k sums n − k products of ±1, all −1 for odd k, +1 for even k.
        var acf = Autocorrelation.Of([.. Enumerable.Range(0, 10).Select(t => t % 2 == 0 ? 1.0 : -1.0)], 3);

        Assert.Equal([1.0, -0.9, 0.8, -0.7], acf.Select(a => Math.Round(a, 12)));
    }

    [Fact]
    public void A_constant_series_or_too_few_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Autocorrelation.Of([2, 2, 2, 2], 1));
        Assert.Throws<ArgumentException>(() => Autocorrelation.Of([1, 2, 3], 2));
    }
}
