using Microsoft.DotNet.Interactive.Formatting;
using MLCourse.Charts;
using Newtonsoft.Json;
using Plotly.NET;

namespace MLCourse;

/// <summary>
/// Charts that draw without the internet. Plotly.NET's notebook charts load plotly.js (and requirejs) from a CDN each
/// time one is shown; offline their area stays empty. Installed by <c>Course.Start(offlineCharts: true)</c>, this puts
/// the plotly.js that Plotly.NET carries into the setup cell's output once (about 3.6 MB, kept in the notebook if you
/// save its outputs), and formats every Plotly.NET chart as HTML that draws with that copy. XPlot charts use it too
/// (see <see cref="XPlotHtmlFormatter"/>). All outputs of a notebook share one page, in VS Code and in Jupyter alike,
/// so one copy serves every chart of the session.
/// </summary>
internal static class OfflineCharts
{
    /// <summary>The message a chart shows in place of itself when plotly.js is not on the page.</summary>
    internal const string NotLoaded =
        "This chart needs plotly.js, which Course.Start(offlineCharts: true) puts into the setup cell's output. " +
        "Run the setup cell, then this cell again.";

    public static void Install()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Html(chart)), HtmlFormatter.MimeType);
        if (!KernelDisplay.Html(ScriptHtml()))
            Console.WriteLine("Offline charts: a program's chart pages always draw offline, with the copy of plotly.js written next to them in artifacts/charts/.");
    }

    /// <summary>One script element holding plotly.js, loaded only if the page has none yet.</summary>
    internal static string ScriptHtml() =>
        $"<div {PlotlyJs.ScriptOutputMarker} {PlotlyJs.Version}\">Charts draw offline with plotly.js {PlotlyJs.Version}, embedded here.</div>\n" +
        // "</script" cannot appear inside a script element; the minified file has none, but be sure.
        $"<script type=\"text/javascript\">if (!window.Plotly) {{\n{PlotlyJs.Script().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)}\n}}</script>";

    /// <summary>A chart as a div and a script that draws it with the page's plotly.js, or says how to get it.</summary>
    internal static string Html(GenericChart chart)
    {
        var id = Guid.NewGuid().ToString();
        return $$"""
            <div><div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
                var target = document.getElementById('{{id}}');
                if (!window.Plotly) { target.textContent = {{JsonConvert.SerializeObject(NotLoaded)}}; return; }
                Plotly.newPlot(target, {{Json(GenericChart.getTraces(chart))}}, {{Json(GenericChart.getLayout(chart))}}, {{Json(GenericChart.getConfig(chart))}});
            })();
            </script></div>
            """;
    }

    /// <summary>Plotly JSON, serialized as Plotly.NET serializes it for its own HTML.</summary>
    private static string Json(object value) => JsonConvert.SerializeObject(value, global::Globals.JSON_CONFIG);
}
