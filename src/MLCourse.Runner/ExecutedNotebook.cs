using System.Text.Json.Nodes;

namespace MLCourse.Runner;

/// <summary>A cell that produced an error: its number in the notebook (1-based, all cells counted), first line and message.</summary>
public sealed record CellError(int Cell, string FirstLine, string Message)
{
    public override string ToString() => $"cell {Cell} `{FirstLine}`: {Message}";
}

/// <summary>
/// What an executed notebook (as dotnet-repl writes it) holds: code cells, errors, charts, and the code cells the kernel
/// never ran (<see cref="NotRun"/>: cell numbers, 1-based, all cells counted).
/// </summary>
public sealed record ExecutedNotebook(int CodeCells, IReadOnlyList<CellError> Errors, int Charts, IReadOnlyList<int> NotRun)
{
    /// <summary>Text every Plotly chart's HTML contains, from Plotly.NET and XPlot.Plotly alike.</summary>
    public const string ChartMarker = "Plotly.newPlot";

    /// <summary>
    /// The cell metadata dotnet-repl writes on every cell it ran. It writes no execution counts, so this is how a kernel that
    /// stopped half-way (and still wrote the notebook) shows: the cells after it have none.
    /// </summary>
    public const string ExecutedMarker = "dotnet_repl_cellExecutionEndTime";

    public static ExecutedNotebook Read(string path)
    {
        var cells = JsonNode.Parse(File.ReadAllText(path))?["cells"]?.AsArray()
                    ?? throw new InvalidDataException($"'{path}' is not a notebook: it has no \"cells\" array.");
        var codeCells = 0;
        var charts = 0;
        var errors = new List<CellError>();
        var notRun = new List<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!;
            if ((string?)cell["cell_type"] != "code") continue;
            codeCells++;
            if (cell["metadata"]?[ExecutedMarker] is null) notRun.Add(i + 1);
            var outputs = cell["outputs"]?.AsArray() ?? [];
            charts += outputs.Count(o => IsChart(Text(o?["data"]?["text/html"])));
            var error = outputs.FirstOrDefault(o => (string?)o?["output_type"] == "error");
            if (error is not null)
                errors.Add(new CellError(i + 1, Shorten(FirstLine(Text(cell["source"]))), FirstLine(Text(error["evalue"]))));
        }
        return new ExecutedNotebook(codeCells, errors, charts, notRun);
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

    /// <summary>
    /// How long a lesson should take in the runner, in seconds, from its notebook metadata <c>{"mlcourse": {"targetSeconds": 60}}</c>;
    /// null when it states none. A target is reported, never enforced: wall-clock time depends on the machine and its load.
    /// </summary>
    public static double? TargetSeconds(string sourceNotebook) =>
        (double?)JsonNode.Parse(File.ReadAllText(sourceNotebook))?["metadata"]?["mlcourse"]?["targetSeconds"];

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
