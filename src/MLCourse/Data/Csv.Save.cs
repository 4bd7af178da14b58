using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MLCourse.Data;

public static partial class Csv
{
    /// <summary>
    /// Writes <paramref name="frame"/> as CSV that <see cref="Load(string, IReadOnlyList{ValueTuple{string, Type}}, char, CultureInfo?)"/>
    /// reads back to the same values: a header, numbers in their shortest exact form (39.1, not DataFrame.SaveCsv's 39.0999985),
    /// dates as yyyy-MM-dd (with the time only when there is one), missing values as empty fields, quotes only where needed
    /// (always for the empty string and the word "null", which bare would load back as missing),
    /// UTF-8 and LF line endings, so the same table gives the same bytes on every machine.
    /// </summary>
    public static void Save(DataFrame frame, string path, char separator = ',')
    {
        Require.NotNull(frame, nameof(frame), "a DataFrame to save");
        Require.NotNull(path, nameof(path), "the path of the file to write");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(separator, frame.Columns.Select(c => Field(c.Name, separator))));
        for (long row = 0; row < frame.Rows.Count; row++)
            writer.WriteLine(string.Join(separator, frame.Columns.Select(c => Field(c[row], separator))));
    }

    private static string Field(object? value, char separator) => value switch
    {
        null => "",
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Quote(s, separator),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", separator),
    };

    /// <summary>
    /// Quotes a field that holds the separator, a quote, a newline, or spaces or tabs at either end (which readers trim), and the
    /// empty string and "null", which bare would load back as missing values.
    /// </summary>
    private static string Quote(string text, char separator) =>
        text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase) ||
        text.IndexOfAny([separator, '"', '\n', '\r']) >= 0 || text[0] is ' ' or '\t' || text[^1] is ' ' or '\t'
            ? "\"" + text.Replace("\"", "\"\"") + "\""
            : text;
}
