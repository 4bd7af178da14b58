using Microsoft.DotNet.Interactive.Formatting;
using MLCourse.Charts;
using XPlot.Plotly;

namespace MLCourse;

/// <summary>
/// XPlot.Plotly's own notebook package is not available, and without it a chart displays as an object tree.
/// This registers an HTML formatter so an XPlot chart renders as a chart. XPlot writes its layout for plotly.js 2
/// (titles as plain strings, which plotly.js 3 ignores) and assumes plotly.js is already on the page, so the HTML
/// draws with the page's plotly.js when there is one (the course website, or <c>Course.Start(offlineCharts: true)</c>),
/// and otherwise loads plotly.js 2.28.0, the version Plotly.NET 6 loads, through requirejs where the notebook has it.
/// </summary>
internal static class XPlotHtmlFormatter
{
    internal static string PlotlyJsPath => PlotlyJs.CdnPath;

    public static void Register() =>
        Formatter.Register<PlotlyChart>((chart, writer) => writer.Write(Html(chart)), HtmlFormatter.MimeType);

    internal static string Html(PlotlyChart chart) => $$"""
        <div id="{{chart.Id}}" style="width: {{chart.Width}}px; height: {{chart.Height}}px;"></div>
        <script type="text/javascript">
        (function () {
            var draw = function (Plotly) { {{chart.GetPlottingJS()}} };
            if (window.Plotly) {
                draw(window.Plotly);
            } else if (typeof window.requirejs === 'function') {
                window.requirejs.config({ context: 'mlcourse-xplot', paths: { plotly: '{{PlotlyJsPath}}' } })(['plotly'], draw);
            } else {
                var script = document.createElement('script');
                script.src = '{{PlotlyJsPath}}.js';
                script.onload = function () { draw(window.Plotly); };
                document.head.appendChild(script);
            }
        })();
        </script>
        """;
}
