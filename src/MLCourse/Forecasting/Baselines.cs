namespace MLCourse.Forecasting;

/// <summary>
/// The simple forecasts every model must beat. Each is a function (target day, horizon) → forecast that uses only the
/// days up to <c>target − horizon</c>, the last day known when the forecast is made <c>horizon</c> days ahead.
/// </summary>
public static class Baselines
{
    /// <summary>Naive: the last known day. Python: <c>y.shift(h)</c>.</summary>
    public static Func<int, int, double> Naive(DailySeries series) => (target, horizon) => Known(series, target, horizon)[target - horizon];

    /// <summary>
    /// Seasonal naive: the same day of the last known season, <c>period</c> × ceil(horizon / period) days back (with a
    /// period of 7, the same weekday in the last week known). Python: <c>y.shift(7)</c> for horizons up to 7.
    /// </summary>
    public static Func<int, int, double> SeasonalNaive(DailySeries series, int period)
    {
        Require.AtLeast(period, 1, nameof(period), "day", "A season is at least one day long (7 for a week, 364 for 52 weeks).");
        return (target, horizon) => Known(series, target, horizon)[target - period * ((horizon + period - 1) / period)];
    }

    /// <summary>The mean of the last <paramref name="window"/> known days. Python: <c>y.rolling(window).mean().shift(h)</c>.</summary>
    public static Func<int, int, double> MovingAverage(DailySeries series, int window)
    {
        Require.AtLeast(window, 1, nameof(window), "day", "Average at least one day.");
        return (target, horizon) =>
        {
            var values = Known(series, target, horizon);
            var last = target - horizon;
            Require.Number(last - window + 1 >= 0, nameof(target), $"a day with {window} known days before it", $"day {target}", "Forecast later days.");
            var sum = 0.0;
            for (var i = last - window + 1; i <= last; i++) sum += values[i];
            return sum / window;
        };
    }

    private static IReadOnlyList<double> Known(DailySeries series, int target, int horizon)
    {
        Require.Number(horizon >= 1, nameof(horizon), "a horizon of at least 1 day", $"{horizon}", "Horizon 1 forecasts tomorrow.");
        Require.Number(target >= horizon && target < series.Count + horizon, nameof(target), $"a day from {horizon} to {series.Count + horizon - 1}",
            $"{target}", "The forecast needs a known day before the target.");
        return series.Values;
    }
}
