using System.Text.RegularExpressions;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// Where an app failed, found in what <c>dotnet run --file</c> printed: the first compile error in the app, or the
/// unhandled exception and its outermost frame in the app (the top-level statement that was running, which is the cell
/// that failed, even when the exception came from a function another cell declared). The app's line is turned into the
/// notebook's cell by the cell markers the exporter wrote (<see cref="AppExporter.CellMarker"/>).
/// </summary>
public static partial class AppFailure
{
    /// <summary>The failing cell (number, first line, error), or null when the output names no line of the app.</summary>
    /// <param name="output">What the build and the program printed.</param>
    /// <param name="appPath">The app's file.</param>
    /// <param name="appText">The app's text, for its cell markers.</param>
    /// <param name="cells">The notebook's cells, for their first lines.</param>
    public static CellError? Find(string output, string appPath, string appText, IReadOnlyList<NotebookCell> cells)
    {
        var full = Path.GetFullPath(appPath);
        var lines = output.Replace("\r\n", "\n").Split('\n');

        var compile = lines.Select(l => CompileError().Match(l))
            .FirstOrDefault(m => m.Success && SamePath(m.Groups["file"].Value, full));
        if (compile is not null)
            return Cell(int.Parse(compile.Groups["line"].Value), appText, cells,
                $"does not compile: {compile.Groups["code"].Value}: {compile.Groups["message"].Value.Trim()}");

        var start = Array.FindIndex(lines, l => l.StartsWith("Unhandled exception. ", StringComparison.Ordinal));
        if (start < 0) return null;
        var message = string.Join(" ", lines.Skip(start).TakeWhile(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .Select(l => l.Trim())).Replace("Unhandled exception. ", "");
        var frame = lines.Skip(start).Select(l => Frame().Match(l)).LastOrDefault(m => m.Success && SamePath(m.Groups["file"].Value, full));
        return frame is null ? null : Cell(int.Parse(frame.Groups["line"].Value), appText, cells, message);
    }

    /// <summary>The notebook cell the app's <paramref name="line"/> (1-based) belongs to: the last cell marker at or above it.</summary>
    public static int? CellAt(int line, string appText) =>
        appText.Split('\n').Take(line).Select(l => CellNumber().Match(l)).LastOrDefault(m => m.Success) is { } marker
            ? int.Parse(marker.Groups["cell"].Value) : null;

    private static CellError? Cell(int line, string appText, IReadOnlyList<NotebookCell> cells, string message)
    {
        var number = CellAt(line, appText);
        var cell = cells.FirstOrDefault(c => c.Number == number);
        return cell is null ? new CellError(0, $"line {line} of the app, before the first cell", message) : new CellError(cell.Number, CellText.Shorten(cell.FirstLine), message);
    }

    private static bool SamePath(string printed, string full) => Path.GetFullPath(printed.Trim()) == full;

    [GeneratedRegex(@"^(?<file>[^()]+\.cs)\((?<line>\d+),\d+\): error (?<code>[A-Z]+\d+): (?<message>.*?)(\s\[[^\]]*\])?$")]
    private static partial Regex CompileError();

    [GeneratedRegex(@"\sin (?<file>.+\.cs):line (?<line>\d+)\s*$")]
    private static partial Regex Frame();

    [GeneratedRegex("^" + AppExporter.CellMarker + @"(?<cell>\d+) ")]
    private static partial Regex CellNumber();
}
