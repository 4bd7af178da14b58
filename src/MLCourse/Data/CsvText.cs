using System.Globalization;
using System.Text;

namespace MLCourse.Data;

/// <summary>
/// A CSV file's bytes cut into records (rows) and fields, following RFC 4180 and the habits of
/// <c>DataFrame.LoadCsv</c>: blank lines are skipped, bare fields are trimmed, a field in double quotes is kept as written
/// and may hold the separator, a newline, spaces at either end or a doubled quote (<c>""</c>).
/// </summary>
internal sealed class CsvText
{
    private readonly byte[] bytes;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int[] lines;

    public string File { get; }
    public byte Separator { get; }

    /// <summary>The number of non-blank records, the header included.</summary>
    public int Count { get; }

    private CsvText(string file, byte[] bytes, byte separator, int[] starts, int[] ends, int[] lines, int count) =>
        (File, this.bytes, Separator, this.starts, this.ends, this.lines, Count) = (file, bytes, separator, starts, ends, lines, count);

    /// <summary>The 1-based line of the file on which record <paramref name="record"/> starts.</summary>
    public int LineOf(int record) => lines[record];

    public ReadOnlySpan<byte> Record(int record) => bytes.AsSpan(starts[record], ends[record] - starts[record]);

    public static CsvText Read(string file, char separator)
    {
        Require.That(separator is not ('"' or '\n' or '\r') && separator <= 127, nameof(separator), "an ASCII separator other than a quote or a newline",
            $"'{separator}'", "Use ',' or ';', or '\\t' for tab-separated files.");
        var info = new FileInfo(file);
        if (info.Length > Array.MaxLength)
            throw new NotSupportedException($"{file}: " + Require.Message("a file of up to 2 GB, which this loader reads into memory",
                string.Create(CultureInfo.InvariantCulture, $"{info.Length / 1e9:0.0} GB"),
                "Stream larger files with ML.NET's mlContext.Data.LoadFromTextFile, which never holds the whole file."));
        var bytes = System.IO.File.ReadAllBytes(file);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        return Split(file, bytes, start, (byte)separator);
    }

    /// <summary>Finds where each non-blank record starts and ends; quotes can hide newlines.</summary>
    private static CsvText Split(string file, byte[] bytes, int position, byte separator)
    {
        var capacity = Math.Max(16, bytes.Length / 64);
        var (starts, ends, lines) = (new int[capacity], new int[capacity], new int[capacity]);
        var (count, line) = (0, 1);
        var data = bytes.AsSpan();
        while (position < data.Length)
        {
            var (start, quoted, newlinesInQuotes) = (position, false, 0);
            while (true)
            {
                var next = data[position..].IndexOfAny((byte)'"', (byte)'\n');
                if (next < 0) { position = data.Length; break; }
                position += next;
                if (data[position] == '"') { quoted = !quoted; position++; continue; }
                if (quoted) { newlinesInQuotes++; position++; continue; }
                break; // a newline outside quotes ends the record
            }
            var end = position;
            if (end > start && data[end - 1] == '\r') end--;
            if (!IsBlank(data[start..end]))
            {
                if (count == starts.Length)
                {
                    Array.Resize(ref starts, count * 2);
                    Array.Resize(ref ends, count * 2);
                    Array.Resize(ref lines, count * 2);
                }
                (starts[count], ends[count], lines[count]) = (start, end, line);
                count++;
            }
            line += 1 + newlinesInQuotes;
            position++; // past the newline
        }
        return new CsvText(file, bytes, separator, starts, ends, lines, count);
    }

    private static bool IsBlank(ReadOnlySpan<byte> record) => record.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;

    /// <summary>
    /// Cuts a record into fields: <paramref name="fields"/> receives each field's range in the record, trimmed and
    /// without its quotes. Returns the number of fields, or -1 when there are more than <paramref name="fields"/> holds.
    /// <paramref name="quoting"/> says whether each field was quoted, and whether its quotes held a doubled quote (see <see cref="Unescape"/>).
    /// </summary>
    public int Fields(int record, Span<Range> fields, Span<Quoting> quoting)
    {
        var data = Record(record);
        var (count, position) = (0, 0);
        while (true)
        {
            if (count == fields.Length) return -1;
            while (position < data.Length && data[position] is (byte)' ' or (byte)'\t') position++;
            int start, end, next;
            quoting[count] = Quoting.None;
            if (position < data.Length && data[position] == '"')
            {
                quoting[count] = Quoting.Quoted;
                start = position + 1;
                end = start;
                while (true)
                {
                    var close = data[end..].IndexOf((byte)'"');
                    if (close < 0) throw new FormatException(Problem(record, count, "a closing quote", "none", "Add the closing \" or remove the opening one."));
                    end += close;
                    if (end + 1 < data.Length && data[end + 1] == '"') { quoting[count] = Quoting.QuotedWithDoubledQuotes; end += 2; continue; }
                    break;
                }
                next = end + 1;
                while (next < data.Length && data[next] is (byte)' ' or (byte)'\t') next++;
                if (next < data.Length && data[next] != Separator)
                    throw new FormatException(Problem(record, count, "a separator or the end of the line after a closing quote", "more text",
                        "Quote the whole field, and double any \" inside it."));
            }
            else
            {
                var separator = data[position..].IndexOf(Separator);
                next = separator < 0 ? data.Length : position + separator;
                (start, end) = (position, next);
            }
            if (quoting[count] != Quoting.None)
                fields[count++] = start..end; // a quoted field is text as written, spaces included
            else
            {
                var field = data[start..end];
                var trimmedStart = start + (field.Length - field.TrimStart(" \t"u8).Length);
                var trimmedEnd = end - (field.Length - field.TrimEnd(" \t"u8).Length);
                fields[count++] = trimmedStart <= trimmedEnd ? trimmedStart..trimmedEnd : start..start;
            }
            if (next >= data.Length) return count;
            position = next + 1;
        }
    }

    /// <summary>A quoted field's text with each doubled quote made single.</summary>
    public static string Unescape(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field).Replace("\"\"", "\"");

    /// <summary>Where a problem is, then what was expected, what was found and what to do.</summary>
    public string Problem(int record, int field, string expected, string found, string todo) =>
        $"{Where(record, field)}: {Require.Message(expected, found, todo)}";

    /// <summary>
    /// Where a problem is, then <paramref name="what"/> in words of its own. Only the unreadable value uses this form: lesson 01
    /// prints that message, so its wording stays as the lesson shows it.
    /// </summary>
    public string Problem(int record, int field, string what) => $"{Where(record, field)}: {what}.";

    private string Where(int record, int field) => $"{File}, line {LineOf(record)}, field {field + 1}";
}
