using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

/// <summary>
/// Loads a CSV file into a <see cref="DataFrame"/>, several times faster than <c>DataFrame.LoadCsv</c> and with the
/// same columns and types (the same type guessing), but errors that say where the problem is.
/// Missing values: a bare empty field or <c>null</c> (any case) is missing in every column, text included (as pandas
/// reads it); a quoted field is text as written, so <c>""</c> is the empty string and <c>"null"</c> the word null.
/// That is what <see cref="Save"/> writes, so a saved table loads back to the same values.
/// Three differences from LoadCsv, all on purpose: an empty text field is missing (LoadCsv keeps it as ""), numbers and
/// dates are read with the invariant culture unless you pass another (LoadCsv uses the machine's culture, so a German
/// machine reads "39.1" as 391), and the whole file is read into memory (up to 2 GB; stream larger files with ML.NET).
/// </summary>
public static partial class Csv
{
    /// <summary>Loads a CSV file as <c>DataFrame.LoadCsv</c> would, guessing types from the first rows unless <paramref name="dataTypes"/> says them.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="header">Whether the first non-blank line holds the column names.</param>
    /// <param name="dataTypes">The column types, in order; null to guess them from the first rows, as LoadCsv does.</param>
    /// <param name="guessRows">How many lines (the header included) LoadCsv's guessing looks at.</param>
    /// <param name="culture">How numbers and dates are written; default: invariant (a '.' decimal point).</param>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="FormatException">The file's content does not fit: the message gives file, line, column and value.</exception>
    /// <exception cref="ArgumentException">A column type the loader cannot read (it reads string, float, double, int, long, bool and DateTime).</exception>
    public static DataFrame Load(
        string path, char separator = ',', bool header = true, Type[]? dataTypes = null, int guessRows = 10, CultureInfo? culture = null)
    {
        CheckTypes(dataTypes, nameof(dataTypes));
        return Load(path, separator, header, guessRows, culture ?? CultureInfo.InvariantCulture, _ => dataTypes);
    }

    /// <summary>
    /// Loads a CSV file whose header must name exactly <paramref name="columns"/> (in any order), each read as its type.
    /// Missing values are read as by the other overload: an empty field or <c>null</c> is missing, <c>""</c> is an empty string.
    /// </summary>
    /// <exception cref="InvalidDataException">The header's columns are not the expected ones: the message lists expected, found, missing and unexpected.</exception>
    public static DataFrame Load(string path, IReadOnlyList<(string Name, Type Type)> columns, char separator = ',', CultureInfo? culture = null)
    {
        CheckTypes(Require.NotNull(columns, nameof(columns), "the expected columns: (name, type) pairs").Select(c => c.Type).ToArray(), nameof(columns));
        return Load(path, separator, header: true, guessRows: 10, culture ?? CultureInfo.InvariantCulture, names =>
        {
            var expected = columns.Select(c => c.Name).ToList();
            var missing = expected.Except(names).ToList();
            var unexpected = names.Except(expected).ToList();
            if (missing.Count > 0 || unexpected.Count > 0)
                throw new InvalidDataException(
                    $"{path} does not have the expected columns.\n  expected: {string.Join(", ", expected)}\n  found:    {string.Join(", ", names)}" +
                    (missing.Count > 0 ? $"\n  missing:  {string.Join(", ", missing)}" : "") +
                    (unexpected.Count > 0 ? $"\n  not expected: {string.Join(", ", unexpected)}" : "") +
                    "\nCheck that this is the right file and that its first line is the header.");
            return names.Select(n => columns.First(c => c.Name == n).Type).ToArray();
        });
    }

    private static DataFrame Load(
        string path, char separator, bool header, int guessRows, CultureInfo culture, Func<string[], Type[]?> typesFor)
    {
        Require.NotNull(path, nameof(path), "the path of a CSV file");
        if (!File.Exists(path))
            throw FileErrors.Missing(path, "CSV");
        var text = CsvText.Read(path, separator);
        if (text.Count == 0)
            throw new FormatException($"{path}: " + Require.Message("a header and rows", "an empty file (or only blank lines)", "Check that the file was saved: there is nothing to load."));

        var firstRow = header ? 1 : 0;
        var rows = text.Count - firstRow;
        var sample = Enumerable.Range(firstRow, Math.Max(0, Math.Min(rows, header ? guessRows - 1 : guessRows)))
            .Select(r => FieldTexts(text, r))
            .ToList();
        var width = sample.Select(s => s.Length).DefaultIfEmpty(0).Max();
        var names = header ? FieldTexts(text, 0) : Enumerable.Range(0, width).Select(i => "Column" + i).ToArray();
        if (header) width = Math.Max(width, names.Length);
        if (names.Length < width)
            throw new FormatException(text.Problem(firstRow, names.Length, $"a name in the header for each of the {width} fields of the rows",
                $"{names.Length} names", "Name every column in the header."));
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FormatException($"{path}: " + Require.Message("column names that are unique", $"'{duplicate.Key}' {duplicate.Count()} times in the header",
                "Rename all but one of them."));
        var dataTypes = typesFor(names);
        if (dataTypes is not null && dataTypes.Length > width)
            (width, names) = (dataTypes.Length, [.. names, .. Enumerable.Range(names.Length, dataTypes.Length - names.Length).Select(i => "Column" + i)]);

        var columns = Enumerable.Range(0, width)
            .Select(c => CsvColumn.Create(
                dataTypes is not null && c < dataTypes.Length ? dataTypes[c] : CsvTypeGuess.Guess(sample.Select(s => c < s.Length ? s[c] : ""), culture),
                names[c], rows))
            .ToArray();

        Fill(text, firstRow, columns, culture);
        return new DataFrame(columns.Select(c => c.ToDataFrameColumn()));
    }

