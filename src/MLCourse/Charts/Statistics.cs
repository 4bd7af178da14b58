using Microsoft.Data.Analysis;

namespace MLCourse.Charts;

/// <summary>Summary numbers the charts need.</summary>
public static class Statistics
{
    /// <summary>
    /// Pearson correlation of two series, over the rows where both are present:
    /// r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² · Σ(y−ȳ)²). NaN when fewer than two such rows or a series does not vary.
    /// </summary>
    public static double Correlation(IReadOnlyList<double?> x, IReadOnlyList<double?> y)
    {
        Require.NotNull(x, nameof(x), "the first series");
        Require.NotNull(y, nameof(y), "the second series");
        Require.That(x.Count == y.Count, nameof(y), "two series of the same length", $"{x.Count} and {y.Count} values",
            "Pair each x with its y: take both from the same rows.");
        var pairs = x.Zip(y).Where(p => p.First is not null && p.Second is not null).Select(p => (X: p.First!.Value, Y: p.Second!.Value)).ToList();
        if (pairs.Count < 2) return double.NaN;
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (a, b) in pairs)
        {
            sxy += (a - mx) * (b - my);
            sxx += (a - mx) * (a - mx);
            syy += (b - my) * (b - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>The correlation of every pair of <paramref name="columns"/>: a symmetric matrix with 1 on the diagonal.</summary>
    public static double[][] CorrelationMatrix(DataFrame frame, IReadOnlyList<string> columns)
    {
        var values = columns.Select(c => ChartData.Numbers(frame, c, "a correlation")).ToList();
        return values.Select(a => values.Select(b => Math.Round(Correlation(a, b), 6)).ToArray()).ToArray();
    }
}
