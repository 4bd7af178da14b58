using MLCourse.Charts;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class SiteAssetsTests
{
    [Fact]
    public void The_site_ships_the_style_sheet_the_chart_loader_and_one_plotly_js_with_its_licence()
    {
        var folder = Repository.TestFolder("site-assets");

        SiteAssets.Write(folder);

        Assert.Equal(["notebook-charts.js", PlotlyJs.FileName, PlotlyJs.FileName + ".LICENSE.txt", "site.css"],
            Directory.GetFiles(Path.Combine(folder, "assets")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("plotly-2.28.0.min.js", PlotlyJs.FileName);
        Assert.Contains("plotly.js v2.28.0", File.ReadAllText(Path.Combine(folder, SiteAssets.PlotlyScript))[..400]);
        Assert.True(new FileInfo(Path.Combine(folder, SiteAssets.PlotlyScript)).Length > 3_000_000);
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(folder, SiteAssets.PlotlyScript + ".LICENSE.txt")));
        Assert.Contains("window.requirejs = window.require = require;", File.ReadAllText(Path.Combine(folder, SiteAssets.ChartLoader)));
    }
}
