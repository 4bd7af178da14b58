using Microsoft.Data.Analysis;

namespace MLCourse.Forecasting;

/// <summary>
/// A number per day, every day from <see cref="Start"/> on, without gaps: day i is <c>Start + i</c> days. Forecasting code
/// works with day numbers (indexes), so "the value 7 days before day t" is simply <c>Values[t - 7]</c>. Python: a pandas
/// Series with a daily <c>DatetimeIndex</c> (<c>asfreq("D")</c>).
/// </summary>
public sealed class DailySeries
{
    /// <summary>The date of the first value.</summary>
    public DateTime Start { get; }

    /// <summary>One value per day, in date order.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The number of days.</summary>
    public int Count => Values.Count;

    /// <summary>The date of the last value.</summary>
    public DateTime End => Start.AddDays(Count - 1);

    /// <summary>A series of <paramref name="values"/>, the first on <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentException">No values, or a missing (NaN) one.</exception>
    public DailySeries(DateTime start, IReadOnlyList<double> values)
    {
        Require.NotEmpty(values, nameof(values), "at least one value", "Give one value per day.");
        var missing = values.ToList().FindIndex(double.IsNaN);
        Require.That(missing < 0, nameof(values), "a value on every day", $"a missing (NaN) value on {start.AddDays(missing):yyyy-MM-dd}",
            "Fill or drop the gap first: forecasting code counts days by position.");
        (Start, Values) = (start.Date, values.ToArray());
    }

    /// <summary>
    /// Reads a series from a table with one row per day, in date order: <paramref name="dateColumn"/> (DateTime) and
    /// <paramref name="valueColumn"/> (any number column).
    /// </summary>
    /// <exception cref="ArgumentException">A missing column or value, or dates that are not consecutive days.</exception>
    public static DailySeries From(DataFrame frame, string dateColumn, string valueColumn)
    {
        var dates = Require.Column<PrimitiveDataFrameColumn<DateTime>>(frame, dateColumn, "DateTime", nameof(dateColumn));
        var values = Require.Column(frame, valueColumn, nameof(valueColumn));
        Require.That(dates.Length > 0, nameof(frame), "at least one row", "none", "Load the data first.");
        var start = dates[0] ?? DateTime.MinValue;
        for (long i = 0; i < dates.Length; i++)
            Require.That(dates[i] == start.AddDays(i), nameof(dateColumn), $"one row per day from {start:yyyy-MM-dd}, in order",
                $"{dates[i]:yyyy-MM-dd} in row {i}, where {start.AddDays(i):yyyy-MM-dd} belongs", "Sort by date and fill missing days (pandas: asfreq(\"D\")).");
        return new DailySeries(start, Enumerable.Range(0, (int)values.Length).Select(i => Convert.ToDouble(values[i] ?? double.NaN)).ToArray());
    }

    /// <summary>The date of day <paramref name="index"/>.</summary>
    public DateTime DateAt(int index) => Start.AddDays(index);

    /// <summary>The day number of <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date outside the series.</exception>
    public int IndexOf(DateTime date)
    {
        var index = (date.Date - Start).Days;
        Require.Number(index >= 0 && index < Count, nameof(date), $"a date from {Start:yyyy-MM-dd} to {End:yyyy-MM-dd}", $"{date:yyyy-MM-dd}",
            "Choose a day the series has.");
        return index;
    }

    /// <summary>The days before <paramref name="date"/>: what was known that morning.</summary>
    public DailySeries Before(DateTime date) => new(Start, Values.Take(IndexOf(date)).ToArray());
}
