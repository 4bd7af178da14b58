using System.Reflection;
using System.Text.RegularExpressions;

namespace MLCourse.Charts;

/// <summary>
/// The plotly.js that Plotly.NET was built for. Plotly.NET carries it inside its own assembly (it embeds it in a chart
/// page when asked to), so the course never downloads it: the rendered website ships this copy, and
/// <c>Course.Start(offlineCharts: true)</c> puts it into the notebook once.
/// </summary>
public static partial class PlotlyJs
{
    private static readonly Assembly PlotlyNet = typeof(Plotly.NET.GenericChart).Assembly;

    private static readonly string ResourceName =
        PlotlyNet.GetManifestResourceNames().SingleOrDefault(n => ScriptResource().IsMatch(n))
        ?? throw new InvalidOperationException(Require.Message(
            $"a plotly.js resource named like 'Plotly.NET.plotly-X.Y.Z.min.js' in Plotly.NET {PlotlyNet.GetName().Version}",
            "only " + string.Join(", ", PlotlyNet.GetManifestResourceNames()), "Use the Plotly.NET the course pins (6.0.0), which carries it."));

    /// <summary>The plotly.js version, e.g. <c>2.28.0</c>: the one Plotly.NET's notebook charts load from the CDN.</summary>
    public static string Version { get; } = ScriptResource().Match(ResourceName).Groups["version"].Value;

    /// <summary>The file name the script is published under, e.g. <c>plotly-2.28.0.min.js</c>.</summary>
    public static string FileName => $"plotly-{Version}.min.js";

    /// <summary>Where Plotly.NET's and XPlot's notebook charts load plotly.js from when it is not on the page (without <c>.js</c>, as requirejs wants it).</summary>
    public static string CdnPath => $"https://cdn.plot.ly/plotly-{Version}.min";

    /// <summary>
    /// Marks the output that carries plotly.js itself (<c>Course.Start(offlineCharts: true)</c>): the library's source
    /// mentions <c>Plotly.newPlot</c>, but that output is not a chart, and counting it as one would be wrong.
    /// </summary>
    public const string ScriptOutputMarker = "data-mlcourse=\"plotly.js";

    /// <summary>The minified script (about 3.6 MB).</summary>
    public static string Script() => Read(ResourceName);

    /// <summary>The licence notice that goes with the script (plotly.js is MIT-licensed).</summary>
    public static string License() => Read(ResourceName + ".LICENSE.txt");

    private static string Read(string resource)
    {
        using var stream = PlotlyNet.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException(Require.Message($"a resource '{resource}' in Plotly.NET", "none",
                               "Use the Plotly.NET the course pins (6.0.0)."));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^Plotly\.NET\.plotly-(?<version>\d+\.\d+\.\d+)\.min\.js$")]
    private static partial Regex ScriptResource();
}
