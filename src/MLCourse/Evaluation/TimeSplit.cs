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
    /// <exception cref="ArgumentException">No such date column, or a missing date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cutoff that leaves one part empty.</exception>
    public static (DataFrame Train, DataFrame Test) Before(DataFrame frame, string dateColumn, DateTime cutoff)
    {
        var dates = Require.Column<PrimitiveDataFrameColumn<DateTime>>(frame, dateColumn, "DateTime", nameof(dateColumn)).ToList();
        Require.That(!dates.Contains(null), nameof(dateColumn), $"a '{dateColumn}' in every row", $"none in row {dates.IndexOf(null)}",
            "Drop rows without a date before splitting by time.");

        var inTest = new BooleanDataFrameColumn("test", dates.Select(d => d >= cutoff));
        var testRows = inTest.Count(t => t == true);
        Require.Number(testRows > 0 && testRows < dates.Count, nameof(cutoff), "a cutoff that leaves rows on both sides",
            $"{cutoff:yyyy-MM-dd}, which puts every row in the {(testRows == 0 ? "training" : "test")} part: the dates run from {dates.Min():yyyy-MM-dd} to {dates.Max():yyyy-MM-dd}",
            "Choose a cutoff between them.");
        return (frame.Filter(inTest.ElementwiseEquals(false)), frame.Filter(inTest));
    }
}
