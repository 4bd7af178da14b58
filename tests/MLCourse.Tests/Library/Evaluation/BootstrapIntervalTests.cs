using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class BootstrapIntervalTests
{
    [Fact]
    public void Identical_values_have_no_spread()
    {
        var interval = BootstrapInterval.OfMean([2.5, 2.5, 2.5]);

        Assert.Equal((2.5, 2.5, 2.5), (interval.Estimate, interval.Low, interval.High));
    }

    [Fact]
    public void Two_values_give_the_whole_range()
    {
        // A resample of {0, 1} has mean 0 with probability 1/4, 1/2 with 1/2 and 1 with 1/4: the 2.5% and 97.5% ends are 0 and 1.
        var interval = BootstrapInterval.OfMean([0.0, 1.0]);

        Assert.Equal((0.5, 0.0, 1.0), (interval.Estimate, interval.Low, interval.High));
    }

    [Fact]
    public void An_accuracy_interval_has_the_binomial_ends()
    {
        // 66 right of 69. A resample's number right is Binomial(69, 66/69): P(≤ 61) = 1.0% and P(≤ 62) = 3.0% (scipy), so
        // the 2.5% end is 62/69 = 0.899 (the normal approximation p − 1.96·√(p(1 − p)/69) says 0.908); P(69 right) = 4.7%,
        // so the 97.5% end is 1.
        var answers = Enumerable.Repeat(1.0, 66).Concat(Enumerable.Repeat(0.0, 3)).ToList();
        var interval = BootstrapInterval.OfMean(answers);

        Assert.Equal(66.0 / 69, interval.Estimate, 12);
        Assert.Equal(62.0 / 69, interval.Low, 12);
        Assert.Equal(1.0, interval.High);
        Assert.True(interval.Contains(0.95) && !interval.Contains(0.85));
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval()
    {
        var values = Enumerable.Range(0, 50).Select(i => Math.Sin(i) * 3).ToList();

        Assert.Equal(BootstrapInterval.OfMean(values, seed: 7), BootstrapInterval.OfMean(values, seed: 7));
        Assert.NotEqual(BootstrapInterval.OfMean(values, seed: 7).Low, BootstrapInterval.OfMean(values, seed: 8).Low);
    }

    [Fact]
    public void A_paired_difference_resamples_pairs()
    {
        // The second model's error is always the first's minus 1: every pair differs by exactly 1, so the interval is [1, 1],
        // though each model's own errors vary widely.
        var first = new[] { 3.0, 9.0, 1.0, 5.0 };
        var interval = BootstrapInterval.OfDifference(first, first.Select(e => e - 1).ToList());

        Assert.Equal((1.0, 1.0, 1.0), (interval.Estimate, interval.Low, interval.High));
        Assert.Equal("1.000 [1.000, 1.000]", interval.ToString());
        Assert.Equal("1.0 [1.0, 1.0]", interval.ToString("0.0"));
    }

    [Fact]
    public void Bad_inputs_are_explained()
    {
        Assert.StartsWith("Expected at least one value (one per test example); found none.", Assert.Throws<ArgumentException>(() => BootstrapInterval.OfMean([])).Message);
        Assert.StartsWith("Expected numbers only; found NaN at value 1. Drop or fix that example first.", Assert.Throws<ArgumentException>(() => BootstrapInterval.OfMean([1, double.NaN])).Message);
        Assert.Equal("Expected a confidence between 0 and 1, both excluded; found 95. Give a share: 0.95 for a 95% interval. (Parameter 'confidence')",
            Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapInterval.OfMean([1, 2], confidence: 95)).Message);
        Assert.StartsWith("Expected at least 100 resamples; found 10.", Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapInterval.OfMean([1, 2], resamples: 10)).Message);
        Assert.StartsWith("Expected one value per example from each model; found 2 and 3.", Assert.Throws<ArgumentException>(() => BootstrapInterval.OfDifference([1, 2], [1, 2, 3])).Message);
    }
}
