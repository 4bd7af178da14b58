using MLCourse.Charts;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class SiteBuilderTests
{
    private static readonly SiteBuilder Builder = new(Repository.Folders);

    /// <summary>A site folder that holds an earlier run's site.</summary>
    private static string EarlierSite(string folder)
    {
        var target = Path.Combine(folder, "site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "an earlier run's site");
        return target;
    }

    [Fact]
    public void Writes_an_index_one_page_per_lesson_with_neighbours_and_one_plotly_js()
    {
        var folder = Repository.TestFolder("site-builder-complete");

        var site = Builder.Build([ChartsLesson.In(folder, "00-first"), ChartsLesson.In(folder, "10-second")], Path.Combine(folder, "site"));

        Assert.Equal(["00-first.html", "10-second.html", "index.html"], Directory.GetFiles(site.Folder).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(site.Folder, "assets", PlotlyJs.FileName)));
        Assert.Equal(4, site.Charts);
        Assert.Equal(["00-first", "10-second"], site.Lessons.Select(l => l.Lesson));
        var first = File.ReadAllText(Path.Combine(site.Folder, "00-first.html"));
        Assert.Contains($"<script src=\"assets/{PlotlyJs.FileName}\"></script>", first);
        Assert.Contains("<a href=\"10-second.html\">98 · Charts on a page →</a>", first);
        Assert.DoesNotContain("←", first.Split("<main>")[0]);   // the first lesson has no previous one
        var index = File.ReadAllText(Path.Combine(site.Folder, "index.html"));
        Assert.True(index.IndexOf("Part one", StringComparison.Ordinal) < index.IndexOf("Part two", StringComparison.Ordinal));
        Assert.Contains("<a href=\"10-second.html\">", index);
        Assert.DoesNotContain("<script", index);
        Assert.True(site.Bytes > 3_000_000, $"the site holds plotly.js (3.6 MB); it measured {site.Bytes} bytes.");
        Assert.False(Directory.Exists(site.Folder + ".partial"));
    }

    [Fact]
    public void Each_lesson_page_opens_with_what_the_run_did_and_a_link_to_the_notebook()
    {
        var folder = Repository.TestFolder("site-builder-summary");

        var site = Builder.Build([ChartsLesson.In(folder)], Path.Combine(folder, "site"));

        var page = File.ReadAllText(Path.Combine(site.Folder, ChartsLesson.Name + ".html"));
        Assert.Contains("<div class=\"run\"><b>Executed</b> in the real notebook kernel in 12 s: 3 code cells, 2 charts, no errors · results: accuracy=0.98, train_s≈1.5. " +
                        $"<a href=\"../{ChartsLesson.Name}.ipynb\">The notebook</a> to run it yourself.</div>", page);
    }

    [Fact]
    public void Only_the_lesson_s_cells_are_published_from_a_notebook_executed_as_shipped_then_with_the_solutions()
    {
        var folder = Repository.TestFolder("site-builder-both-parts");
        var lesson = ChartsLesson.In(folder);
        var executed = ChartsLesson.Notebook();
        executed["cells"]!.AsArray().Add(NotebookJson.Markdown("## The exercises again, with their solutions in place"));
        executed["cells"]!.AsArray().Add(NotebookJson.Ran("var answer = 43;", NotebookJson.Html("<b>from the solutions part</b>")));
        var both = NotebookJson.Write(executed, Path.Combine(folder, "notebooks-solutions", ChartsLesson.Name + ".ipynb"));

        var site = Builder.Build([lesson with { Report = lesson.Report with { Solutions = true, Executed = both } }], Path.Combine(folder, "site"));

        var page = File.ReadAllText(Path.Combine(site.Folder, ChartsLesson.Name + ".html"));
        Assert.Equal(2, site.Charts);
        Assert.DoesNotContain("from the solutions part", page);
        Assert.DoesNotContain("solutions in place", page);
        Assert.Contains("answer = <span class=\"num\">42</span>;", page);   // the lesson's own last cell
    }

    [Fact]
    public void A_run_with_a_failed_lesson_publishes_nothing_and_removes_an_earlier_site()
    {
        var folder = Repository.TestFolder("site-builder-failed");
        var target = EarlierSite(folder);

        var error = Assert.Throws<InvalidOperationException>(() =>
            Builder.Build([ChartsLesson.In(folder, "00-first"), ChartsLesson.In(folder, "01-second", passed: false)], target));

        Assert.StartsWith("The website is built only from a run in which every lesson passed, and this one did not; no site was written.", error.Message);
        Assert.Contains("01-second failed: timed out after 600 s.", error.Message);
        Assert.DoesNotContain("00-first", error.Message);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void An_app_run_is_refused_because_it_has_no_executed_notebook_to_show()
    {
        var folder = Repository.TestFolder("site-builder-app");
        var lesson = ChartsLesson.In(folder);
        var output = Path.Combine(folder, ChartsLesson.Name + ".output.txt");
        File.WriteAllText(output, "what the app printed");

        var error = Assert.Throws<InvalidOperationException>(() =>
            Builder.Build([lesson with { Report = lesson.Report with { Executor = Executor.App, Executed = output } }], Path.Combine(folder, "site")));

        Assert.EndsWith("\n98-charts app ran as an app, which has no executed notebook to show: run the notebooks", error.Message);
    }

    [Fact]
    public void A_lesson_without_its_executed_notebook_and_a_run_without_lessons_are_refused()
    {
        var folder = Repository.TestFolder("site-builder-no-notebook");
        var lesson = ChartsLesson.In(folder);

        var none = Assert.Throws<InvalidOperationException>(() => Builder.Build([lesson with { Report = lesson.Report with { Executed = null } }], Path.Combine(folder, "site")));
        var gone = Assert.Throws<InvalidOperationException>(() =>
            Builder.Build([lesson with { Report = lesson.Report with { Executed = Path.Combine(folder, "deleted.ipynb") } }], Path.Combine(folder, "site")));
        var empty = Assert.Throws<InvalidOperationException>(() => Builder.Build([], Path.Combine(folder, "site")));

        Assert.EndsWith("\n98-charts has no executed notebook", none.Message);
        Assert.EndsWith("\n98-charts has no executed notebook", gone.Message);
        Assert.EndsWith("\nthe run holds no lessons", empty.Message);
    }

    [Fact]
    public void A_build_that_fails_half_way_writes_no_page()
    {
        var folder = Repository.TestFolder("site-builder-half-way");
        var target = EarlierSite(folder);
        var broken = ChartsLesson.In(folder, "01-broken", cells =>
        {
            var output = cells[1]!["outputs"]![0]!;
            output["data"]!["text/html"] = CellText.Of(output["data"]!["text/html"]).Replace($"plotly-{PlotlyJs.Version}.min", "plotly-1.0.0.min");
        });

        Assert.Throws<InvalidDataException>(() => Builder.Build([ChartsLesson.In(folder, "00-first"), broken], target));

        Assert.Equal("an earlier run's site", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Empty(Directory.Exists(target + ".partial") ? Directory.EnumerateFileSystemEntries(target + ".partial") : []);
    }

    [Fact]
    public void The_site_goes_to_artifacts_site_by_default()
    {
        Assert.Equal(Path.Combine(Repository.Folders.Artifacts, "site"), Builder.DefaultFolder);
    }
}
