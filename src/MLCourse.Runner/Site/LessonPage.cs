using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MLCourse.Charts;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Site;

/// <summary>
/// Renders one lesson as the body of a web page: its Markdown prose (Markdig) and code cells highlighted as C#, from the
/// lesson itself, and under each code cell the outputs the executed notebook holds for it, as the notebook shows them:
/// text, HTML tables, exercise verdicts and charts. Exercise answer cells are marked as such. When the run went on with the
/// exercises' solutions, only the lesson as shipped is shown.
/// </summary>
public static partial class LessonPage
{
    /// <summary>
    /// The kernel's "Installing Packages" message is progress: a notebook replaces it in place with "Installed Packages",
    /// but the executed notebook keeps every update (a dozen on a slow restore). The page shows only the final list.
    /// </summary>
    private const string InstallProgress = "<strong>Installing Packages</strong>";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders <paramref name="lesson"/> with the outputs of <paramref name="executed"/>, whose first cells are the lesson's.</summary>
    /// <exception cref="InvalidDataException">The executed notebook is not of this lesson, or a chart asks for a plotly.js the site does not ship.</exception>
    public static RenderedLesson Render(Lesson lesson, JsonNode executed, SiteLinks links, string courseRoot)
    {
        var cells = executed["cells"]?.AsArray() ?? throw new InvalidDataException($"{lesson.Name}: the executed notebook has no cells.");
        if (cells.Count < lesson.Cells.Count || lesson.Cells.Any(c => ((string?)cells[c.Number - 1]?["cell_type"] == "code") != c.IsCode))
            throw new InvalidDataException(
                $"{lesson.Name}: the executed notebook's cells are not the lesson's ({cells.Count} cells, the lesson has {lesson.Cells.Count}); " +
                "the executed copy is from another version of the lesson. Run the lesson again.");

        var redact = new MachinePaths(courseRoot);
        var html = new StringBuilder();
        var charts = new List<PageChart>();
        foreach (var cell in lesson.Cells)
        {
            if (!cell.IsCode)
            {
                html.Append("<section class=\"cell markdown\">").Append(RenderMarkdown(cell.Source, links)).Append("</section>\n");
                continue;
            }
            html.Append($"<div class=\"cell code{(cell.Exercise is null ? "" : " exercise")}\" id=\"cell-{cell.Number}\">");
            if (cell.Exercise is not null)
                html.Append($"<div class=\"exercise-label\">Exercise {Html.Encode(cell.Exercise)} · your answer goes in this cell</div>");
            html.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(CSharpHighlighter.ToHtml(cell.Source.TrimEnd())).Append("</code></pre>");
            var outputs = cells[cell.Number - 1]?["outputs"]?.AsArray() ?? [];
            if (outputs.Count > 0)
            {
                html.Append("<div class=\"outputs\">");
                foreach (var output in outputs)
                    html.Append(RenderOutput(lesson.Name, output!, cell.Number, FirstCodeLine(cell.Source), charts, redact));
                html.Append("</div>");
            }
            html.Append("</div>\n");
        }
        return new RenderedLesson(lesson.Name, lesson.Title, html.ToString(), charts);
    }

    /// <summary>Markdown as HTML, with its links pointed at the site's pages (or the repository's files).</summary>
    public static string RenderMarkdown(string markdown, SiteLinks links)
    {
        var document = Markdig.Markdown.Parse(markdown, Markdown);
        foreach (var link in document.Descendants<LinkInline>())
            if (link.Url is not null) link.Url = links.FromNotebook(link.Url);
        return document.ToHtml(Markdown);
    }

