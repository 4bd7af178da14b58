namespace MLCourse.Forecasting;

/// <summary>Summarizes a backtest's <see cref="ForecastPoint"/>s into one <see cref="ForecastScore"/> per model and horizon.</summary>
public static class ForecastScores
{
    /// <summary>
    /// The scores of every model and horizon in <paramref name="points"/>, in the order they first appear. MASE's scale for a
    /// fold is <see cref="ForecastErrors.MaseScale"/> of the days before the fold with <paramref name="period"/>;
    /// <paramref name="reference"/> names the model every other is compared with, on the same days.
    /// </summary>
    /// <exception cref="ArgumentException">No points, or no points of the reference model for a fold and horizon that another model has.</exception>
    public static IReadOnlyList<ForecastScore> Of(IReadOnlyList<ForecastPoint> points, DailySeries series, IReadOnlyList<BacktestFold> folds,
        string reference, int period = 7)
    {
        Require.NotEmpty(points, nameof(points), "backtest forecasts", "Run RollingOrigin.Run first.");
        var scales = folds.ToDictionary(f => f.Number, f => ForecastErrors.MaseScale([.. series.Values.Take(f.Start)], period));
        var referenceErrors = points.Where(p => p.Model == reference).ToDictionary(p => (p.Fold, p.Horizon, p.Target), p => Math.Abs(p.Error));
        return [.. points.GroupBy(p => (p.Model, p.Horizon)).Select(group =>
        {
            var list = group.ToList();
            var byFold = list.GroupBy(p => p.Fold).Select(f => (Fold: f.Key, Mae: f.Average(p => Math.Abs(p.Error)))).ToList();
            var foldMean = byFold.Average(f => f.Mae);
            var spread = byFold.Count > 1 ? Math.Sqrt(byFold.Sum(f => (f.Mae - foldMean) * (f.Mae - foldMean)) / (byFold.Count - 1)) : 0;
            var missing = list.FirstOrDefault(p => !referenceErrors.ContainsKey((p.Fold, p.Horizon, p.Target)));
            Require.That(missing is null, nameof(reference), $"forecasts of '{reference}' on every day the others forecast",
                $"none for day {missing?.Target} at horizon {missing?.Horizon} in fold {missing?.Fold}", "Backtest the reference on the same folds and horizons.");
            var referenceMae = list.Average(p => referenceErrors[(p.Fold, p.Horizon, p.Target)]);
            var mae = list.Average(p => Math.Abs(p.Error));
            return new ForecastScore(group.Key.Model, group.Key.Horizon, mae, spread,
                ForecastErrors.Mape([.. list.Select(p => p.Actual)], [.. list.Select(p => p.Forecast)]),
                byFold.Average(f => f.Mae / scales[f.Fold]), mae / referenceMae);
        })];
    }
}
