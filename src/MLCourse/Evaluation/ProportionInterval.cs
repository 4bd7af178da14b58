using System.Globalization;

namespace MLCourse.Evaluation;

/// <summary>
/// The exact (Clopper–Pearson) confidence interval for a rate measured as a count: <see cref="Count"/> events in
/// <see cref="Trials"/> tries (e.g. 16 real e-mails flagged among 675). Its ends are the rates under which a count at
/// least as extreme as the one seen has probability (1 − confidence) / 2 under the binomial distribution, so it is never
/// too narrow. <see cref="UpperBound"/> is the one-sided bound: with 0 events in n tries it is 1 − (1 − confidence)^(1/n),
/// about 3 / n for 95% (the "rule of three").
/// </summary>
public sealed record ProportionInterval(int Count, int Trials, double Low, double High, double Confidence)
{
    /// <summary>The measured rate, <see cref="Count"/> / <see cref="Trials"/>.</summary>
    public double Rate => (double)Count / Trials;

    /// <summary>The two-sided Clopper–Pearson interval for <paramref name="count"/> events in <paramref name="trials"/> tries.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No tries, a count outside 0…trials, or a confidence outside (0, 1).</exception>
    public static ProportionInterval ClopperPearson(int count, int trials, double confidence = 0.95)
    {
        Check(count, trials, confidence);
        var tail = (1 - confidence) / 2;
        var low = count == 0 ? 0 : Solve(p => CumulativeBinomial(count - 1, trials, p), 1 - tail);   // P(X ≥ count) = tail
        var high = count == trials ? 1 : Solve(p => CumulativeBinomial(count, trials, p), tail);               // P(X ≤ count) = tail
        return new ProportionInterval(count, trials, low, high, confidence);
    }

    /// <summary>The one-sided Clopper–Pearson upper bound: the highest rate under which a count this low has probability 1 − confidence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No tries, a count outside 0…trials, or a confidence outside (0, 1).</exception>
    public static double UpperBound(int count, int trials, double confidence = 0.95)
    {
        Check(count, trials, confidence);
        return count == trials ? 1 : Solve(p => CumulativeBinomial(count, trials, p), 1 - confidence);
    }

    private static void Check(int count, int trials, double confidence)
    {
        Require.AtLeast(trials, 1, nameof(trials), "tries", "so that there is a rate to measure");
        Require.Number(count >= 0 && count <= trials, nameof(count), $"a count from 0 to the {trials} tries", $"{count}",
            "Count the events among the tries, e.g. the real e-mails flagged among all real e-mails.");
        Require.Number(confidence is > 0 and < 1, nameof(confidence), "a confidence between 0 and 1, both excluded", $"{confidence}",
            "Give a share: 0.95 for a 95% interval.");
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p), summed in log space (exact to rounding for any n a lesson meets).</summary>
    internal static double CumulativeBinomial(int k, int n, double p)
    {
        if (k < 0) return 0;
        if (k >= n || p <= 0) return 1;
        if (p >= 1) return 0;
        double logChoose = 0, sum = 0;   // log C(n, i), built up one factor at a time
        for (var i = 0; i <= k; i++)
        {
            if (i > 0) logChoose += Math.Log(n - i + 1) - Math.Log(i);
            sum += Math.Exp(logChoose + i * Math.Log(p) + (n - i) * Math.Log(1 - p));
        }
        return Math.Min(sum, 1);
    }

    /// <summary>The p in (0, 1) where the decreasing function <paramref name="f"/> equals <paramref name="target"/>, by bisection.</summary>
    private static double Solve(Func<double, double> f, double target)
    {
        double low = 0, high = 1;
        for (var step = 0; step < 100; step++)
        {
            var middle = (low + high) / 2;
            if (f(middle) > target) low = middle; else high = middle;
        }
        return (low + high) / 2;
    }

    /// <summary>"16 of 675 = 2.37% [1.36%, 3.82%]": the count, the rate, then the interval.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} of {1} = {2:0.00%} [{3:0.00%}, {4:0.00%}]", Count, Trials, Rate, Low, High);
}
