using MLCourse.Charts;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class PageLayoutTests
{
    [Fact]
    public void A_page_with_charts_loads_the_site_s_plotly_js_and_the_chart_loader_and_one_without_loads_no_script()
    {
        var charts = PageLayout.Render("03 · Explore", "<p>body</p>", hasCharts: true);
        var plain = PageLayout.Render("Lessons", "<p>body</p>", hasCharts: false);

        Assert.Contains($"<script src=\"assets/{PlotlyJs.FileName}\"></script>", charts);
        Assert.Contains("<script src=\"assets/notebook-charts.js\"></script>", charts);
        Assert.DoesNotContain("<script", plain);
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/site.css\">", plain);
    }

    [Fact]
    public void The_title_body_neighbours_and_footnote_are_in_place_and_escaped()
    {
        var page = PageLayout.Render("A & B", "<main-body/>", false, new PageLink("02-prepare-data.html", "02 · Prepare <data>"), null, "the footnote");

        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains($"<title>A &amp; B · {MLCourse.Course.Title}</title>", page);
        Assert.Contains("<main>\n<main-body/>\n</main>", page);
        Assert.Contains("<a href=\"02-prepare-data.html\">← 02 · Prepare &lt;data&gt;</a>", page);
        Assert.DoesNotContain("→", page);
        Assert.Contains("<nav class=\"pager\">", page);
        Assert.Contains("<footer class=\"site\"><div class=\"bar\">the footnote</div></footer>", page);
        Assert.DoesNotContain("<nav class=\"pager\">", PageLayout.Render("Lessons", "", false));
    }
}
