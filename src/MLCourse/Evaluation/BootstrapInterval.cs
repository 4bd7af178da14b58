using System.Globalization;

namespace MLCourse.Evaluation;

/// <summary>
/// A percentile-bootstrap confidence interval for a mean over test examples: draw as many examples as there are, with
/// replacement, many times; take the mean of each draw; the interval holds the middle <see cref="Confidence"/> share of
/// those means. Any score that is a mean over examples fits: accuracy (1 for a right answer, 0 for a wrong one), the
/// mean absolute error (each example's |error|), and the paired difference of two models scored on the same examples.
/// The seed is fixed, so the same values give the same interval. The bootstrap only resamples what happened: when every
/// value is the same (a perfect accuracy), every resample is too, and the interval has no width. For n examples without
/// a single mistake, the "rule of three" gives a 95% bound instead: the error rate is below 3 / n.
/// </summary>
public sealed record BootstrapInterval(double Estimate, double Low, double High, double Confidence)
{
    /// <summary>The interval for the mean of <paramref name="values"/>, one value per example.</summary>
    /// <exception cref="ArgumentException">No values, or a value that is not a number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A confidence outside (0, 1), or fewer than 100 resamples.</exception>
    public static BootstrapInterval OfMean(IReadOnlyList<double> values, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        Require.NotEmpty(values, nameof(values), "at least one value (one per test example)", "A bootstrap interval resamples the examples: give their values.");
        var bad = Enumerable.Range(0, values.Count).FirstOrDefault(i => !double.IsFinite(values[i]), -1);
        Require.That(bad < 0, nameof(values), "numbers only", $"{values[bad]} at value {bad}", "Drop or fix that example first.");
        Require.Number(confidence is > 0 and < 1, nameof(confidence), "a confidence between 0 and 1, both excluded", $"{confidence}",
            "Give a share: 0.95 for a 95% interval.");
        Require.AtLeast(resamples, 100, nameof(resamples), "resamples", "so that the interval's ends settle (2,000 is usual)");

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < values.Count; i++) sum += values[random.Next(values.Count)];
            means[r] = sum / values.Count;
        }
        Array.Sort(means);
        var tail = (1 - confidence) / 2;
        return new BootstrapInterval(values.Average(), Quantile(means, tail), Quantile(means, 1 - tail), confidence);
    }

    /// <summary>
    /// The interval for the mean paired difference <paramref name="first"/>[i] − <paramref name="second"/>[i], where both
    /// values of a pair belong to the same example (e.g. two models' errors on the same test car). Resampling pairs keeps
    /// what the examples share, so the interval is narrower, and fairer, than comparing two separate intervals.
    /// </summary>
    /// <exception cref="ArgumentException">Lists of different lengths, or any mistake <see cref="OfMean"/> rejects.</exception>
    public static BootstrapInterval OfDifference(IReadOnlyList<double> first, IReadOnlyList<double> second, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        Require.NotNull(first, nameof(first), "the first model's values, one per example");
        Require.NotNull(second, nameof(second), "the second model's values, one per example");
        Require.That(first.Count == second.Count, nameof(second), "one value per example from each model", $"{first.Count} and {second.Count}",
            "Score both models on the same examples, in the same order.");
        return OfMean(first.Zip(second, (a, b) => a - b).ToList(), confidence, resamples, seed);
    }

    /// <summary>Whether <paramref name="value"/> lies inside the interval (ends included).</summary>
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>"0.971 [0.928, 1.000]": the estimate, then the interval.</summary>
    public override string ToString() => ToString("0.000");

    /// <summary>The estimate and the interval with a number format, e.g. "0.00" for MPG.</summary>
    public string ToString(string format) => string.Format(CultureInfo.InvariantCulture, "{0} [{1}, {2}]",
        Estimate.ToString(format, CultureInfo.InvariantCulture), Low.ToString(format, CultureInfo.InvariantCulture), High.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Linear interpolation between the two nearest order statistics (NumPy's default percentile).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }
}
