using System.Text.Json.Nodes;

namespace MLCourse.Runner;

/// <summary>A cell that produced an error: its number in the notebook (1-based, all cells counted), first line and message.</summary>
public sealed record CellError(int Cell, string FirstLine, string Message)
{
    public override string ToString() => $"cell {Cell} `{FirstLine}`: {Message}";
}

/// <summary>What an executed notebook (as dotnet-repl writes it) holds: code cells, errors and charts.</summary>
public sealed record ExecutedNotebook(int CodeCells, IReadOnlyList<CellError> Errors, int Charts)
{
    /// <summary>Text every Plotly chart's HTML contains, from Plotly.NET and XPlot.Plotly alike.</summary>
    public const string ChartMarker = "Plotly.newPlot";

    public static ExecutedNotebook Read(string path)
    {
        var cells = JsonNode.Parse(File.ReadAllText(path))?["cells"]?.AsArray()
                    ?? throw new InvalidDataException($"'{path}' is not a notebook: it has no \"cells\" array.");
        var codeCells = 0;
        var charts = 0;
        var errors = new List<CellError>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!;
            if ((string?)cell["cell_type"] != "code") continue;
            codeCells++;
            var outputs = cell["outputs"]?.AsArray() ?? [];
            charts += outputs.Count(o => IsChart(Text(o?["data"]?["text/html"])));
            var error = outputs.FirstOrDefault(o => (string?)o?["output_type"] == "error");
            if (error is not null)
                errors.Add(new CellError(i + 1, Shorten(FirstLine(Text(cell["source"]))), FirstLine(Text(error["evalue"]))));
        }
        return new ExecutedNotebook(codeCells, errors, charts);
    }

    /// <summary>Whether an HTML output is a chart: it draws with plotly.js, and is not the output that carries plotly.js itself.</summary>
    public static bool IsChart(string html) =>
        html.Contains(ChartMarker, StringComparison.Ordinal) && !html.Contains(MLCourse.Charts.PlotlyJs.ScriptOutputMarker, StringComparison.Ordinal);

    /// <summary>
    /// How many charts a lesson promises, from its notebook metadata <c>{"mlcourse": {"minimumCharts": 8}}</c>; 0 when it promises none.
    /// Read from the source notebook: dotnet-repl does not copy custom metadata into the executed one.
    /// </summary>
    public static int MinimumCharts(string sourceNotebook) =>
        (int?)JsonNode.Parse(File.ReadAllText(sourceNotebook))?["metadata"]?["mlcourse"]?["minimumCharts"] ?? 0;

    /// <summary>The exercise answer cells of a notebook: cell index (0-based) and exercise id, from cell metadata <c>{"mlcourse": {"exercise": "01.2"}}</c>.</summary>
    public static IReadOnlyList<(int Cell, string Exercise)> ExerciseCells(JsonNode notebook) =>
        notebook["cells"]!.AsArray()
            .Select((cell, i) => (Cell: i, Exercise: (string?)cell?["metadata"]?["mlcourse"]?["exercise"]))
            .Where(c => c.Exercise is not null)
            .Select(c => (c.Cell, c.Exercise!))
            .ToList();

    /// <summary>Notebook text fields are a string or an array of lines.</summary>
    internal static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    private static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty)";

    /// <summary>A cell's first line, short enough for one line of a report; the error message is never shortened.</summary>
    private static string Shorten(string line) => line.Length <= 100 ? line : line[..97] + "...";
}
