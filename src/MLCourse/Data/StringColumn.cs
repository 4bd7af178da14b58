using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

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
