using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace MLCourse.Data;

/// <summary>
/// Loads a Parquet file (a compressed, typed, column-by-column file format) into a <see cref="DataFrame"/>.
/// Parquet already knows each column's type, so nothing is guessed and nothing is parsed from text.
/// </summary>
public static class ParquetFile
{
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="NotSupportedException">A column has a type a DataFrame column cannot hold here (lists, structs…).</exception>
    public static DataFrame Load(string path)
    {
        Require.NotNull(path, nameof(path), "the path of a Parquet file");
        if (!File.Exists(path))
            throw FileErrors.Missing(path, "Parquet");
        return LoadAsync(path).GetAwaiter().GetResult();
    }

    private static async Task<DataFrame> LoadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var rows = checked((int)reader.Metadata!.NumRows);
        var columns = new List<DataFrameColumn>();
        foreach (var field in reader.Schema.DataFields)
        {
            columns.Add((Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType) switch
            {
                var t when t == typeof(DateTime) => new DateTimeDataFrameColumn(field.Name, await Read<DateTime>(reader, field, rows)),
                var t when t == typeof(long) => new Int64DataFrameColumn(field.Name, await Read<long>(reader, field, rows)),
                var t when t == typeof(int) => new Int32DataFrameColumn(field.Name, await Read<int>(reader, field, rows)),
                var t when t == typeof(double) => new DoubleDataFrameColumn(field.Name, await Read<double>(reader, field, rows)),
                var t when t == typeof(float) => new SingleDataFrameColumn(field.Name, await Read<float>(reader, field, rows)),
                var t when t == typeof(bool) => new BooleanDataFrameColumn(field.Name, await Read<bool>(reader, field, rows)),
                var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => new StringDataFrameColumn(field.Name, (await ReadStrings(reader, field, rows))!),
                var t => throw new NotSupportedException($"{path}: " + Require.Message("columns of numbers, text, true/false values or dates",
                    $"column '{field.Name}' of {t.Name} values", "Read that file with Parquet.Net directly, or save the column as one of those types.")),
            });
        }
        return new DataFrame(columns);
    }

    private static Task<T?[]> Read<T>(ParquetReader reader, DataField field, int rows) where T : struct =>
        ReadAll<T?>(reader, rows, (group, values) => group.ReadAsync(field, values, null, CancellationToken.None));

    private static Task<string?[]> ReadStrings(ParquetReader reader, DataField field, int rows) =>
        ReadAll<string?>(reader, rows, (group, values) => group.ReadAsync(field, values, null, CancellationToken.None));

    /// <summary>One column, row group after row group, into one array.</summary>
    private static async Task<TValue[]> ReadAll<TValue>(
        ParquetReader reader, int rows, Func<ParquetRowGroupReader, Memory<TValue>, ValueTask> read)
    {
        var values = new TValue[rows];
        var offset = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = (int)rowGroup.RowCount;
            await read(rowGroup, values.AsMemory(offset, count));
            offset += count;
        }
        return values;
    }
}
