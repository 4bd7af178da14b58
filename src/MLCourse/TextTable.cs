using System.Text;

namespace MLCourse;

/// <summary>
/// Rows of text as an aligned table for a console, the way pandas prints a DataFrame: a header, a rule, one line per row,
/// columns two spaces apart, numbers right-aligned, over-long cells cut with "…".
/// </summary>
internal static class TextTable
{
    /// <summary>The widest a cell gets before it is cut.</summary>
    public const int MaxCellWidth = 40;

    /// <param name="header">The column names.</param>
    /// <param name="rows">The cells, row by row, each row as long as the header.</param>
    /// <param name="rightAligned">Which columns hold numbers (right-aligned); none when null.</param>
    public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var cells = rows.Prepend(header).Select(r => r.Select(Cut).ToList()).ToList();
        var widths = header.Select((_, c) => cells.Max(r => r[c].Length)).ToList();
        var text = new StringBuilder();
        void Row(IReadOnlyList<string> row) => text.AppendLine(string.Join("  ",
            row.Select((cell, c) => rightAligned?[c] == true ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        Row(cells[0]);
        Row(widths.Select(w => new string('-', w)).ToList());
        foreach (var row in cells.Skip(1)) Row(row);
        return text.ToString().TrimEnd('\n', '\r');
    }

    private static string Cut(string cell)
    {
        var line = cell.ReplaceLineEndings(" ");
        return line.Length <= MaxCellWidth ? line : line[..(MaxCellWidth - 1)] + "…";
    }
}
