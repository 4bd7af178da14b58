namespace MLCourse.Forecasting;

/// <summary>
/// One origin of a rolling-origin backtest: the model is trained on the days before <see cref="Start"/> (an expanding
/// window) and scored on the days from <see cref="Start"/> up to, not including, <see cref="End"/>. At a horizon of
/// <c>h</c> days the first <c>h − 1</c> of them are left out (<see cref="TargetsAt"/>): their forecasts would be made
/// before the origin, by a model that had already seen days after that moment.
/// </summary>
public sealed record BacktestFold(int Number, int Start, int End)
{
    /// <summary>The days scored.</summary>
    public IReadOnlyList<int> Targets => [.. Enumerable.Range(Start, End - Start)];

    /// <summary>
    /// The days scored at <paramref name="horizon"/>: from <c>Start + horizon − 1</c> on, so that every forecast is made on
    /// or after the origin (day <c>t</c> at horizon <c>h</c> is forecast on the morning of day <c>t − h + 1</c>).
    /// Python: <c>TimeSeriesSplit(test_size=…, gap=horizon - 1)</c>.
    /// </summary>
    public IReadOnlyList<int> TargetsAt(int horizon)
    {
        Require.AtLeast(horizon, 1, nameof(horizon), "day", "A horizon is at least one day.");
        return [.. Enumerable.Range(Start + horizon - 1, Math.Max(0, End - Start - horizon + 1))];
    }
}
