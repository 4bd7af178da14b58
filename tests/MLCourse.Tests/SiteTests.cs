using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using MLCourse.Charts;
using MLCourse.Runner;
using MLCourse.Runner.Site;

namespace MLCourse.Tests;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public void Keywords_strings_numbers_comments_and_directives_get_their_classes()
    {
        var html = CSharpHighlighter.ToHtml("#r \"nuget: Plotly.NET, 6.0.0\"\nvar n = 42; // the answer\nstring s = $\"{n} <b>\";");

        Assert.Contains("<span class=\"dir\">#</span><span class=\"dir\">r</span> <span class=\"str\">&quot;nuget: Plotly.NET, 6.0.0&quot;</span>", html);
        Assert.Contains("<span class=\"kw\">var</span> n = <span class=\"num\">42</span>;", html);
        Assert.Contains("<span class=\"com\">// the answer</span>", html);
        Assert.Contains("<span class=\"kw\">string</span> s = <span class=\"str\">$&quot;</span>{n}<span class=\"str\"> &lt;b&gt;</span><span class=\"str\">&quot;</span>;", html);
    }

    [Theory]
    [InlineData("var x = \"\"\"\n  raw \"quoted\" text\n  \"\"\";\n")]
    [InlineData("penguins.PlotHistogram(\"Body Mass (g)\", bins: 30)\n")]
    [InlineData("int broken = ;\n  /* unfinished")]
    public void Every_character_of_the_code_is_kept(string code)
    {
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(CSharpHighlighter.ToHtml(code), "<[^>]+>", ""));

        Assert.Equal(code, text);
    }

    [Fact]
    public void A_comment_above_the_setup_cells_directives_stays_above_them()
    {
        var html = CSharpHighlighter.ToHtml("// Course setup\n#r \"nuget: Microsoft.ML, 5.0.1\"\n\nMLCourse.Course.Start();");

        Assert.StartsWith("<span class=\"com\">// Course setup</span>\n<span class=\"dir\">#</span>", html);
        Assert.EndsWith("MLCourse.Course.Start();", html);
    }

    [Fact]
    public void A_variable_named_var_is_not_a_keyword_where_it_is_not_a_type()
    {
        Assert.Contains("<span class=\"kw\">int</span> var = <span class=\"num\">1</span>", CSharpHighlighter.ToHtml("int var = 1;"));
    }
}

public sealed class CourseOutlineTests
{
    [Fact]
    public void Reads_what_each_lesson_teaches_from_the_readme_table()
    {
        var outline = CourseOutline.Read("""
            | # | lesson | you learn to | status |
            |---|---|---|---|
            | 00 | [Welcome](notebooks/00-welcome.ipynb) | know why C# for ML | ready |
            | 10 | [Text](notebooks/10-classify-text.ipynb) | filter spam, with thresholds | in progress |
            not a row | 11 | x |
            """);

        Assert.Equal(["00", "10"], outline.Keys.Order());
        Assert.Equal(new OutlineEntry("10", "filter spam, with thresholds", "in progress"), outline["10"]);
    }

    [Fact]
    public void The_real_readme_describes_every_lesson()
    {
        var outline = CourseOutline.Read(File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md")));

        Assert.All(Repository.Lessons, l => Assert.False(string.IsNullOrWhiteSpace(outline.GetValueOrDefault(l.Number)?.Teaches), $"README has no row for lesson {l.Number}."));
    }

    [Theory]
    [InlineData("00", "Part one")]
    [InlineData("09", "Part one")]
    [InlineData("10", "Part two")]
    public void Lessons_from_10_on_are_part_two(string number, string part) => Assert.StartsWith(part, CourseOutline.Part(number));
}

public sealed class SiteLinksTests
{
    private static readonly string Site = Path.Combine(Repository.Folders.Artifacts, "site");

