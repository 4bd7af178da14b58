using MLCourse.Reinforcement;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class GridPlotsTests
{
    [Fact]
    public void The_grid_is_a_heatmap_with_arrows_and_values_top_row_first_and_named_special_cells()
    {
        var grid = GridWorld.FromMap(["...", "SCG"]);
        var optimum = ValueIteration.Solve(grid, 1);

        var chart = grid.Plot(optimum.Values, optimum.Policy, "optimal", path: [3, 0]);

        var trace = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetTraces().First()));
        Assert.Equal("heatmap", (string?)trace["type"]);
        var text = trace["text"]!.ToObject<string[][]>()!;                       // Plotly's first row is drawn at the bottom
        Assert.Equal(["start <span style=\"font-size:22px\"><b>↑</b></span><br>-4", "", ""], text[0]);
        Assert.Equal("<span style=\"font-size:22px\"><b>→</b></span><br>-3", text[1][0]);   // on the path: bold
        Assert.Equal("<span style=\"font-size:17px\">↓</span><br>-1", text[1][2]);
        Assert.Equal("NaN", (string?)trace["z"]![0]![1]);                          // the cliff is left uncoloured
        var names = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout()))["annotations"]!
            .Select(a => ((string?)a["text"], (int)a["x"]!, (int)a["y"]!)).ToList();
        Assert.Equal([("cliff", 1, 0), ("<b>goal</b>", 2, 0)], names);
        Assert.Throws<ArgumentException>(() => grid.Plot([1.0], null, "too few"));
    }

    [Fact]
    public void A_path_is_a_red_line_through_its_cells_and_a_colour_range_is_kept()
    {
        var grid = GridWorld.FromMap(["...", "SCG"]);
        var optimum = ValueIteration.Solve(grid, 1);

        var chart = grid.Plot(optimum.Values, optimum.Policy, "optimal", path: [3, 0, 1, 2], zMin: -25, zMax: 0);

        var traces = chart.GetTraces().Select(t => JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(t))).ToList();
        Assert.Equal((-25.0, 0.0), ((double)traces[0]["zmin"]!, (double)traces[0]["zmax"]!));
        Assert.Equal("YIGnBu", (string?)traces[0]["colorscale"]);                  // all-negative values: one hue, not red–blue
        Assert.Equal(["0", "0", "1", "2"], traces[1]["x"]!.ToObject<string[]>()!);    // columns of states 3, 0, 1, 2
        Assert.Equal(["1", "0", "0", "0"], traces[1]["y"]!.ToObject<string[]>()!);    // their rows, named as the heatmap names them
        Assert.Equal(GridPlots.PathColour, (string?)traces[1]["line"]!["color"]);
        var layout = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout()));
        Assert.Equal("optimal", (string?)layout["title"]!["text"]);                 // the title survives adding the line
        Assert.Single(grid.Plot(optimum.Values, null, "no path").GetTraces());
        Assert.StartsWith("Expected zMin below zMax: the colour range runs from zMin to zMax; found 0 and 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => grid.Plot(optimum.Values, null, "flat", zMin: 0, zMax: 0)).Message);
    }
}