    /// <summary>Parses every data row into the columns, blocks of rows in parallel; reports the first bad value in file order.</summary>
    private static void Fill(CsvText text, int firstRow, CsvColumn[] columns, CultureInfo culture)
    {
        var rows = text.Count - firstRow;
        // Blocks are multiples of 8 rows, so no two blocks share a byte of a column's validity bitmap.
        var block = Math.Max(8192, (rows / (Environment.ProcessorCount * 4) + 7) / 8 * 8);
        var problems = new ConcurrentBag<(int Line, string Message)>();
        Parallel.For(0, (rows + block - 1) / block, b =>
        {
            var fields = new Range[columns.Length + 1];
            var quoting = new Quoting[columns.Length + 1];
            for (var row = b * block; row < Math.Min(rows, (b + 1) * block); row++)
            {
                var problem = FillRow(text, firstRow + row, row, columns, fields, quoting, culture);
                if (problem is null) continue;
                problems.Add((text.LineOf(firstRow + row), problem));
                return;
            }
        });
        if (!problems.IsEmpty)
            throw new FormatException(problems.MinBy(p => p.Line).Message);
    }

    private static string? FillRow(CsvText text, int record, int row, CsvColumn[] columns, Range[] fields, Quoting[] quoting, CultureInfo culture)
    {
        var count = text.Fields(record, fields, quoting); // fields has room for one extra, to notice it
        if (count < 0 || count > columns.Length)
            return text.Problem(record, columns.Length, $"at most the {columns.Length} fields the header names", "more",
                "Quote any field that contains the separator.");
        var data = text.Record(record);
        for (var c = 0; c < columns.Length; c++)
        {
            if (c >= count) { columns[c].SetMissing(row); continue; }
            var field = quoting[c] == Quoting.QuotedWithDoubledQuotes ? Encoding.UTF8.GetBytes(CsvText.Unescape(data[fields[c]])) : data[fields[c]];
            if (!columns[c].TrySet(row, field, quoting[c] != Quoting.None, culture))
                return text.Problem(record, c,
                    $"column '{columns[c].Name}' holds {Describe(columns[c].DataType)}, but the value is '{Encoding.UTF8.GetString(field)}'. " +
                    "Fix the value in the file, or load the column as text (typeof(string)) and clean it in code");
        }
        return null;
    }

    /// <summary>A record's fields as text (for the header and the rows the types are guessed from).</summary>
    private static string[] FieldTexts(CsvText text, int record)
    {
        const int MaxFields = 4096;
        var (fields, quoting) = (new Range[MaxFields], new Quoting[MaxFields]);
        var count = text.Fields(record, fields, quoting);
        if (count < 0)
            throw new FormatException(text.Problem(record, MaxFields, $"at most {MaxFields} fields", "more", "Check the separator: so many fields usually means the wrong one."));
        var data = text.Record(record);
        var texts = new string[count];
        for (var i = 0; i < count; i++)
            texts[i] = quoting[i] == Quoting.QuotedWithDoubledQuotes ? CsvText.Unescape(data[fields[i]]) : Encoding.UTF8.GetString(data[fields[i]]);
        return texts;
    }

    /// <summary>The column types asked for, unless one of them is a type the loader cannot read.</summary>
    private static Type[]? CheckTypes(Type[]? types, string parameter)
    {
        var unsupported = types?.FirstOrDefault(t => !CsvColumn.Types.Contains(t));
        Require.That(unsupported is null, parameter, "column types the loader reads: string, float, double, int, long, bool or DateTime",
            $"{unsupported?.Name}", "Load that column as text (typeof(string)) and convert it in code.");
        return types;
    }

    private static string Describe(Type type) =>
        type == typeof(float) || type == typeof(double) ? "numbers"
        : type == typeof(int) || type == typeof(long) ? "whole numbers"
        : type == typeof(bool) ? "true/false values"
        : type == typeof(DateTime) ? "dates"
        : type.Name + " values";
}
