namespace MLCourse.Forecasting;

/// <summary>
/// A model's backtest errors at one horizon: MAE over every scored day, its spread (the standard deviation of the folds'
/// MAEs), MAPE in percent, MASE (each fold's MAE over its training part's seasonal-naive scale, averaged over folds), and
/// the MAE relative to the reference forecast's on the same days (below 1: better than the reference).
/// </summary>
public sealed record ForecastScore(string Model, int Horizon, double Mae, double MaeSpread, double Mape, double Mase, double RelativeMae);
