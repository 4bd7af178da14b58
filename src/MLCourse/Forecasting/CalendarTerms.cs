namespace MLCourse.Forecasting;

/// <summary>
/// The calendar as numbers for a linear model: six weekday dummies (Monday is the reference, so they say how much each
/// other weekday differs from Monday), K pairs of Fourier terms sin(2πk·d/365.25), cos(2πk·d/365.25) for the day of the
/// year d (a smooth yearly shape: k = 1 is one wave a year, higher k add detail), a holiday flag (<see cref="UsHolidays"/>)
/// and a linear trend in years. Python: <c>pd.get_dummies(dayofweek)</c>, and statsmodels' <c>DeterministicProcess</c> with
/// <c>CalendarFourier</c>.
/// </summary>
public sealed class CalendarTerms
{
    /// <summary>Terms with <paramref name="fourierPairs"/> sine–cosine pairs for the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 0 or more than 20 pairs.</exception>
    public CalendarTerms(int fourierPairs = 4)
    {
        Require.Number(fourierPairs is >= 0 and <= 20, nameof(fourierPairs), "from 0 to 20 Fourier pairs", $"{fourierPairs}",
            "A handful describes a yearly shape; many more chase noise.");
        FourierPairs = fourierPairs;
    }

    /// <summary>How many sine–cosine pairs describe the year.</summary>
    public int FourierPairs { get; }

    /// <summary>The terms' names, in the order of <see cref="Row"/>.</summary>
    public IReadOnlyList<string> Names =>
    [
        .. new[] { "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
        .. Enumerable.Range(1, FourierPairs).SelectMany(k => new[] { $"sin {k}", $"cos {k}" }),
        "holiday", "years",
    ];

    /// <summary>The terms of <paramref name="date"/>; <paramref name="origin"/> is where the trend's years count from.</summary>
    public float[] Row(DateTime date, DateTime origin)
    {
        var row = new float[6 + 2 * FourierPairs + 2];
        var weekday = ((int)date.DayOfWeek + 6) % 7;   // Monday 0 … Sunday 6
        if (weekday > 0) row[weekday - 1] = 1;
        for (var k = 1; k <= FourierPairs; k++)
        {
            var angle = 2 * Math.PI * k * date.DayOfYear / 365.25;
            row[6 + 2 * (k - 1)] = (float)Math.Sin(angle);
            row[7 + 2 * (k - 1)] = (float)Math.Cos(angle);
        }
        row[^2] = UsHolidays.IsHoliday(date) ? 1 : 0;
        row[^1] = (float)((date - origin).TotalDays / 365.25);
        return row;
    }
}
