using System.Text.Json.Nodes;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Engine;

/// <summary>Reads a notebook as dotnet-repl writes it after running it: for each cell, whether it ran, its error and its charts.</summary>
public static class ExecutedNotebook
{
    /// <summary>Text every Plotly chart's HTML contains, from Plotly.NET and XPlot.Plotly alike.</summary>
    public const string ChartMarker = "Plotly.newPlot";

    /// <summary>
    /// The cell metadata dotnet-repl writes on every cell it ran. It writes no execution counts, so this is how a kernel that
    /// stopped half-way (and still wrote the notebook) shows: the cells after it have none.
    /// </summary>
    public const string ExecutedMarker = "dotnet_repl_cellExecutionEndTime";

    /// <exception cref="InvalidDataException">The file is not a notebook.</exception>
    public static IReadOnlyList<ExecutedCell> Read(string path) =>
        (JsonNode.Parse(File.ReadAllText(path))?["cells"] as JsonArray ?? throw new InvalidDataException($"'{path}' is not a notebook: it has no \"cells\" array."))
        .Select(cell =>
        {
            var outputs = cell?["outputs"] as JsonArray ?? [];
            var error = outputs.FirstOrDefault(o => (string?)o?["output_type"] == "error");
            return new ExecutedCell(
                (string?)cell?["cell_type"] == "code",
                cell?["metadata"]?[ExecutedMarker] is not null,
                error is null ? null : CellText.FirstLine(CellText.Of(error["evalue"])),
                outputs.Count(o => IsChart(CellText.Of(o?["data"]?["text/html"]))),
                outputs);
        }).ToList();

    /// <summary>Whether an HTML output is a chart: it draws with plotly.js, and is not the output that carries plotly.js itself.</summary>
    public static bool IsChart(string html) =>
        html.Contains(ChartMarker, StringComparison.Ordinal) && !html.Contains(MLCourse.Charts.PlotlyJs.ScriptOutputMarker, StringComparison.Ordinal);
}