    [Theory]
    [InlineData("04-train-models.ipynb", "04-train-models.html")]
    [InlineData("04-train-models.ipynb#exercises", "04-train-models.html#exercises")]
    [InlineData("#summary", "#summary")]
    [InlineData("https://learn.microsoft.com/dotnet/machine-learning/", "https://learn.microsoft.com/dotnet/machine-learning/")]
    [InlineData("../README.md", "../../README.md")]
    [InlineData("../data/README.md#penguins", "../../data/README.md#penguins")]
    [InlineData("05-evaluate-optimize.ipynb", "../../notebooks/05-evaluate-optimize.ipynb")]   // not on this site: the file
    public void Lesson_links_go_to_pages_or_to_the_checkout(string link, string expected)
    {
        var links = new SiteLinks(Repository.Folders, Site, null, new HashSet<string> { "04-train-models" });

        Assert.Equal(expected, links.FromNotebook(link));
    }

    [Fact]
    public void With_a_repository_address_files_link_to_github()
    {
        var links = new SiteLinks(Repository.Folders, Site, "https://github.com/someone/ml-csharp/", new HashSet<string>());

        Assert.Equal("https://github.com/someone/ml-csharp/blob/main/README.md", links.FromNotebook("../README.md"));
        Assert.Equal("https://github.com/someone/ml-csharp/blob/main/notebooks/00-welcome.ipynb", links.RepositoryFile("notebooks/00-welcome.ipynb"));
    }
}

public sealed class LessonPageTests
{
    private static readonly SiteLinks Links = new(Repository.Folders, Path.Combine(Repository.Folders.Artifacts, "site"), null, new HashSet<string> { "01-collect-data" });

    private static JsonNode Notebook(params JsonObject[] cells) => new JsonObject { ["cells"] = new JsonArray(cells) };
    private static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = text };
    private static JsonObject Code(string source, JsonObject? metadata = null, params JsonObject[] outputs) =>
        new() { ["cell_type"] = "code", ["metadata"] = metadata ?? new JsonObject(), ["source"] = source, ["outputs"] = new JsonArray(outputs) };
    private static JsonObject Display(string mime, string value) =>
        new() { ["output_type"] = "display_data", ["data"] = new JsonObject { [mime] = value } };

    [Fact]
    public void Renders_prose_code_and_outputs_in_order_with_the_title_from_the_first_heading()
    {
        var executed = Notebook(
            Markdown("# 00 · Welcome\n\nSee [the next lesson](01-collect-data.ipynb)."),
            Code("var x = 1;", null, new JsonObject { ["output_type"] = "stream", ["text"] = $"data: {Repository.Folders.Root}/data\n" }),
            Code("x", null, Display("text/plain", "1 < 2")),
            Code("table", null, Display("text/html", "<table><tr><td>3</td></tr></table>")),
            Code("#r \"nuget: Microsoft.ML.FastTree, 5.0.1\"", null,
                Display("text/html", "<div><div></div><div><strong>Installing Packages</strong><ul><li>Microsoft.ML.FastTree</li></ul></div></div>"),
                Display("text/html", "<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li>Microsoft.ML.FastTree, 5.0.1</li></ul></div></div>")));

        var page = LessonPage.Render("00-welcome", executed, executed, Links, Repository.Folders.Root);

        Assert.Equal("00 · Welcome", page.Title);
        Assert.Contains("<a href=\"01-collect-data.html\">the next lesson</a>", page.Html);
        Assert.Contains("<pre class=\"output stream\">data: &lt;course&gt;/data\n</pre>", page.Html);   // no machine paths on the site
        Assert.Contains("<pre class=\"output text\">1 &lt; 2</pre>", page.Html);
        Assert.Contains("<div class=\"output html\"><table><tr><td>3</td></tr></table></div>", page.Html);
        Assert.True(page.Html.IndexOf("Welcome", StringComparison.Ordinal) < page.Html.IndexOf("1 &lt; 2", StringComparison.Ordinal));
        Assert.Empty(page.Charts);
        Assert.DoesNotContain("Installing Packages", page.Html);   // progress; the final list stays
        Assert.Contains("<strong>Installed Packages</strong>", page.Html);
    }

    [Fact]
    public void Marks_exercise_answer_cells_from_the_source_notebooks_metadata()
    {
        var exercise = new JsonObject { ["mlcourse"] = new JsonObject { ["exercise"] = "01.2" } };
        var source = Notebook(Code("double? answer = null;", exercise));
        var executed = Notebook(Code("double? answer = null;"));

        var page = LessonPage.Render("01-collect-data", source, executed, Links, Repository.Folders.Root);

        Assert.Contains("class=\"cell code exercise\"", page.Html);
        Assert.Contains("Exercise 01.2", page.Html);
    }

