namespace MLCourse.Forecasting;

/// <summary>
/// The errors of a forecast: MAE (mean absolute error, in the series' units), MAPE (mean absolute percentage error) and
/// the scale of MASE (Hyndman and Koehler, 2006): the in-sample MAE of the seasonal naive forecast on the training part,
/// so that MASE = MAE / scale is below 1 exactly when a forecast beats what "same day last season" did in training.
/// </summary>
public static class ForecastErrors
{
    /// <summary>Mean |actual − forecast|. Python: <c>sklearn.metrics.mean_absolute_error</c>.</summary>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> forecast) => Pairs(actual, forecast).Average(p => Math.Abs(p.A - p.F));

    /// <summary>Mean |actual − forecast| / |actual|, in percent. Python: <c>mean_absolute_percentage_error</c> × 100.</summary>
    public static double Mape(IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        Require.That(actual.All(a => a != 0), nameof(actual), "no actual value of 0", "a 0", "MAPE divides by the actual value: use MAE or MASE instead.");
        return 100 * Pairs(actual, forecast).Average(p => Math.Abs(p.A - p.F) / Math.Abs(p.A));
    }

    /// <summary>
    /// MASE's denominator: the mean of |y[t] − y[t − period]| over the training values (the seasonal naive forecast's
    /// one-step in-sample MAE). Python: <c>sktime</c>'s <c>MeanAbsoluteScaledError(sp=7)</c> computes the same.
    /// </summary>
    public static double MaseScale(IReadOnlyList<double> training, int period)
    {
        Require.AtLeast(period, 1, nameof(period), "day", "Use the season's length, 7 for a week.");
        Require.Number(training.Count > period, nameof(training), $"more than {period} training values", $"{training.Count}", "Train on more days.");
        var sum = 0.0;
        for (var t = period; t < training.Count; t++) sum += Math.Abs(training[t] - training[t - period]);
        return sum / (training.Count - period);
    }

    private static IEnumerable<(double A, double F)> Pairs(IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        Require.That(actual.Count == forecast.Count && actual.Count > 0, nameof(forecast), $"{actual.Count} forecasts, one per actual value",
            $"{forecast.Count}", "Forecast every day you score.");
        return actual.Zip(forecast);
    }
}
