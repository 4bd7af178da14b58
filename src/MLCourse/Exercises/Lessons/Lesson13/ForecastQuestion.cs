using System.Globalization;

namespace MLCourse.Exercises;

/// <summary>
/// What a forecaster is asked in exercise 13.1: the value of <see cref="TargetDate"/>, <see cref="Horizon"/> days ahead,
/// knowing <see cref="History"/>, every day from 1969-01-01 up to and including day <c>TargetDate − Horizon</c>, the last day
/// known on the morning the forecast is made (the lesson's section 2), so <c>History[^1]</c> is the last known day.
/// </summary>
public sealed record ForecastQuestion(IReadOnlyList<double> History, DateTime TargetDate, int Horizon)
{
    /// <summary>A short description for feedback (the history itself is thousands of numbers).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"(TargetDate = {TargetDate:yyyy-MM-dd}, Horizon = {Horizon}, History = {History.Count:N0} days ending {TargetDate.AddDays(-Horizon):yyyy-MM-dd})");
}
