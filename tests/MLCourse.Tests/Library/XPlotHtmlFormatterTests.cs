using Microsoft.DotNet.Interactive.Formatting;

namespace MLCourse.Tests.Library;

public sealed class XPlotHtmlFormatterTests
{
    [Fact]
    public void An_XPlot_chart_formats_as_plotly_html()
    {
        XPlotHtmlFormatter.Register();
        var chart = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });

        var html = chart.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("\"x\":[1,2]", html);
        Assert.Contains("plotly-2.28.0.min", html);   // XPlot's layout needs plotly.js 2; nothing else guarantees it is loaded
        Assert.Contains($"<div id=\"{chart.Id}\"", html);
    }
}
