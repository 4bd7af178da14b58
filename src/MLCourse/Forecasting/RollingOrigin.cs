namespace MLCourse.Forecasting;

/// <summary>
/// Rolling-origin evaluation (Tashman, 2000), the honest way to score a forecast: for each origin, train on everything
/// before it (an expanding window), forecast the days after it, and only then move the origin on. No fold ever trains on
/// a day later than the morning its forecast is made: at horizon h, a fold scores the days from origin + h − 1 on
/// (<see cref="BacktestFold.TargetsAt"/>). Python: scikit-learn's <c>TimeSeriesSplit</c> (expanding by default) with
/// <c>gap=h - 1</c>, or sktime's <c>ExpandingWindowSplitter</c>.
/// </summary>
public static class RollingOrigin
{
    /// <summary>
    /// <paramref name="count"/> folds of <paramref name="months"/> months each, the first starting on
    /// <paramref name="firstOrigin"/>, each ending where the next begins.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An origin before the series' second year, or folds that run past its end.</exception>
    public static IReadOnlyList<BacktestFold> Folds(DailySeries series, DateTime firstOrigin, int months, int count)
    {
        Require.AtLeast(months, 1, nameof(months), "month", "A fold is at least a month long.");
        Require.AtLeast(count, 1, nameof(count), "fold", "Backtest at least one origin.");
        Require.Number(firstOrigin >= series.Start.AddYears(2), nameof(firstOrigin), $"an origin from {series.Start.AddYears(2):yyyy-MM-dd} on (two years to train on)",
            $"{firstOrigin:yyyy-MM-dd}", "Start the backtest later.");
        var last = firstOrigin.AddMonths(months * count);
        Require.Number(last <= series.End.AddDays(1), nameof(count), $"folds that end by {series.End:yyyy-MM-dd}", $"{count} folds ending on {last.AddDays(-1):yyyy-MM-dd}",
            "Use fewer or shorter folds.");
        return [.. Enumerable.Range(0, count).Select(i => new BacktestFold(i + 1,
            series.IndexOf(firstOrigin.AddMonths(months * i)), (firstOrigin.AddMonths(months * (i + 1)) - series.Start).Days))];
    }

    /// <summary>
    /// Runs one model through every fold and horizon: <paramref name="forecast"/>(fold, horizon, days) trains on the days
    /// before the fold (it is given only the fold) and returns the forecasts of those days, each made horizon days ahead.
    /// The days are the fold's <see cref="BacktestFold.TargetsAt"/>(horizon): none is forecast before the origin.
    /// </summary>
    public static IReadOnlyList<ForecastPoint> Run(DailySeries series, IReadOnlyList<BacktestFold> folds, IReadOnlyList<int> horizons, string model,
        Func<BacktestFold, int, IReadOnlyList<int>, IReadOnlyList<double>> forecast)
    {
        var points = new List<ForecastPoint>();
        foreach (var fold in folds)
            foreach (var horizon in horizons)
            {
                var targets = fold.TargetsAt(horizon);
                var forecasts = forecast(fold, horizon, targets);
                Require.That(forecasts.Count == targets.Count, nameof(forecast), $"{targets.Count} forecasts for fold {fold.Number}", $"{forecasts.Count}",
                    "Return one forecast per day asked for.");
                points.AddRange(targets.Select((t, i) => new ForecastPoint(model, fold.Number, horizon, t, series.Values[t], forecasts[i])));
            }
        return points;
    }

    /// <summary>A forecast function (target, horizon) → forecast, such as a baseline, run through every fold and horizon.</summary>
    public static IReadOnlyList<ForecastPoint> Run(DailySeries series, IReadOnlyList<BacktestFold> folds, IReadOnlyList<int> horizons, string model,
        Func<int, int, double> forecast) =>
        Run(series, folds, horizons, model, (_, horizon, targets) => [.. targets.Select(t => forecast(t, horizon))]);
}
