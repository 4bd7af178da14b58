using MLCourse.Charts;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Charts;

public sealed class ChartStyleTests
{
    private static Plotly.NET.GenericChart Points() =>
        Chart.Point<double, double, string>(x: [1.0, 2.0], y: [3.0, 4.0]);

    private static string LayoutJson(Plotly.NET.GenericChart chart) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout());

    [Fact]
    public void WithTitle_puts_the_title_in_the_layout()
    {
        var json = LayoutJson(Points().WithTitle("Heavier penguins have longer flippers"));

        Assert.Contains("\"title\":{\"text\":\"Heavier penguins have longer flippers\"}", json);
    }

    [Fact]
    public void WithAxisTitles_titles_both_axes()
    {
        var json = LayoutJson(Points().WithAxisTitles(x: "flipper length (mm)", y: "body mass (g)"));

        Assert.Contains("\"xaxis\":{\"title\":{\"text\":\"flipper length (mm)\"}}", json);
        Assert.Contains("\"yaxis\":{\"title\":{\"text\":\"body mass (g)\"}}", json);
    }
}
