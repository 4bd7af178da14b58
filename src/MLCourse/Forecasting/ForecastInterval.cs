namespace MLCourse.Forecasting;

/// <summary>
/// A prediction interval around a forecast, as offsets: the day's value should lie between forecast + <see cref="Lower"/>
/// and forecast + <see cref="Upper"/> with probability <see cref="Nominal"/> (e.g. 0.8), if the errors to come are like
/// the errors it was made from.
/// </summary>
public sealed record ForecastInterval(double Nominal, double Lower, double Upper)
{
    /// <summary>Whether <paramref name="actual"/> fell inside the interval around <paramref name="forecast"/>.</summary>
    public bool Covers(double actual, double forecast) => actual >= forecast + Lower && actual <= forecast + Upper;
}
