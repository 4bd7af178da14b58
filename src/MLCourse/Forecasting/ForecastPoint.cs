namespace MLCourse.Forecasting;

/// <summary>One forecast of a backtest: which model, fold and horizon, the day, what happened and what was forecast.</summary>
public sealed record ForecastPoint(string Model, int Fold, int Horizon, int Target, double Actual, double Forecast)
{
    /// <summary>Actual − forecast: positive when the forecast was too low.</summary>
    public double Error => Actual - Forecast;
}
