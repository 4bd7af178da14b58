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
    /// <exception cref="ArgumentException">No values, a value that is not a number, a confidence outside (0, 1), or fewer than 100 resamples.</exception>
    public static BootstrapInterval OfMean(IReadOnlyList<double> values, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("A bootstrap interval needs at least one value (one per test example); got none.", nameof(values));
        var bad = Enumerable.Range(0, values.Count).FirstOrDefault(i => !double.IsFinite(values[i]), -1);
        if (bad >= 0) throw new ArgumentException($"Value {bad} is {values[bad]}, not a number: drop or fix that example first.", nameof(values));
        if (confidence is <= 0 or >= 1) throw new ArgumentException($"The confidence is a share between 0 and 1 (0.95 for a 95% interval); got {confidence}.", nameof(confidence));
        if (resamples < 100) throw new ArgumentException($"Use at least 100 resamples (2,000 is usual) for the interval's ends to settle; got {resamples}.", nameof(resamples));

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
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
            throw new ArgumentException($"Paired values come one per example from both models: got {first.Count} and {second.Count}. Score both on the same examples, in the same order.", nameof(second));
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
