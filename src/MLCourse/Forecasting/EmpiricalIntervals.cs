namespace MLCourse.Forecasting;

/// <summary>
/// Prediction intervals from past errors, with no assumption about their shape: the interval that held
/// <c>nominal</c> of the backtest's errors (actual − forecast) between its quantiles (1 − nominal) / 2 and (1 + nominal) / 2.
/// Made from earlier origins and checked on later ones, it is an honest interval: its coverage is measured, not assumed.
/// Python: <c>np.quantile(errors, [0.1, 0.9])</c>; split-conformal prediction (MAPIE) is the same idea.
/// </summary>
public static class EmpiricalIntervals
{
    /// <summary>The interval holding <paramref name="nominal"/> of <paramref name="errors"/> (quantiles by linear interpolation, NumPy's default).</summary>
    /// <exception cref="ArgumentException">Fewer than 20 errors, or a nominal coverage outside (0, 1).</exception>
    public static ForecastInterval Fit(IEnumerable<double> errors, double nominal)
    {
        var sorted = errors.Order().ToArray();
        Require.That(sorted.Length >= 20, nameof(errors), "at least 20 past errors",
            $"{(sorted.Length == 0 ? "none: the list of errors is empty" : sorted.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}",
            $"{(sorted.Length == 0
                ? "Check the filter that chose them: does the backtest hold that model at that horizon? A model's errors exist only where it ran: the lesson's trees run in the notebook and the lesson's app, not in the exercises app, whose backtest holds the baselines only."
                : "Backtest on more days.")}");
        Require.Number(nominal is > 0 and < 1, nameof(nominal), "a coverage between 0 and 1, such as 0.8", $"{nominal}", "Give it as a share, not a percentage.");
        return new ForecastInterval(nominal, Quantile(sorted, (1 - nominal) / 2), Quantile(sorted, (1 + nominal) / 2));
    }

    /// <summary>The share of <paramref name="points"/> whose actual value the interval around its forecast covers.</summary>
    public static double Coverage(IEnumerable<ForecastPoint> points, ForecastInterval interval)
    {
        var list = points.ToList();
        Require.NotEmpty(list, nameof(points), "forecasts to check the interval on", "Give the later folds' forecasts.");
        return list.Count(p => interval.Covers(p.Actual, p.Forecast)) / (double)list.Count;
    }

    /// <summary>The q-quantile of sorted values, interpolating linearly between order statistics (NumPy's "linear").</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
