using System.Text.Json.Nodes;
using MLCourse.Charts;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class LessonPageTests
{
    private static readonly SiteLinks Links = new(Repository.Folders, Path.Combine(Repository.Folders.Artifacts, "site"), null, new HashSet<string> { "01-collect-data" });

    private static Lesson Lesson(params JsonObject[] cells) =>
        MLCourse.Runner.Lessons.Lesson.Read(Path.Combine(Repository.Folders.Notebooks, "91-page.ipynb"), NotebookJson.Of(cells), Repository.Folders.Notebooks);

    private static RenderedLesson Render(Lesson lesson, params JsonObject[] executed) =>
        LessonPage.Render(lesson, NotebookJson.Of(executed), Links, Repository.Folders.Root);

    private static JsonObject Stream(string text) => new() { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = text };

    private static JsonObject Display(string mime, string value) => new() { ["output_type"] = "display_data", ["data"] = new JsonObject { [mime] = value } };

    [Fact]
    public void Renders_prose_code_and_outputs_in_order_with_the_title_from_the_first_heading()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var lesson = Lesson(
            NotebookJson.Markdown("# 91 · Page\n\nSee [the next lesson](01-collect-data.ipynb)."),
            NotebookJson.Code("var x = 1;"), NotebookJson.Code("x"), NotebookJson.Code("table"), NotebookJson.Code("#r \"nuget: Microsoft.ML.FastTree, 5.0.1\""));

        var page = Render(lesson,
            NotebookJson.Markdown("# 91 · Page"),
            NotebookJson.Ran("var x = 1;", Stream($"data: {Repository.Folders.Root}/data\ncache: {home}/.nuget/packages\n")),
            NotebookJson.Ran("x", Display("text/plain", "1 < 2")),
            NotebookJson.Ran("table", NotebookJson.Html("<table><tr><td>3</td></tr></table>")),
            NotebookJson.Ran("#r \"nuget: Microsoft.ML.FastTree, 5.0.1\"",
                NotebookJson.Html("<div><div></div><div><strong>Installing Packages</strong><ul><li>Microsoft.ML.FastTree</li></ul></div></div>"),
                NotebookJson.Html("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li>Microsoft.ML.FastTree, 5.0.1</li></ul></div></div>")));

        Assert.Equal(("91-page", "91 · Page"), (page.Lesson, page.Title));
        Assert.Contains("<a href=\"01-collect-data.html\">the next lesson</a>", page.Html);
        Assert.Contains("<pre class=\"output stream\">data: &lt;course&gt;/data\ncache: ~/.nuget/packages\n</pre>", page.Html);   // no machine paths on the site
        Assert.Contains("<pre class=\"output text\">1 &lt; 2</pre>", page.Html);
        Assert.Contains("<div class=\"output html\"><table><tr><td>3</td></tr></table></div>", page.Html);
        Assert.True(page.Html.IndexOf("the next lesson", StringComparison.Ordinal) < page.Html.IndexOf("1 &lt; 2", StringComparison.Ordinal));
        Assert.Empty(page.Charts);
        Assert.DoesNotContain("Installing Packages", page.Html);   // progress; the final list stays
        Assert.Contains("<strong>Installed Packages</strong>", page.Html);
    }

    [Fact]
    public void The_prose_and_code_come_from_the_lesson_and_the_outputs_from_the_executed_notebook()
    {
        var lesson = Lesson(NotebookJson.Markdown("# 91 · Page\n\nThe prose of the lesson."), NotebookJson.Code("var now = \"the code of the lesson\";\nnow"));

        var page = Render(lesson, NotebookJson.Markdown("the prose of an older version"),
            NotebookJson.Ran("var then = \"the code of an older version\";", Display("text/plain", "the executed output")));

        Assert.Contains("<p>The prose of the lesson.</p>", page.Html);
        Assert.Contains("the code of the lesson", page.Html);
        Assert.DoesNotContain("older version", page.Html);
        Assert.Contains("<pre class=\"output text\">the executed output</pre>", page.Html);
    }

    [Fact]
    public void Code_cells_are_highlighted_and_an_answer_cell_is_marked_from_the_lesson_s_metadata()
    {
        var lesson = Lesson(NotebookJson.Markdown("# 91 · Page"), NotebookJson.Code("double? answer = null;", exercise: "01.2"));

        var page = Render(lesson, NotebookJson.Markdown("# 91 · Page"), NotebookJson.Ran("double? answer = null;"));

        Assert.Contains("<div class=\"cell code exercise\" id=\"cell-2\"><div class=\"exercise-label\">Exercise 01.2 · your answer goes in this cell</div>", page.Html);
        Assert.Contains("<pre class=\"source\"><code class=\"language-csharp\"><span class=\"kw\">double</span>?", page.Html);
    }

    [Fact]
    public void Errors_and_images_are_shown_as_the_notebook_shows_them()
    {
        var lesson = Lesson(NotebookJson.Code("Load()"), NotebookJson.Code("image"));

        var page = Render(lesson, NotebookJson.Ran("Load()", NotebookJson.Error("FileNotFoundException: <data.csv>")), NotebookJson.Ran("image", Display("image/png", "iVBORw0KGgo=\n")));

        Assert.Contains("<pre class=\"output error\">Error: FileNotFoundException: &lt;data.csv&gt;</pre>", page.Html);
        Assert.Contains("<div class=\"output image\"><img alt=\"output of cell 2\" src=\"data:image/png;base64,iVBORw0KGgo=\"></div>", page.Html);
    }

    [Fact]
    public void Names_each_chart_by_its_title_or_else_its_first_line_of_code_and_counts_it()
    {
        var titled = "<div id=\"a\"></div><script>var data = [];\n        var layout = {\"title\":{\"text\":\"Body mass\"}};\n Plotly.newPlot('a', data, layout);</script>";
        var untitled = "<div id=\"b\"></div><script>Plotly.newPlot('b', [], {});</script>";
        var lesson = Lesson(NotebookJson.Code("// a comment\npenguins.PlotHistogram(\"mass\")"), NotebookJson.Markdown("text"), NotebookJson.Code("Chart.Plot(x)"));

        var page = Render(lesson, NotebookJson.Ran("", NotebookJson.Html(titled)), NotebookJson.Markdown("text"), NotebookJson.Ran("", NotebookJson.Html(untitled)));

        Assert.Equal([new PageChart(1, 1, "“Body mass”"), new PageChart(2, 3, "`Chart.Plot(x)`")], page.Charts);
        Assert.Contains("<div class=\"output chart\" data-chart=\"1\" data-cell=\"1\" data-name=\"“Body mass”\">", page.Html);
        Assert.Contains("<div class=\"output chart\" data-chart=\"2\" data-cell=\"3\" data-name=\"`Chart.Plot(x)`\">", page.Html);
    }

    [Fact]
    public void A_chart_made_for_another_plotly_js_is_a_build_error()
    {
        var lesson = Lesson(NotebookJson.Markdown("# 91 · Page"), NotebookJson.Code("chart"));

        var error = Assert.Throws<InvalidDataException>(() => Render(lesson, NotebookJson.Markdown("# 91 · Page"),
            NotebookJson.Ran("chart", NotebookJson.Html("<script>require({paths:{plotly:'https://cdn.plot.ly/plotly-3.0.1.min'}}); Plotly.newPlot('a', [], {});</script>"))));

        Assert.StartsWith($"91-page, cell 2: a chart was made for plotly.js 3.0.1, but the site ships plotly.js {PlotlyJs.Version}", error.Message);
    }

    [Fact]
    public void Only_the_lesson_s_own_cells_are_shown_when_the_run_went_on_with_the_solutions()
    {
        var lesson = Lesson(NotebookJson.Markdown("# 91 · Page"), NotebookJson.Code("double? answer = null;", exercise: "01.2"));

        var page = Render(lesson, NotebookJson.Markdown("# 91 · Page"), NotebookJson.Ran("double? answer = null;", Display("text/plain", "as shipped")),
            NotebookJson.Markdown("## The exercises again, with their solutions in place"),
            NotebookJson.Ran("double? answer = 3.75;", Display("text/plain", "with the solution")));

        Assert.Contains("as shipped", page.Html);
        Assert.DoesNotContain("solutions in place", page.Html);
        Assert.DoesNotContain("with the solution", page.Html);
    }

    [Theory]
    [InlineData(1, "code")]
    [InlineData(2, "markdown")]
    public void An_executed_notebook_whose_cells_are_not_the_lesson_s_is_refused(int count, string secondKind)
    {
        var lesson = Lesson(NotebookJson.Markdown("# a"), NotebookJson.Code("x"));
        var executed = new[] { NotebookJson.Markdown("# a"), secondKind == "code" ? NotebookJson.Ran("x") : NotebookJson.Markdown("x") }.Take(count).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => Render(lesson, executed));

        Assert.Equal($"91-page: the executed notebook's cells are not the lesson's ({count} cells, the lesson has 2); " +
                     "the executed copy is from another version of the lesson. Run the lesson again.", error.Message);
    }

    [Fact]
    public void An_executed_notebook_without_cells_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            LessonPage.Render(Lesson(NotebookJson.Code("x")), new JsonObject { ["nbformat"] = 4 }, Links, Repository.Folders.Root));

        Assert.Equal("91-page: the executed notebook has no cells.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_character_that_is_not_ascii_in_a_lesson_s_cells_is_on_its_page(string name)
    {
        var lesson = Repository.LessonNamed(name);

        var page = LessonPage.Render(lesson, JsonNode.Parse(lesson.NotebookJson(lesson.Cells))!, Links, Repository.Folders.Root).Html;

        NonAscii.AssertSurvives(lesson, page, "its page");
    }
}
