using Microsoft.Data.Analysis;

namespace MLCourse.Charts;

/// <summary>Reads DataFrame columns for charts; bad columns are reported through <see cref="Require"/>.</summary>
internal static class ChartData
{
    private static readonly HashSet<Type> NumericTypes =
        [typeof(double), typeof(float), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(decimal), typeof(uint), typeof(ulong), typeof(ushort), typeof(sbyte)];

    /// <summary>The column's values as numbers (null where missing).</summary>
    /// <exception cref="ArgumentException">No such column, it does not hold numbers, or every value is missing.</exception>
    public static double?[] Numbers(DataFrame frame, string column, string chart)
    {
        var values = Require.Column(frame, column);
        Require.That(NumericTypes.Contains(values.DataType), nameof(column), $"numbers in column '{column}' for {chart}",
            $"{values.DataType.Name} values",
            $"Pick a numeric column: {Require.Names(frame, c => NumericTypes.Contains(c.DataType))}.");
        Require.HasValues(values, nameof(column), $"for {chart}");
        return Enumerable.Range(0, (int)values.Length)
            .Select(i => values[i] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : (double?)null)
            .ToArray();
    }

    /// <summary>The column's values as text labels (null where missing), for grouping and categories.</summary>
    public static string?[] Labels(DataFrame frame, string column) =>
        Require.Column(frame, column).Cast<object?>().Select(v => v?.ToString()).ToArray();

    /// <summary>The column's values as they are (dates stay dates, numbers numbers), for a line chart's x axis.</summary>
    public static IConvertible?[] Values(DataFrame frame, string column) => Require.Column(frame, column).Cast<object?>().Select(v => (IConvertible?)v).ToArray();

    /// <summary>Row indexes split by the values of <paramref name="by"/> (sorted), or one group of all rows. Rows with no label are left out.</summary>
    public static IReadOnlyList<(string Name, int[] Rows)> Groups(DataFrame frame, string? by)
    {
        if (by is null) return [("all", Enumerable.Range(0, (int)frame.Rows.Count).ToArray())];
        var labels = Labels(frame, by);
        return labels.Select((label, row) => (label, row))
            .Where(p => p.label is not null)
            .GroupBy(p => p.label!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.row).ToArray()))
            .ToList();
    }
}
