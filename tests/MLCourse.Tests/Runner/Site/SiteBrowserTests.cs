using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

/// <summary>
/// The website's pages, opened in headless Chromium (the test run's one browser) with the network blocked. The fixture
/// lesson holds two charts from the real kernel (one Plotly.NET, one XPlot); breaking one must fail the check, naming the
/// lesson and the chart.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SiteBrowserTests(SiteInspector inspector)
{
    /// <summary>Builds a site from the fixture lesson (changed by <paramref name="change"/>, in a copy) and returns its folder and chart count.</summary>
    private static (string Folder, int Charts) FixtureSite(string name, Action<JsonArray>? change = null)
    {
        var folder = Repository.TestFolder(Path.Combine("site-browser", name));
        var lesson = ChartsLesson.In(folder, change: change);
        var site = new SiteBuilder(Repository.Folders).Build([lesson], Path.Combine(folder, "site"));
        return (site.Folder, lesson.Report.Charts);
    }

    private Task<IReadOnlyList<string>> CheckAsync((string Folder, int Charts) site) =>
        inspector.CheckAsync(site.Folder, new Dictionary<string, int> { [ChartsLesson.Name] = site.Charts });

    /// <summary>Replaces the text of the chart output in code cell <paramref name="codeCell"/> (1-based among code cells).</summary>
    private static Action<JsonArray> ChangeChart(int codeCell, string from, string to) => cells =>
    {
        var cell = cells.Where(c => (string?)c!["cell_type"] == "code").ElementAt(codeCell - 1)!;
        var output = cell["outputs"]!.AsArray().Single(o => ExecutedNotebook.IsChart(CellText.Of(o!["data"]?["text/html"])))!;
        var html = CellText.Of(output["data"]!["text/html"]);
        Assert.Contains(from, html);
        output["data"]!["text/html"] = html.Replace(from, to);
    };

    [Fact]
    public async Task The_fixture_lesson_draws_both_charts_offline_without_errors()
    {
        var site = FixtureSite("intact");

        var problems = await CheckAsync(site);

        Assert.Equal(2, site.Charts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("syntax", 1, "var data = [[", "“Heavier penguins have longer flippers”", "was not drawn")]      // the figure's script does not parse
    [InlineData("no-traces", 2, "var data = [] || [", "“Fuel economy of 398 cars (XPlot.Plotly)”", "no data")]          // a valid script with an empty figure
    public async Task A_broken_chart_fails_the_check_naming_the_lesson_and_the_chart(string kind, int chart, string breakage, string name, string complaint)
    {
        var site = FixtureSite("broken-" + kind, ChangeChart(chart, "var data = [", breakage));

        var problems = await CheckAsync(site);

        var problem = Assert.Single(problems, p => p.Contains($"chart {chart}"));
        Assert.StartsWith($"{ChartsLesson.Name}: chart {chart} ", problem);
        Assert.Contains(name, problem);
        Assert.Contains(complaint, problem);
    }

    [Fact]
    public async Task A_chart_that_reaches_for_the_internet_is_a_failure()
    {
        // Without the site's requirejs stand-in, Plotly.NET's output fetches requirejs from a CDN: blocked, and reported.
        var site = FixtureSite("no-loader");
        File.Delete(Path.Combine(site.Folder, SiteAssets.ChartLoader));

        var problems = await CheckAsync(site);

        Assert.Contains(problems, p => p.StartsWith($"{ChartsLesson.Name}: tried to load https://cdnjs.cloudflare.com/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{ChartsLesson.Name}: chart 1 ", StringComparison.Ordinal) && p.Contains("was not drawn"));
        Assert.Contains(problems, p => p.Contains("the link 'assets/notebook-charts.js' leads nowhere"));
    }

    [Fact]
    public async Task A_link_to_a_missing_page_or_heading_is_a_failure()
    {
        var site = FixtureSite("bad-links", cells => cells.Add(NotebookJson.Markdown("Go on with [lesson 99](99-nowhere.ipynb), or back to [the charts](#no-such-heading).")));

        var problems = await CheckAsync(site);

        Assert.Contains(problems, p => p.StartsWith($"{ChartsLesson.Name}: the link '", StringComparison.Ordinal) && p.Contains("99-nowhere.ipynb' leads nowhere"));
        Assert.Contains(problems, p => p.Contains("points at #no-such-heading"));
    }
}
