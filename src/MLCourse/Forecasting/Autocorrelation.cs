namespace MLCourse.Forecasting;

/// <summary>
/// The sample autocorrelation function, computed by hand: at lag k, Σ (y[t] − ȳ)(y[t+k] − ȳ) / Σ (y[t] − ȳ)², the
/// usual estimate (Box and Jenkins; statsmodels' <c>acf</c>, pandas' <c>autocorr</c> is close but re-centres each part).
/// </summary>
public static class Autocorrelation
{
    /// <summary>The autocorrelation at lags 0 to <paramref name="maxLag"/> (element k is lag k; lag 0 is 1).</summary>
    /// <exception cref="ArgumentException">Fewer values than maxLag + 2, or a constant series.</exception>
    public static double[] Of(IReadOnlyList<double> values, int maxLag)
    {
        Require.AtLeast(maxLag, 0, nameof(maxLag), "lag", "Lag 0 is the series with itself.");
        Require.That(values.Count >= maxLag + 2, nameof(values), $"at least {maxLag + 2} values for lags up to {maxLag}", $"{values.Count}", "Use fewer lags.");
        var mean = values.Average();
        var centred = values.Select(v => v - mean).ToArray();
        var total = centred.Sum(c => c * c);
        Require.That(total > 0, nameof(values), "values that vary", "a constant series", "A constant has no autocorrelation.");
        var acf = new double[maxLag + 1];
        for (var k = 0; k <= maxLag; k++)
        {
            var sum = 0.0;
            for (var t = 0; t + k < centred.Length; t++) sum += centred[t] * centred[t + k];
            acf[k] = sum / total;
        }
        return acf;
    }
}