    [Fact]
    public void Names_each_chart_by_its_title_or_else_its_cell_and_counts_it()
    {
        var titled = "<div id=\"a\"></div><script>var data = [];\n        var layout = {\"title\":{\"text\":\"Body mass\"}};\n Plotly.newPlot('a', data, layout);</script>";
        var untitled = "<div id=\"b\"></div><script>Plotly.newPlot('b', [], {});</script>";
        var executed = Notebook(Code("// a comment\npenguins.PlotHistogram(\"mass\")", null, Display("text/html", titled)), Code("Chart.Plot(x)", null, Display("text/html", untitled)));

        var page = LessonPage.Render("03-explore-visualize", executed, executed, Links, Repository.Folders.Root);

        Assert.Equal([new PageChart(1, 1, "“Body mass”"), new PageChart(2, 2, "`Chart.Plot(x)`")], page.Charts);
        Assert.Contains("<div class=\"output chart\" data-chart=\"1\" data-cell=\"1\" data-name=\"“Body mass”\">", page.Html);
    }

    [Fact]
    public void A_chart_made_for_another_plotly_js_is_a_build_error()
    {
        var executed = Notebook(Code("chart", null, Display("text/html", "<script>require({paths:{plotly:'https://cdn.plot.ly/plotly-3.0.1.min'}}); Plotly.newPlot('a', [], {});</script>")));

        var error = Assert.Throws<InvalidDataException>(() => LessonPage.Render("03-explore-visualize", executed, executed, Links, Repository.Folders.Root));

        Assert.Contains("03-explore-visualize, cell 1: a chart was made for plotly.js 3.0.1, but the site ships plotly.js 2.28.0", error.Message);
    }

    [Fact]
    public void An_executed_notebook_that_does_not_match_its_lesson_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            LessonPage.Render("04-train-models", Notebook(Markdown("# a"), Code("x")), Notebook(Markdown("# a")), Links, Repository.Folders.Root));

        Assert.Contains("the executed notebook has 1 cells but the lesson has 2", error.Message);
    }
}

