using System.Reflection;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

/// <summary>
/// Turns a sequence of records (anonymous objects, records, classes) into a DataFrame with one column per public
/// property, like pandas' <c>pd.DataFrame(records)</c>, so small LINQ results display as proper tables.
/// </summary>
public static class RecordTables
{
    /// <summary>One row per item, one typed column per public property, in declaration order.</summary>
    public static DataFrame ToDataFrame<T>(this IEnumerable<T> items)
    {
        var rows = Require.NotNull(items, nameof(items), "the items to make rows of").ToList();
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        Require.That(properties.Count > 0, nameof(items), "items with public properties to make columns from", $"{typeof(T).Name}, which has none",
            "Select an anonymous object, e.g. .Select(x => new { name = x.Name, count = x.Count }).");
        return new DataFrame(properties.Select(p => Column(p, rows.Select(r => p.GetValue(r)))));
    }

    private static DataFrameColumn Column(PropertyInfo property, IEnumerable<object?> values)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var name = property.Name;
        return type switch
        {
            _ when type == typeof(double) => new DoubleDataFrameColumn(name, values.Select(v => (double?)v)),
            _ when type == typeof(float) => new SingleDataFrameColumn(name, values.Select(v => (float?)v)),
            _ when type == typeof(int) => new Int32DataFrameColumn(name, values.Select(v => (int?)v)),
            _ when type == typeof(long) => new Int64DataFrameColumn(name, values.Select(v => (long?)v)),
            _ when type == typeof(bool) => new BooleanDataFrameColumn(name, values.Select(v => (bool?)v)),
            _ when type == typeof(DateTime) => new DateTimeDataFrameColumn(name, values.Select(v => (DateTime?)v)),
            _ => new StringDataFrameColumn(name, values.Select(v => v?.ToString())),
        };
    }
}
