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
    public void Pictures_become_a_page_that_carries_its_images()
    {
        var pictures = new DigitPictures([(PngImage.Grayscale(new byte[4], 2, 2), "zero")], "Two by two");

        var page = File.ReadAllText(new ChartFiles(folder).Save(pictures));

        Assert.Contains("Two by two", page);
        Assert.Contains("src=\"data:image/png;base64,", page);
        Assert.True(ChartFiles.IsChart(pictures));
    }

    [Fact]
    public void Anything_but_a_chart_is_refused_with_what_was_expected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ChartFiles(folder).Save("not a chart"));

        Assert.Equal("Expected a chart (Plotly.NET's GenericChart or XPlot's PlotlyChart) or DigitPictures; found String. Pass the chart itself. (Parameter 'chart')", error.Message);
        Assert.False(Directory.Exists(folder));
    }
}
