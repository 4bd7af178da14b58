namespace MLCourse.Forecasting;

/// <summary>
/// One origin of a rolling-origin backtest: the model is trained on the days before <see cref="Start"/> (an expanding
/// window) and scored on the days from <see cref="Start"/> up to, not including, <see cref="End"/>.
/// </summary>
public sealed record BacktestFold(int Number, int Start, int End)
{
    /// <summary>The days scored.</summary>
    public IReadOnlyList<int> Targets => [.. Enumerable.Range(Start, End - Start)];
}
