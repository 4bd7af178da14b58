using MLCourse.Charts;

namespace MLCourse.Runner.Site;

/// <summary>
/// The files every page shares, in <c>assets/</c>: the style sheet, the one copy of plotly.js (the version Plotly.NET
/// carries, with its licence), and the small script that hands it to the notebooks' chart outputs.
/// </summary>
public static class SiteAssets
{
    public const string Folder = "assets";
    public const string StyleSheet = Folder + "/site.css";
    public const string ChartLoader = Folder + "/notebook-charts.js";
    public static string PlotlyScript => Folder + "/" + PlotlyJs.FileName;

    public static void Write(string siteFolder)
    {
        Directory.CreateDirectory(Path.Combine(siteFolder, Folder));
        File.WriteAllText(Path.Combine(siteFolder, StyleSheet), Css);
        File.WriteAllText(Path.Combine(siteFolder, ChartLoader), Loader);
        File.WriteAllText(Path.Combine(siteFolder, PlotlyScript), PlotlyJs.Script());
        File.WriteAllText(Path.Combine(siteFolder, PlotlyScript + ".LICENSE.txt"), PlotlyJs.License());
    }

    /// <summary>
    /// Plotly.NET's and XPlot's chart outputs ask requirejs for plotly.js from a CDN (and fetch requirejs itself when the
    /// page has none). The page has already loaded the site's plotly.js, so this stand-in for requirejs hands them that
    /// copy: nothing is fetched.
    /// </summary>
    private const string Loader = """
        // Chart outputs in the notebooks ask requirejs for plotly.js from a CDN. This page has already loaded the site's
        // own copy (assets/plotly-*.min.js), so this stand-in for requirejs hands them that copy: nothing is fetched.
        (function () {
            var require = function (modules, callback) { callback(window.Plotly); };
            require.config = function () { return require; };
            window.requirejs = window.require = require;
        })();

        """;

    private const string Css = """
        :root { --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --accent: #0969da; --ok: #1a7f37; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); font: 16px/1.6 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
        a { color: var(--accent); }
        header.site, footer.site { background: #f6f8fa; border-bottom: 1px solid var(--line); }
        footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
        .bar { max-width: 980px; margin: 0 auto; padding: 0.6rem 1.25rem; display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
        .bar .home { font-weight: 600; color: var(--text); text-decoration: none; margin-right: auto; }
        nav.pager { display: flex; justify-content: space-between; gap: 1rem; max-width: 980px; margin: 2rem auto 0; padding: 0 1.25rem; }
        main { max-width: 980px; margin: 0 auto; padding: 1rem 1.25rem; }
        .run { border: 1px solid var(--line); border-left: 4px solid var(--ok); border-radius: 6px; padding: 0.5rem 0.9rem; margin: 1rem 0; font-size: 0.92rem; color: var(--muted); }
        .run b { color: var(--text); }
        .cell { margin: 0.9rem 0; }
        .cell.markdown table { border-collapse: collapse; margin: 0.8rem 0; display: block; overflow-x: auto; }
        .cell.markdown th, .cell.markdown td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; vertical-align: top; }
        .cell.markdown blockquote { margin: 0.8rem 0; padding: 0.2rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
        code { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
        .cell.markdown code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
        pre { margin: 0; overflow-x: auto; }
        pre.source { background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.7rem 0.9rem; line-height: 1.45; }
        .exercise pre.source { border-color: #bf8700; border-left-width: 4px; }
        .exercise-label { font-size: 0.85rem; font-weight: 600; color: #9a6700; margin-bottom: 0.25rem; }
        .kw { color: #cf222e; } .str { color: #0a3069; } .num { color: #0550ae; } .com { color: #59636e; font-style: italic; } .dir { color: #8250df; }
        .outputs { border-left: 3px solid var(--line); margin: 0.4rem 0 0 0.2rem; padding: 0.2rem 0 0.2rem 0.8rem; overflow-x: auto; }
        .output { margin: 0.3rem 0; }
        pre.output { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85rem; white-space: pre-wrap; }
        pre.output.error { color: #cf222e; }
        .output table { border-collapse: collapse; font-size: 0.85rem; }
        .output th, .output td { border: 1px solid var(--line); padding: 0.15rem 0.5rem; }
        .output.chart { overflow-x: auto; }
        table.lessons { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
        table.lessons th, table.lessons td { border-bottom: 1px solid var(--line); padding: 0.45rem 0.5rem; text-align: left; vertical-align: top; }
        table.lessons td.results { color: var(--muted); font-size: 0.85rem; }
        .passed { color: var(--ok); font-weight: 600; }

        """;
}
