using Microsoft.Data.Analysis;

namespace MLCourse.Forecasting;

/// <summary>
/// The features a tree model forecasts day t from, <c>horizon</c> days ahead, using only what is known on day
/// t − horizon: the value <c>lag</c> days before t for each of <see cref="Lags"/> (each at least the horizon: a shorter
/// lag would be a day not yet seen), the means of the 7 and 28 days up to t − horizon, the mean of the last 4 known
/// same weekdays, and the calendar of day t itself (known in advance): weekday, day of year, years since the series began,
/// and whether t is a holiday (<see cref="UsHolidays"/>) or the day before or after one.
/// With <c>lagsOnly</c>, the lags are the only features. Python: <c>y.shift(lag)</c>,
/// <c>y.rolling(7).mean().shift(horizon)</c> and <c>y.index.dayofweek</c>.
/// </summary>
public sealed class LagFeatures
{
    /// <summary>Features with these lags, in days before the target; with <paramref name="lagsOnly"/>, nothing else.</summary>
    /// <exception cref="ArgumentException">A lag below 1 or above 800, the same lag twice, or no lag at all with <paramref name="lagsOnly"/>.</exception>
    public LagFeatures(IEnumerable<int> lags, bool lagsOnly = false)
    {
        var list = Require.NotNull(lags?.ToList(), nameof(lags), "a list of lags (it may be empty)");
        Require.That(list.All(l => l is >= 1 and <= 800), nameof(lags), "lags from 1 to 800 days", $"[{string.Join(", ", list)}]",
            "A lag of 0 is the value being forecast itself; lag 7 is the same weekday a week before.");
        Require.That(list.Distinct().Count() == list.Count, nameof(lags), "each lag once", $"[{string.Join(", ", list)}]", "Drop the repeats.");
        Require.That(!lagsOnly || list.Count > 0, nameof(lags), "at least one lag when the lags are the only features", "none", "Give a lag such as 7.");
        Lags = [.. list.Order()];
        LagsOnly = lagsOnly;
    }

    /// <summary>Whether the lags are the only features (no means, no calendar).</summary>
    public bool LagsOnly { get; }

    /// <summary>The lags, in days before the target, in increasing order.</summary>
    public IReadOnlyList<int> Lags { get; }

    /// <summary>The features' names, in the order of <see cref="Row"/>.</summary>
    public IReadOnlyList<string> Names => LagsOnly ? [.. Lags.Select(l => $"lag_{l}")] :
        [.. Lags.Select(l => $"lag_{l}"), "mean_7", "mean_28", "same_weekday_mean_4", "weekday", "day_of_year", "years", "holiday", "before_holiday", "after_holiday"];

    /// <summary>The first day that has every feature at <paramref name="horizon"/>: all its lags and means fall inside the series.</summary>
    public int FirstTarget(int horizon) =>
        Math.Max(Lags.Count == 0 ? 0 : Lags[^1], Math.Max(horizon + 27, 7 * ((horizon + 6) / 7 + 3)));

    /// <summary>
    /// The features of day <paramref name="target"/> forecast <paramref name="horizon"/> days ahead, from
    /// <paramref name="values"/> (day 0 on <paramref name="start"/>; only days up to target − horizon are read).
    /// </summary>
    /// <exception cref="ArgumentException">A lag shorter than the horizon (it would read a day not yet known).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target before <see cref="FirstTarget"/> or past the values' end + horizon.</exception>
    public float[] Row(IReadOnlyList<double> values, DateTime start, int target, int horizon)
    {
        Require.Number(horizon >= 1, nameof(horizon), "a horizon of at least 1 day", $"{horizon}", "Horizon 1 forecasts tomorrow.");
        Require.That(Lags.Count == 0 || Lags[0] >= horizon, nameof(horizon), $"lags of at least {horizon} days, the horizon",
            $"lag {Lags.FirstOrDefault()}, which on the day of the forecast is {horizon - Lags.FirstOrDefault()} day(s) in the future",
            "A feature must be known when the forecast is made: drop the lags shorter than the horizon.");
        Require.Number(target >= FirstTarget(horizon) && target - horizon < values.Count, nameof(target),
            $"a day from {FirstTarget(horizon)} to {values.Count + horizon - 1}", $"{target}", "Earlier days lack the history these features need.");
        var last = target - horizon;
        var row = new float[Names.Count];
        for (var i = 0; i < Lags.Count; i++) row[i] = (float)values[target - Lags[i]];
        if (LagsOnly) return row;
        row[Lags.Count] = (float)Mean(values, last - 6, last, 1);
        row[Lags.Count + 1] = (float)Mean(values, last - 27, last, 1);
        var sameWeekday = target - 7 * ((horizon + 6) / 7);
        row[Lags.Count + 2] = (float)Mean(values, sameWeekday - 21, sameWeekday, 7);
        var date = start.AddDays(target);
        row[Lags.Count + 3] = ((int)date.DayOfWeek + 6) % 7;
        row[Lags.Count + 4] = date.DayOfYear;
        row[Lags.Count + 5] = (float)(target / 365.25);
        row[Lags.Count + 6] = UsHolidays.IsHoliday(date) ? 1 : 0;
        row[Lags.Count + 7] = UsHolidays.IsHoliday(date.AddDays(1)) ? 1 : 0;
        row[Lags.Count + 8] = UsHolidays.IsHoliday(date.AddDays(-1)) ? 1 : 0;
        return row;
    }

    /// <summary>Rows as a table, one Single column per feature, plus a <c>Label</c> column when <paramref name="labels"/> are given.</summary>
    public DataFrame Table(IReadOnlyList<float[]> rows, IReadOnlyList<double>? labels = null)
    {
        var columns = Names.Select((name, j) => (DataFrameColumn)new SingleDataFrameColumn(name, rows.Select(r => r[j]))).ToList();
        if (labels is not null) columns.Add(new SingleDataFrameColumn("Label", labels.Select(l => (float)l)));
        return new DataFrame(columns);
    }

    private static double Mean(IReadOnlyList<double> values, int from, int to, int step)
    {
        double sum = 0;
        var n = 0;
        for (var i = from; i <= to; i += step, n++) sum += values[i];
        return sum / n;
    }
}
