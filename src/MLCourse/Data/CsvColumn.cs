using System.Globalization;
using System.Runtime.InteropServices;
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
        _ => throw new NotSupportedException(
            $"Column '{name}': {type.Name} columns are not supported; use string, float, double, int, long, bool or DateTime."),
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

/// <summary>Values in a byte buffer plus a validity bitmap: the layout DataFrame's primitive columns take without copying.</summary>
internal sealed class PrimitiveColumn<T>(
    string name, int rows, Utf8Parser<T> parse,
    Func<string, ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create) : CsvColumn(name)
    where T : unmanaged
{
    private readonly byte[] values = new byte[rows * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()];
    private readonly byte[] valid = new byte[(rows + 7) / 8]; // bit set = value present; callers own whole bytes (rows in blocks of 8)

    public override Type DataType => typeof(T);

    public override bool TrySet(int row, ReadOnlySpan<byte> field, bool quoted, CultureInfo culture)
    {
        if (IsMissing(field)) return true; // a number has no empty value: "" and "null" are missing, quoted or not
        if (!parse(field, culture, out var value)) return false;
        MemoryMarshal.Cast<byte, T>(values.AsSpan())[row] = value;
        valid[row >> 3] |= (byte)(1 << (row & 7));
        return true;
    }

    public override void SetMissing(int row) { }

    public override DataFrameColumn ToDataFrameColumn()
    {
        var present = valid.Sum(b => System.Numerics.BitOperations.PopCount(b));
        return create(Name, values, valid, rows, rows - present);
    }
}

internal sealed class StringColumn(string name, int rows) : CsvColumn(name)
{
    private readonly string?[] values = new string?[rows];

    public override Type DataType => typeof(string);

    public override bool TrySet(int row, ReadOnlySpan<byte> field, bool quoted, CultureInfo culture)
    {
        values[row] = !quoted && IsMissing(field) ? null : Encoding.UTF8.GetString(field);
        return true;
    }

    public override void SetMissing(int row) => values[row] = null;

    public override DataFrameColumn ToDataFrameColumn() => new StringDataFrameColumn(Name, values!);
}