    private static string RenderOutput(string lesson, JsonNode output, int cell, string firstLine, List<PageChart> charts, MachinePaths redact)
    {
        var type = (string?)output["output_type"];
        if (type == "stream")
            return $"<pre class=\"output stream\">{Html.Encode(redact.Text(CellText.Of(output["text"])))}</pre>";
        if (type == "error")
            return $"<pre class=\"output error\">{Html.Encode(redact.Text($"{(string?)output["ename"]}: {(string?)output["evalue"]}"))}</pre>";

        var data = output["data"];
        var html = CellText.Of(data?["text/html"]);
        if (ExecutedNotebook.IsChart(html))
        {
            CheckPlotlyVersion(lesson, cell, html);
            var chart = new PageChart(charts.Count + 1, cell, ChartName(html, firstLine));
            charts.Add(chart);
            return $"<div class=\"output chart\" data-chart=\"{chart.Number}\" data-cell=\"{cell}\" data-name=\"{Html.Encode(chart.Name)}\">{html}</div>";
        }
        if (html.Contains(InstallProgress, StringComparison.Ordinal)) return "";
        if (html.Length > 0) return $"<div class=\"output html\">{redact.Html(html)}</div>";
        if (data?["image/png"] is { } png)
            return $"<div class=\"output image\"><img alt=\"output of cell {cell}\" src=\"data:image/png;base64,{CellText.Of(png).Trim()}\"></div>";
        var plain = CellText.Of(data?["text/plain"]);
        return plain.Length == 0 ? "" : $"<pre class=\"output text\">{Html.Encode(redact.Text(plain))}</pre>";
    }

    /// <summary>
    /// Every chart output names the plotly.js it was made for (Plotly.NET's and XPlot's CDN path); the site ships one copy,
    /// so a chart made for another version would be drawn by the wrong one. That is a build error, not a silent mismatch.
    /// </summary>
    private static void CheckPlotlyVersion(string lesson, int cell, string html)
    {
        foreach (Match m in PlotlyVersion().Matches(html))
            if (m.Groups[1].Value != PlotlyJs.Version)
                throw new InvalidDataException(
                    $"{lesson}, cell {cell}: a chart was made for plotly.js {m.Groups[1].Value}, but the site ships plotly.js {PlotlyJs.Version} " +
                    "(the one Plotly.NET carries). Make the chart with the course's Plotly.NET, or ship that version too.");
    }

    /// <summary>"“Body mass by species” (cell 12)" when the chart has a title, else the cell's first line.</summary>
    private static string ChartName(string html, string firstLine)
    {
        var layout = LayoutJson().Match(html);
        string? title = null;
        if (layout.Success)
        {
            try
            {
                var node = JsonNode.Parse(layout.Groups[1].Value)?["title"];
                title = node is JsonValue ? (string?)node : (string?)node?["text"];
            }
            catch (System.Text.Json.JsonException) { } // not plain JSON: name it by its cell instead
        }
        return string.IsNullOrWhiteSpace(title) ? $"`{firstLine}`" : $"“{title}”";
    }

    /// <summary>The first line of code that is not a comment, for naming a chart without a title.</summary>
    private static string FirstCodeLine(string code) =>
        CellText.Shorten(code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)) ?? "", 80);

    /// <summary>Replaces this machine's folders in outputs (the data folder in the banner, the NuGet cache) with names that mean something to a reader.</summary>
    private sealed class MachinePaths(string courseRoot)
    {
        private readonly string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        public string Text(string text)
        {
            text = text.Replace(courseRoot, "<course>", StringComparison.Ordinal);
            return home.Length > 1 ? text.Replace(home + "/", "~/", StringComparison.Ordinal) : text;
        }

        public string Html(string html)
        {
            html = html.Replace(courseRoot, "&lt;course&gt;", StringComparison.Ordinal);
            return home.Length > 1 ? html.Replace(home + "/", "~/", StringComparison.Ordinal) : html;
        }
    }

    [GeneratedRegex(@"plotly-(\d+\.\d+\.\d+)\.min")]
    private static partial Regex PlotlyVersion();

    [GeneratedRegex(@"var layout = (\{.*?\});\s*\n")]
    private static partial Regex LayoutJson();
}
