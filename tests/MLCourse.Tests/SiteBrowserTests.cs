using System.Text.Json.Nodes;
using MLCourse.Runner;
using MLCourse.Runner.Site;

namespace MLCourse.Tests;

/// <summary>Browser tests start headless Chromium: one at a time, apart from the kernel tests' heavy processes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "headless browser";
}

/// <summary>
/// The website's pages, opened in headless Chromium with the network blocked. The fixture lesson holds two charts from
/// the real kernel (one Plotly.NET, one XPlot); breaking one must fail the check, naming the lesson and the chart.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SiteBrowserTests
{
    private const string Lesson = "98-charts";

    /// <summary>Builds a site from the fixture lesson (changed by <paramref name="change"/>, in a copy) and returns its folder and chart count.</summary>
    private static (string Folder, int Charts) FixtureSite(string name, Action<JsonArray>? change = null)
    {
        var folder = Path.Combine(Repository.Folders.Artifacts, "tests", "site-fixtures", name);
        Directory.CreateDirectory(folder);
        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Fixture("site/98-charts.ipynb")))!;
        change?.Invoke(notebook["cells"]!.AsArray());
        var path = Path.Combine(folder, Lesson + ".ipynb");
        File.WriteAllText(path, notebook.ToJsonString());

        var executed = ExecutedNotebook.Read(path);
        var report = new LessonReport(Lesson, executed.CodeCells, [], executed.Charts, TimeSpan.FromSeconds(3), [], [], [], path);
        var site = new SiteBuilder(Repository.Folders).Build([new SiteLesson(new Lesson(path), report)], Path.Combine(folder, "site"));
        return (site.Folder, executed.Charts);
    }

    private static async Task<IReadOnlyList<string>> Check((string Folder, int Charts) site)
    {
        await using var inspector = await SiteInspector.StartAsync();
        return await inspector.CheckAsync(site.Folder, new Dictionary<string, int> { [Lesson] = site.Charts });
    }

    /// <summary>Replaces the text of the chart output in code cell <paramref name="codeCell"/> (1-based among code cells).</summary>
    private static Action<JsonArray> ChangeChart(int codeCell, string from, string to) => cells =>
    {
        var cell = cells.Where(c => (string?)c!["cell_type"] == "code").ElementAt(codeCell - 1)!;
        var output = cell["outputs"]!.AsArray().Single(o => ExecutedNotebook.Text(o!["data"]?["text/html"]).Contains(ExecutedNotebook.ChartMarker))!;
        var html = ExecutedNotebook.Text(output["data"]!["text/html"]);
        Assert.Contains(from, html);
        output["data"]!["text/html"] = html.Replace(from, to);
    };

    [Fact]
    public async Task The_fixture_lesson_draws_both_charts_offline_without_errors()
    {
        var site = FixtureSite("intact");

        var problems = await Check(site);

        Assert.Equal(2, site.Charts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("syntax", 1, "var data = [[", "“Heavier penguins have longer flippers”", "was not drawn")]      // the figure's script does not parse
    [InlineData("no-traces", 2, "var data = [] || [", "“Fuel economy of 398 cars (XPlot.Plotly)”", "no data")]          // a valid script with an empty figure
    public async Task A_broken_chart_fails_the_check_naming_the_lesson_and_the_chart(string kind, int chart, string breakage, string name, string complaint)
    {
        var site = FixtureSite("broken-" + kind, ChangeChart(chart, "var data = [", breakage));

        var problems = await Check(site);

        var problem = Assert.Single(problems, p => p.Contains($"chart {chart}"));
        Assert.StartsWith($"{Lesson}: chart {chart} ", problem);
        Assert.Contains(name, problem);
        Assert.Contains(complaint, problem);
    }

    [Fact]
    public async Task A_chart_that_reaches_for_the_internet_is_a_failure()
    {
        // Without the site's requirejs stand-in, Plotly.NET's output fetches requirejs from a CDN: blocked, and reported.
        var site = FixtureSite("no-loader");
        File.Delete(Path.Combine(site.Folder, SiteAssets.ChartLoader));

        var problems = await Check(site);

        Assert.Contains(problems, p => p.StartsWith($"{Lesson}: tried to load https://cdnjs.cloudflare.com/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{Lesson}: chart 1 ", StringComparison.Ordinal) && p.Contains("was not drawn"));
        Assert.Contains(problems, p => p.Contains("the link 'assets/notebook-charts.js' leads nowhere"));
    }

    [Fact]
    public async Task A_link_to_a_missing_page_or_heading_is_a_failure()
    {
        var site = FixtureSite("bad-links", cells => cells.Add(new JsonObject
        {
            ["cell_type"] = "markdown",
            ["metadata"] = new JsonObject(),
            ["source"] = "Go on with [lesson 99](99-nowhere.ipynb), or back to [the charts](#no-such-heading).",
        }));

        var problems = await Check(site);

        Assert.Contains(problems, p => p.StartsWith($"{Lesson}: the link '", StringComparison.Ordinal) && p.Contains("99-nowhere.ipynb' leads nowhere"));
        Assert.Contains(problems, p => p.Contains("points at #no-such-heading"));
    }
}

/// <summary>
/// Every lesson, as the test process ran it once (<see cref="LessonRuns"/>), rendered into the website and opened in
/// headless Chromium with the network blocked: every chart the runner counted is drawn, no console errors, no broken links.
/// </summary>
[Collection(KernelCollection.Name)]
[Trait("Category", "Kernel")]
public sealed class CourseSiteTests
{
    [Fact]
    public async Task Every_lesson_page_draws_every_chart_offline_with_no_errors_and_no_broken_links()
    {
        // Ask for every run at once: runs the lesson tests already made are reused, the others start two at a time.
        var reports = await Task.WhenAll(Repository.Lessons.Select(l => LessonRuns.Shipped(l.Name)));
        var lessons = Repository.Lessons.Zip(reports, (lesson, report) => new SiteLesson(lesson, report)).ToList();

        var site = new SiteBuilder(Repository.Folders).Build(lessons, Path.Combine(Repository.Folders.Artifacts, "tests", "site"));
        await using var inspector = await SiteInspector.StartAsync();
        var problems = await inspector.CheckAsync(site.Folder, lessons.ToDictionary(l => l.Report.Lesson, l => l.Report.Charts));

        Assert.True(problems.Count == 0, $"{problems.Count} problems on the website:\n" + string.Join("\n", problems));
        Assert.Equal(lessons.Sum(l => l.Report.Charts), site.Charts);
    }
}
