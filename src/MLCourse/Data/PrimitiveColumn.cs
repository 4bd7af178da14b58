using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

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
