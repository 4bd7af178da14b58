using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plotly.NET;
using XPlot.Plotly;

namespace MLCourse.Charts;

/// <summary>
/// Where a program (a lesson run as a file-based app) puts the charts and pictures a notebook would draw: each one an
/// HTML page, numbered in the order drawn, in <c>artifacts/charts/APP/</c> of the course folder (git-ignored). Chart
/// pages draw offline: they load the plotly.js that Plotly.NET carries from a copy written next to them (with its
/// licence), never from a CDN. Pictures (<see cref="DigitPictures"/>) carry their images.
/// </summary>
public sealed partial class ChartFiles(string folder)
{
    private int count;

    /// <summary>The folder the pages go to.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>
    /// The charts of this program: <c>artifacts/charts/NAME/</c> in the course folder above the current directory (else in
    /// the current directory), NAME being the app's file name (e.g. <c>04-train-models</c>).
    /// </summary>
    public static ChartFiles ForThisProgram()
    {
        var name = LearnerRoute.ProgramFile is { } app ? Path.GetFileNameWithoutExtension(app) : AppDomain.CurrentDomain.FriendlyName;
        var artifacts = CourseFolders.TryFind(Environment.CurrentDirectory)?.Artifacts ?? Path.Combine(Environment.CurrentDirectory, "artifacts");
        return new ChartFiles(Path.Combine(artifacts, "charts", name));
    }

    /// <summary>The title shown above a chart (or a set of pictures), or null when it has none.</summary>
    public static string? Title(object chart) => chart switch
    {
        GenericChart plotly => TitleOf(JObject.Parse(JsonConvert.SerializeObject(GenericChart.getLayout(plotly), global::Globals.JSON_CONFIG))),
        PlotlyChart xplot => XPlotLayout().Match(xplot.GetPlottingJS()) is { Success: true } layout ? TitleOf(JObject.Parse(layout.Groups["layout"].Value)) : null,
        DigitPictures pictures => pictures.Title,
        _ => null,
    };

    /// <summary>A plotly layout's title: a string (plotly.js 1 and 2, as XPlot writes it) or an object with its text.</summary>
    private static string? TitleOf(JObject layout) => layout["title"] switch
    {
        JValue { Type: JTokenType.String } text => (string?)text,
        JObject title => (string?)title["text"],
        _ => null,
    } is { Length: > 0 } found ? found : null;

    [GeneratedRegex(@"var layout = (?<layout>\{.*\});")]
    private static partial Regex XPlotLayout();

    /// <summary>Whether <paramref name="value"/> is a chart or picture this class can save.</summary>
    public static bool IsChart(object? value) => value is GenericChart or PlotlyChart or DigitPictures;

    /// <summary>Writes <paramref name="chart"/> as the next page and returns its path.</summary>
    /// <exception cref="ArgumentException">It is not a Plotly.NET or XPlot.Plotly chart.</exception>
    public string Save(object chart)
    {
        Require.That(IsChart(chart), nameof(chart), "a chart (Plotly.NET's GenericChart or XPlot's PlotlyChart) or DigitPictures",
            $"{chart?.GetType().Name ?? "null"}", "Pass the chart itself.");
        var html = chart switch
        {
            GenericChart plotly => WithLocalPlotlyJs(GenericChart.toEmbeddedHTML(plotly)),
            PlotlyChart xplot => Page(XPlotHtmlFormatter.Html(xplot), ScriptElement),
            _ => Page(((DigitPictures)chart!).ToHtml(), ""),
        };
        Directory.CreateDirectory(Folder);
        if (chart is not DigitPictures) WriteScript();
        var path = Path.Combine(Folder, $"chart-{Interlocked.Increment(ref count):00}.html");
        File.WriteAllText(path, html);
        return path;
    }

    private static string ScriptElement => $"<script src=\"{PlotlyJs.FileName}\" charset=\"utf-8\"></script>";

    private static string Page(string body, string head) => $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">{head}</head><body>\n{body}\n</body></html>\n";

    /// <summary>Plotly.NET's page, with its CDN script element pointing at the copy next to the page instead.</summary>
    internal static string WithLocalPlotlyJs(string page)
    {
        var cdn = $"<script src=\"{PlotlyJs.CdnPath}.js\" charset=\"utf-8\">";
        if (!page.Contains(cdn, StringComparison.Ordinal))
            throw new InvalidOperationException(Require.Message($"a Plotly.NET chart page that loads {PlotlyJs.CdnPath}.js",
                "a page without that script element", "Use the Plotly.NET the course pins (6.0.0); a newer one writes its pages differently."));
        return page.Replace(cdn, $"<script src=\"{PlotlyJs.FileName}\" charset=\"utf-8\">", StringComparison.Ordinal);
    }

    /// <summary>Writes plotly.js and its licence next to the pages, once per folder (about 3.6 MB).</summary>
    private void WriteScript()
    {
        var script = Path.Combine(Folder, PlotlyJs.FileName);
        if (File.Exists(script)) return;
        File.WriteAllText(script + ".LICENSE.txt", PlotlyJs.License());
        File.WriteAllText(script + ".partial", PlotlyJs.Script());   // whole or not at all, should the program be stopped while writing
        File.Move(script + ".partial", script, overwrite: true);
    }
}
