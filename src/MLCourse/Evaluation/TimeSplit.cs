using Microsoft.Data.Analysis;

namespace MLCourse.Evaluation;

/// <summary>
/// A train/test split by time: the rows before a cutoff train, the rows from the cutoff on test. For data that arrives
/// day by day (weather, sales, sensor readings) this is the honest split: the model is scored on a future it has not
/// seen, as it will be used. A random split would put each test day between training days, and neighbouring days
/// are alike, so it flatters the model. Python: a boolean mask on a date column, or scikit-learn's <c>TimeSeriesSplit</c>.
/// </summary>
public static class TimeSplit
{
    /// <summary>Splits <paramref name="frame"/> at <paramref name="cutoff"/> by <paramref name="dateColumn"/>; both parts keep their row order.</summary>
    /// <exception cref="ArgumentException">No such date column, a missing date, or a cutoff that leaves one part empty.</exception>
    public static (DataFrame Train, DataFrame Test) Before(DataFrame frame, string dateColumn, DateTime cutoff)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Columns.IndexOf(dateColumn) < 0 || frame[dateColumn].DataType != typeof(DateTime))
            throw new ArgumentException($"A time split needs a DateTime column named '{dateColumn}'. The columns are: " +
                string.Join(", ", frame.Columns.Select(c => $"{c.Name} ({c.DataType.Name})")) + ".", nameof(dateColumn));
        var dates = frame[dateColumn].Cast<DateTime?>().ToList();
        var missing = dates.IndexOf(null);
        if (missing >= 0)
            throw new ArgumentException($"Row {missing} has no '{dateColumn}': drop rows without a date before splitting by time.", nameof(dateColumn));

        var inTest = new BooleanDataFrameColumn("test", dates.Select(d => d >= cutoff));
        var testRows = inTest.Count(t => t == true);
        if (testRows == 0 || testRows == dates.Count)
            throw new ArgumentException($"The cutoff {cutoff:yyyy-MM-dd} puts every row in the {(testRows == 0 ? "training" : "test")} part: " +
                $"the dates run from {dates.Min():yyyy-MM-dd} to {dates.Max():yyyy-MM-dd}. Choose a cutoff between them.", nameof(cutoff));
        return (frame.Filter(inTest.ElementwiseEquals(false)), frame.Filter(inTest));
    }
}
