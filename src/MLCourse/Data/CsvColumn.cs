using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

/// <summary>
/// One column being filled from CSV fields, row by row, then handed over as a DataFrame column.
/// A bare empty field or "null" (any case) is missing in every column; in a text column a quoted field is kept as
/// written, so <c>""</c> is the empty string and <c>"null"</c> the word (what <see cref="Csv.Save"/> writes for them).
/// </summary>
internal abstract class CsvColumn(string name)
{
    public string Name { get; } = name;
    public abstract Type DataType { get; }

    /// <summary>
    /// Stores <paramref name="field"/> (trimmed UTF-8, without its quotes; <paramref name="quoted"/> says whether it had them)
    /// in <paramref name="row"/>; false if it is not a value of <see cref="DataType"/>.
    /// </summary>
    public abstract bool TrySet(int row, ReadOnlySpan<byte> field, bool quoted, CultureInfo culture);

    /// <summary>Leaves <paramref name="row"/> missing (a record with fewer fields than there are columns).</summary>
    public abstract void SetMissing(int row);

    public abstract DataFrameColumn ToDataFrameColumn();

    public static bool IsNull(ReadOnlySpan<byte> field) => field.Length == 4 && Ascii.EqualsIgnoreCase(field, "null"u8);

    /// <summary>A bare field that means "missing": empty, or null in any case.</summary>
    public static bool IsMissing(ReadOnlySpan<byte> field) => field.IsEmpty || IsNull(field);

    /// <summary>The types <see cref="Csv"/> can read.</summary>
    public static readonly IReadOnlyList<Type> Types = [typeof(string), typeof(float), typeof(double), typeof(int), typeof(long), typeof(bool), typeof(DateTime)];

    /// <summary>The types <see cref="Csv"/> can read, with a builder for each.</summary>
    public static CsvColumn Create(Type type, string name, int rows) => type switch
    {
        _ when type == typeof(string) => new StringColumn(name, rows),
        _ when type == typeof(float) => new PrimitiveColumn<float>(name, rows, (f, c, out v) => float.TryParse(f, NumberStyles.Float | NumberStyles.AllowThousands, c, out v), (n, b, m, l, z) => new SingleDataFrameColumn(n, b, m, l, z)),
        _ when type == typeof(double) => new PrimitiveColumn<double>(name, rows, (f, c, out v) => double.TryParse(f, NumberStyles.Float | NumberStyles.AllowThousands, c, out v), (n, b, m, l, z) => new DoubleDataFrameColumn(n, b, m, l, z)),
        _ when type == typeof(int) => new PrimitiveColumn<int>(name, rows, (f, c, out v) => int.TryParse(f, NumberStyles.Integer, c, out v), (n, b, m, l, z) => new Int32DataFrameColumn(n, b, m, l, z)),
        _ when type == typeof(long) => new PrimitiveColumn<long>(name, rows, (f, c, out v) => long.TryParse(f, NumberStyles.Integer, c, out v), (n, b, m, l, z) => new Int64DataFrameColumn(n, b, m, l, z)),
        _ when type == typeof(bool) => new PrimitiveColumn<bool>(name, rows, TryParseBool, (n, b, m, l, z) => new BooleanDataFrameColumn(n, b, m, l, z)),
        _ when type == typeof(DateTime) => new PrimitiveColumn<DateTime>(name, rows, TryParseDate, (n, b, m, l, z) => new DateTimeDataFrameColumn(n, b, m, l, z)),
        _ => throw new System.Diagnostics.UnreachableException($"Csv.Load checks the column types before it reads; column '{name}' of {type.Name} got through."),
    };

    private static bool TryParseBool(ReadOnlySpan<byte> field, CultureInfo culture, out bool value)
    {
        value = Ascii.EqualsIgnoreCase(field, "true"u8);
        return value || Ascii.EqualsIgnoreCase(field, "false"u8);
    }

    private static bool TryParseDate(ReadOnlySpan<byte> field, CultureInfo culture, out DateTime value)
    {
        Span<char> chars = field.Length <= 128 ? stackalloc char[field.Length] : new char[field.Length];
        var length = Encoding.UTF8.GetChars(field, chars);
        return DateTime.TryParse(chars[..length], culture, DateTimeStyles.None, out value);
    }
}

internal delegate bool Utf8Parser<T>(ReadOnlySpan<byte> field, CultureInfo culture, out T value);
