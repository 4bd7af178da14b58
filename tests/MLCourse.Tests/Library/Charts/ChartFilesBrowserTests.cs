using MLCourse.Charts;

namespace MLCourse.Tests.Library.Charts;

/// <summary>
/// A program's chart pages, opened in headless Chromium (the test run's one browser) with the network blocked: each must
/// draw with the plotly.js written next to it, as a learner's browser would offline.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ChartFilesBrowserTests(SiteInspector inspector)
{
    [Fact]
    public async Task Plotly_NET_and_XPlot_pages_draw_without_the_internet()
    {
        var charts = new ChartFiles(Repository.TestFolder("chart-files-offline"));
        var pages = new[]
        {
            charts.Save(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2, 3 }, y: new[] { 2, 4, 3 }).WithTitle("Plotly.NET offline")),
            charts.Save(XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2, 3 }, y = new[] { 3, 1, 2 } })),
        };

        var problems = new List<string>();
        foreach (var page in pages)
            problems.AddRange(await inspector.CheckPageAsync(page, Path.GetFileName(page), expectedCharts: 1, chartSelector: "body"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_page_without_its_plotly_js_does_not_draw_and_is_reported()
    {
        var charts = new ChartFiles(Repository.TestFolder("chart-files-no-script"));
        var page = charts.Save(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2 }, y: new[] { 2, 4 }));
        File.Delete(Path.Combine(charts.Folder, PlotlyJs.FileName));

        var problems = await inspector.CheckPageAsync(page, "chart-01.html", expectedCharts: 1, chartSelector: "body");

        Assert.Contains(problems, p => p.Contains("was not drawn", StringComparison.Ordinal));
    }
}