public sealed class SiteBuilderTests
{
    private static string Folder(string name)
    {
        var folder = Path.Combine(Repository.Folders.Artifacts, "tests", "site-builder", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static SiteLesson Fixture(string folder, string name, bool passed = true)
    {
        var path = Path.Combine(folder, name + ".ipynb");
        File.Copy(Repository.Fixture("site/98-charts.ipynb"), path);
        return new SiteLesson(new Lesson(path), new LessonReport(name, 3, [], 2, TimeSpan.FromSeconds(12.4),
            [new LessonResult("accuracy", "0.98", false), new LessonResult("train_s", "1.5", true)], [], passed ? [] : ["timed out after 600 s."], path));
    }

    [Fact]
    public void Writes_an_index_one_page_per_lesson_with_neighbours_and_one_plotly_js()
    {
        var folder = Folder("complete");
        var site = new SiteBuilder(Repository.Folders).Build([Fixture(folder, "00-first"), Fixture(folder, "10-second")], Path.Combine(folder, "site"));

        Assert.Equal(["00-first.html", "10-second.html", "index.html"], Directory.GetFiles(site.Folder).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(site.Folder, "assets", PlotlyJs.FileName)));
        Assert.Equal(4, site.Charts);
        var first = File.ReadAllText(Path.Combine(site.Folder, "00-first.html"));
        Assert.Contains($"<script src=\"assets/{PlotlyJs.FileName}\"></script>", first);
        Assert.Contains("<a href=\"10-second.html\">98 · Charts on a page →</a>", first);
        Assert.Contains("accuracy=0.98, train_s≈1.5", first);
        var index = File.ReadAllText(Path.Combine(site.Folder, "index.html"));
        Assert.True(index.IndexOf("Part one", StringComparison.Ordinal) < index.IndexOf("Part two", StringComparison.Ordinal));
        Assert.Contains("<a href=\"10-second.html\">", index);
        Assert.DoesNotContain("<script", index);
        Assert.True(site.Bytes > 3_000_000, $"the site holds plotly.js (3.6 MB); it measured {site.Bytes} bytes.");
    }

    [Fact]
    public void A_run_with_a_failed_lesson_publishes_nothing_and_removes_an_earlier_site()
    {
        var folder = Folder("refused");
        var target = Path.Combine(folder, "site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "an earlier run's site");

        var error = Assert.Throws<InvalidOperationException>(() =>
            new SiteBuilder(Repository.Folders).Build([Fixture(folder, "00-first"), Fixture(folder, "01-second", passed: false)], target));

        Assert.Contains("only from a run in which every lesson passed", error.Message);
        Assert.Contains("01-second failed: timed out after 600 s.", error.Message);
        Assert.False(Directory.Exists(target));
    }
}

public sealed class RunReportTests
{
    [Fact]
    public void Round_trips_through_json()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-report").FullName, RunReport.FileName);
        var report = new RunReport(false, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        [
            new LessonReport("03-explore-visualize", 12, [new CellError(7, "var x = Load();", "FileNotFoundException")], 8,
                TimeSpan.FromSeconds(41.25), [new("accuracy", "0.98", false)], [new("03.1", "NotAttempted")], ["a problem"], "artifacts/notebooks/03.ipynb") { TargetSeconds = 60 },
        ]);

        report.Write(path);
        var read = RunReport.Read(path);

        Assert.Equal(report.Finished, read.Finished);
        var lesson = Assert.Single(read.Lessons);
        Assert.Equal(report.Lessons[0] with { Errors = lesson.Errors, Results = lesson.Results, Exercises = lesson.Exercises, Problems = lesson.Problems }, lesson);
        Assert.Equal(report.Lessons[0].Problems, lesson.Problems);
        Assert.Equal(report.Lessons[0].Errors, lesson.Errors);
        Assert.Equal(report.Lessons[0].Results, lesson.Results);
    }

    [Fact]
    public void A_missing_report_says_to_run_the_lessons_first()
    {
        var error = Assert.Throws<FileNotFoundException>(() => RunReport.Read(Path.Combine(Path.GetTempPath(), "no-such-folder", RunReport.FileName)));

        Assert.Contains("run the lessons first", error.Message);
    }
}

public sealed class PlotlyJsTests
{
    [Fact]
    public void Plotly_net_carries_plotly_js_2_28_0_with_its_licence()
    {
        Assert.Equal("2.28.0", PlotlyJs.Version);
        Assert.Equal("plotly-2.28.0.min.js", PlotlyJs.FileName);
        Assert.Contains("plotly.js v2.28.0", PlotlyJs.Script()[..400]);
        Assert.True(PlotlyJs.Script().Length > 3_000_000);
        Assert.Contains("MIT", PlotlyJs.License());
    }
}

public sealed class OfflineChartsTests
{
    [Fact]
    public void A_chart_draws_with_the_pages_plotly_js_and_fetches_nothing()
    {
        var chart = Plotly.NET.CSharp.Chart.Point<int, int, string>(x: [1, 2], y: [3, 4]);

        var html = OfflineCharts.Html(chart);

        Assert.Contains("Plotly.newPlot(target, [{\"type\":\"scatter\"", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("if (!window.Plotly) { target.textContent = \"This chart needs plotly.js", html);
    }

    [Fact]
    public void The_setup_output_holds_plotly_js_once_and_loads_it_only_if_the_page_has_none()
    {
        var html = OfflineCharts.ScriptHtml();

        Assert.StartsWith("<div data-mlcourse=\"plotly.js 2.28.0\">", html);
        Assert.Contains("<script type=\"text/javascript\">if (!window.Plotly) {", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void Outside_a_notebook_there_is_no_cell_to_display_in()
    {
        Assert.False(KernelDisplay.Html("<b>x</b>"));
    }

    [Fact]
    public void An_xplot_chart_uses_the_pages_plotly_js_when_there_is_one()
    {
        XPlotHtmlFormatter.Register();
        var html = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1 }, y = new[] { 2 } }).ToDisplayString(HtmlFormatter.MimeType);

        Assert.True(html.IndexOf("if (window.Plotly)", StringComparison.Ordinal) < html.IndexOf("requirejs", StringComparison.Ordinal));
    }
}
