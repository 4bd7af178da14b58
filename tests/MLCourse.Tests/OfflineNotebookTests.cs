using System.Text;
using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// <c>Course.Start(offlineCharts: true)</c> in the real kernel: the setup cell's output carries plotly.js, the charts
/// use it, and the outputs, put on one page in order as a notebook front end shows them, draw in headless Chromium
/// with the network blocked.
/// </summary>
[Collection(KernelCollection.Name)]
[Trait("Category", "Kernel")]
public sealed class OfflineNotebookTests
{
    [Fact]
    public async Task Charts_draw_without_the_internet_after_Start_with_offline_charts()
    {
        var folder = Path.Combine(Repository.Folders.Artifacts, "tests", "offline-charts");
        Directory.CreateDirectory(folder);
        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Lessons[0].Path))!;
        var setup = notebook["cells"]!.AsArray().First(c => (string?)c!["cell_type"] == "code")!.DeepClone();
        var setupSource = ExecutedNotebook.Text(setup["source"]);
        Assert.Contains("MLCourse.Course.Start();", setupSource);
        setup["source"] = setupSource.Replace("MLCourse.Course.Start();", "MLCourse.Course.Start(offlineCharts: true);");
        notebook["cells"] = new JsonArray(
            setup,
            Code("using MLCourse.Charts;\nPlotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2, 3 }, y: new[] { 2, 4, 3 }).WithTitle(\"Plotly.NET offline\")"),
            Code("XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2, 3 }, y = new[] { 3, 1, 2 } })"));
        var path = Path.Combine(folder, "offline-charts.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());

        // The kernel starts in notebooks/, as for a lesson, so the setup cell's ../src path resolves.
        var report = await new LessonEngine(Repository.Folders, LessonEngine.DefaultTimeout)
            .RunAsync(path, Repository.Folders.Notebooks, Path.Combine(folder, "executed"), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(2, report.Charts);
        var outputs = Outputs(report.ExecutedNotebook!);
        Assert.Contains(outputs, o => o.Html.Contains("data-mlcourse=\"plotly.js 2.28.0\"") && o.Cell == 1);
        var plotlyNet = Assert.Single(outputs, o => o.Cell == 2 && ExecutedNotebook.IsChart(o.Html));
        Assert.DoesNotContain("cdn.plot.ly", plotlyNet.Html);
        Assert.DoesNotContain("requirejs", plotlyNet.Html);

        var page = Path.Combine(folder, "outputs.html");
        File.WriteAllText(page, Page(outputs));
        await using var inspector = await SiteInspector.StartAsync();
        var problems = await inspector.CheckPageAsync(page, "offline-charts", expectedCharts: 2);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static JsonObject Code(string source) => new()
    {
        ["cell_type"] = "code",
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
        ["source"] = source,
        ["outputs"] = new JsonArray(),
        ["execution_count"] = null,
    };

    private sealed record Output(int Cell, string Html);

    /// <summary>Every HTML output, with the number of its code cell (1-based).</summary>
    private static List<Output> Outputs(string executed) =>
        JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .SelectMany((c, i) => (c!["outputs"]?.AsArray() ?? []).Select(o => new Output(i + 1, ExecutedNotebook.Text(o!["data"]?["text/html"]))))
            .Where(o => o.Html.Length > 0)
            .ToList();

    /// <summary>The outputs on one page, in order, as a notebook front end shows them; charts marked for the inspector.</summary>
    private static string Page(IEnumerable<Output> outputs)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>outputs</title></head><body>\n");
        var chart = 0;
        foreach (var output in outputs)
            html.Append(ExecutedNotebook.IsChart(output.Html)
                ? $"<div class=\"output chart\" data-chart=\"{++chart}\" data-cell=\"{output.Cell}\" data-name=\"chart in cell {output.Cell}\">{output.Html}</div>\n"
                : $"<div class=\"output\">{output.Html}</div>\n");
        return html.Append("</body></html>\n").ToString();
    }
}
