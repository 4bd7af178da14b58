using System.Text;
using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// <c>Course.Start(offlineCharts: true)</c> in the real kernel: the setup cell's output carries plotly.js, the charts use it,
/// and the outputs, put on one page in order as a notebook front end shows them, draw in headless Chromium with the network blocked.
/// </summary>
[Trait("Category", KernelGuard.Category)]
[Trait("Category", "Browser")]
public sealed class OfflineChartsTests(LessonRuns runs, SiteInspector inspector)
{
    [Fact]
    public async Task Charts_draw_without_the_internet_after_Start_with_offline_charts()
    {
        var setup = Repository.Lessons[0].CodeCells.First().Source;
        Assert.Contains("MLCourse.Course.Start();", setup);
        var folder = Repository.TestFolder("offline-charts");
        // Run from notebooks/, as a lesson, so that the setup cell's ../src path resolves.
        var lesson = Lesson.Read(Path.Combine(folder, "91-offline-charts.ipynb"), NotebookJson.Of(
            NotebookJson.Code(setup.Replace("MLCourse.Course.Start();", "MLCourse.Course.Start(offlineCharts: true);")),
            NotebookJson.Code("using MLCourse.Charts;\nPlotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2, 3 }, y: new[] { 2, 4, 3 }).WithTitle(\"Plotly.NET offline\")"),
            NotebookJson.Code("XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2, 3 }, y = new[] { 3, 1, 2 } })")), Repository.Folders.Notebooks);

        var report = await runs.InSlot(cancel => new LessonEngine(Repository.Folders, LessonRuns.Timeout).RunAsync(lesson, cancel: cancel));

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(2, report.Charts);
        var outputs = Outputs(report.Executed!);
        Assert.Contains(outputs, o => o.Html.Contains("data-mlcourse=\"plotly.js 2.28.0\"") && o.Cell == 1);
        var plotlyNet = Assert.Single(outputs, o => o.Cell == 2 && ExecutedNotebook.IsChart(o.Html));
        Assert.DoesNotContain("cdn.plot.ly", plotlyNet.Html);
        Assert.DoesNotContain("requirejs", plotlyNet.Html);

        var page = Path.Combine(folder, "outputs.html");
        File.WriteAllText(page, Page(outputs));
        var problems = await inspector.CheckPageAsync(page, "offline-charts", expectedCharts: 2);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private sealed record Output(int Cell, string Html);

    /// <summary>Every HTML output, with the number of its code cell (1-based).</summary>
    private static List<Output> Outputs(string executed) =>
        ExecutedNotebook.Read(executed).Where(c => c.IsCode)
            .SelectMany((c, i) => c.Outputs.Select(o => new Output(i + 1, CellText.Of(o?["data"]?["text/html"]))))
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
