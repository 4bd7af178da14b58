using Microsoft.DotNet.Interactive.Formatting;
using XPlot.Plotly;

namespace MLCourse;

/// <summary>
/// XPlot.Plotly's own notebook package is not available, and without it a chart displays as an object tree.
/// This registers an HTML formatter so an XPlot chart renders as a chart.
/// </summary>
internal static class XPlotHtmlFormatter
{
    public static void Register() =>
        Formatter.Register<PlotlyChart>((chart, writer) => writer.Write(chart.GetInlineHtml()), HtmlFormatter.MimeType);
}
