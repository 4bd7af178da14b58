using Microsoft.Data.Analysis;
using MLCourse.Charts;

namespace MLCourse.Tests.Library.Charts;

public sealed class ChartFilesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mlcourse-charts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Each_chart_becomes_the_next_numbered_page()
    {
        var charts = new ChartFiles(folder);
        var frame = new DataFrame(new StringDataFrameColumn("name", ["a", "b"]), new DoubleDataFrameColumn("value", [1, 2]));
        var plotly = frame.PlotBar("name", "value", title: "A chart");
        var xplot = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });

        var first = charts.Save(plotly);
        var second = charts.Save(xplot);

        Assert.Equal([Path.Combine(folder, "chart-01.html"), Path.Combine(folder, "chart-02.html")], [first, second]);
        Assert.Contains("Plotly.newPlot", File.ReadAllText(first));
        Assert.Contains("A chart", File.ReadAllText(first));
        Assert.Contains("Plotly.newPlot", File.ReadAllText(second));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(second));
        Assert.True(ChartFiles.IsChart(plotly) && ChartFiles.IsChart(xplot) && !ChartFiles.IsChart(frame));
    }

    [Fact]
    public void Chart_pages_load_plotly_js_from_the_copy_written_next_to_them_not_from_a_CDN()
    {
        var charts = new ChartFiles(folder);
        var plotly = File.ReadAllText(charts.Save(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2 }, y: new[] { 3, 4 })));
        var xplot = File.ReadAllText(charts.Save(XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } })));

        var script = $"<script src=\"{PlotlyJs.FileName}\" charset=\"utf-8\"></script>";
        Assert.Contains(script, plotly);
        Assert.Contains(script, xplot);
        Assert.DoesNotContain("cdn.plot.ly", plotly);
        Assert.True(xplot.IndexOf(script, StringComparison.Ordinal) < xplot.IndexOf("Plotly.newPlot", StringComparison.Ordinal),
            "plotly.js must load before the XPlot chart's script runs, so that it draws with the page's copy.");
        Assert.Equal(PlotlyJs.Script(), File.ReadAllText(Path.Combine(folder, PlotlyJs.FileName)));
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(folder, PlotlyJs.FileName + ".LICENSE.txt")));
        Assert.Equal(["chart-01.html", "chart-02.html", PlotlyJs.FileName, PlotlyJs.FileName + ".LICENSE.txt"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_Plotly_NET_page_that_does_not_load_the_expected_plotly_js_is_refused_saying_what_to_do()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChartFiles.WithLocalPlotlyJs("<html><script src=\"https://cdn.plot.ly/plotly-3.0.0.min.js\"></script></html>"));

        Assert.Equal($"Expected a Plotly.NET chart page that loads {PlotlyJs.CdnPath}.js; found a page without that script element. " +
                     "Use the Plotly.NET the course pins (6.0.0); a newer one writes its pages differently.", error.Message);
    }

    [Fact]
    public void A_chart_s_title_is_read_from_Plotly_NET_and_XPlot_charts_and_a_chart_without_one_has_none()
    {
        var plotly = Plotly.NET.CSharp.Chart.Point<int, int, string>(x: new[] { 1, 2 }, y: new[] { 3, 4 });
        var xplot = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });

        Assert.Null(ChartFiles.Title(plotly));
        Assert.Null(ChartFiles.Title(xplot));
        Assert.Equal("Bills by species", ChartFiles.Title(plotly.WithTitle("Bills by species")));
        xplot.WithTitle("Return per episode");
        Assert.Equal("Return per episode", ChartFiles.Title(xplot));
        Assert.Equal("Two by two", ChartFiles.Title(new DigitPictures([(PngImage.Grayscale(new byte[4], 2, 2), "zero")], "Two by two")));
    }

    [Fact]
    public void Pictures_become_a_page_that_carries_its_images()
    {
        var pictures = new DigitPictures([(PngImage.Grayscale(new byte[4], 2, 2), "zero")], "Two by two");

        var page = File.ReadAllText(new ChartFiles(folder).Save(pictures));

        Assert.Contains("Two by two", page);
        Assert.Contains("src=\"data:image/png;base64,", page);
        Assert.True(ChartFiles.IsChart(pictures));
        Assert.False(File.Exists(Path.Combine(folder, PlotlyJs.FileName)));   // pictures need no plotly.js
    }

    [Fact]
    public void Anything_but_a_chart_is_refused_with_what_was_expected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ChartFiles(folder).Save("not a chart"));

        Assert.Equal("Expected a chart (Plotly.NET's GenericChart or XPlot's PlotlyChart) or DigitPictures; found String. Pass the chart itself. (Parameter 'chart')", error.Message);
        Assert.False(Directory.Exists(folder));
    }
}
