using Microsoft.Data.Analysis;
using MLCourse.Charts;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Charts;

/// <summary>Charts checked without a browser: their traces and layout as Plotly JSON.</summary>
public sealed class PlotsTests
{
    private static readonly DataFrame Penguins = new(
        new StringDataFrameColumn("species", ["Adelie", "Gentoo", "Adelie", "Gentoo", null]),
        new SingleDataFrameColumn("mass (g)", [3750f, 5000f, null, 5400f, 4000f]),
        new DoubleDataFrameColumn("flipper (mm)", [181, 211, 186, 230, 200]),
        new PrimitiveDataFrameColumn<DateTime>("day", Enumerable.Range(1, 5).Select(d => new DateTime(2015, 1, d))));

    private static JObject[] Traces(Plotly.NET.GenericChart chart) =>
        chart.GetTraces().Select(t => JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(t))).ToArray();

    private static JObject Layout(Plotly.NET.GenericChart chart) =>
        JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout()));

    private static void AssertTitles(Plotly.NET.GenericChart chart, string title, string x, string y)
    {
        var layout = Layout(chart);
        Assert.Equal(title, (string?)layout["title"]?["text"]);
        Assert.Equal(x, (string?)layout["xaxis"]?["title"]?["text"]);
        Assert.Equal(y, (string?)layout["yaxis"]?["title"]?["text"]);
    }

    [Fact]
    public void Histogram_has_one_trace_per_class_with_its_present_values()
    {
        var chart = Penguins.PlotHistogram("mass (g)", by: "species");

        var traces = Traces(chart);
        Assert.All(traces, t => Assert.Equal("histogram", (string?)t["type"]));
        Assert.Equal(["Adelie", "Gentoo"], traces.Select(t => (string?)t["name"]));
        Assert.Equal([3750.0], traces[0]["x"]!.Values<double>());           // the missing mass is left out
        Assert.Equal([5000.0, 5400.0], traces[1]["x"]!.Values<double>());
        Assert.NotEqual((string?)traces[0]["marker"]?["color"], (string?)traces[1]["marker"]?["color"]);
        AssertTitles(chart, "Distribution of mass (g)", "mass (g)", "count");
    }

    [Fact]
    public void Box_plot_has_a_box_per_class_and_the_class_on_the_x_axis()
    {
        var chart = Penguins.PlotBox("flipper (mm)", by: "species");

        var traces = Traces(chart);
        Assert.Equal(["box", "box"], traces.Select(t => (string?)t["type"]));
        Assert.Equal([181.0, 186.0], traces[0]["y"]!.Values<double>());
        AssertTitles(chart, "flipper (mm) by species", "species", "flipper (mm)");
    }

    [Fact]
    public void Scatter_draws_markers_for_rows_where_both_values_are_present()
    {
        var chart = Penguins.PlotScatter("flipper (mm)", "mass (g)", by: "species", title: "Heavier penguins have longer flippers");

        var traces = Traces(chart);
        Assert.Equal(["scatter", "scatter"], traces.Select(t => (string?)t["type"]));
        Assert.Equal("markers", (string?)traces[0]["mode"]);
        Assert.Equal([181.0], traces[0]["x"]!.Values<double>());
        Assert.Equal([3750.0], traces[0]["y"]!.Values<double>());
        AssertTitles(chart, "Heavier penguins have longer flippers", "flipper (mm)", "mass (g)");
    }

    [Fact]
    public void The_same_class_gets_the_same_colour_in_every_chart()
    {
        var scatter = Traces(Penguins.PlotScatter("flipper (mm)", "mass (g)", by: "species"));
        var histogram = Traces(Penguins.PlotHistogram("flipper (mm)", by: "species"));

        Assert.Equal((string?)scatter[1]["marker"]?["color"], (string?)histogram[1]["marker"]?["color"]);
        Assert.Equal(Plots.Palette[1], (string?)scatter[1]["marker"]?["color"]);
    }

    [Fact]
    public void Scatter_matrix_has_one_dimension_per_column()
    {
        var chart = Penguins.PlotScatterMatrix(["mass (g)", "flipper (mm)"], by: "species");

        var traces = Traces(chart);
        Assert.Equal(["splom", "splom"], traces.Select(t => (string?)t["type"]));
        Assert.Equal(["mass (g)", "flipper (mm)"], traces[0]["dimensions"]!.Select(d => (string?)d["label"]));
        Assert.Equal([181.0, 186.0], traces[0]["dimensions"]![1]!["values"]!.Values<double>());
        Assert.False((bool)traces[0]["diagonal"]!["visible"]!);
    }

    [Fact]
    public void Correlation_heatmap_shows_the_matrix_with_labels_from_minus_one_to_one()
    {
        var chart = Penguins.PlotCorrelation(["mass (g)", "flipper (mm)"]);

        var trace = Assert.Single(Traces(chart));
        Assert.Equal("heatmap", (string?)trace["type"]);
        Assert.Equal(["mass (g)", "flipper (mm)"], trace["x"]!.Values<string>());
        Assert.Equal(["flipper (mm)", "mass (g)"], trace["y"]!.Values<string>());    // bottom-up, so "mass (g)" is the top row
        AssertTitles(chart, "Correlation between the measurements", "", "");
        // Rows bottom-up: z[1] is "mass (g)", z[0] is "flipper (mm)"; the diagonal is 1, the matrix symmetric.
        Assert.Equal(1.0, (double)trace["z"]![1]![0]!);
        Assert.Equal(1.0, (double)trace["z"]![0]![1]!);
        Assert.Equal((double)trace["z"]![0]![0]!, (double)trace["z"]![1]![1]!);
        Assert.Equal((-1.0, 1.0), ((double)trace["zmin"]!, (double)trace["zmax"]!));
        Assert.Equal("%{text}", (string?)trace["texttemplate"]);
    }

    [Fact]
    public void Line_keeps_dates_on_the_x_axis()
    {
        var chart = Penguins.PlotLine("day", "flipper (mm)");

        var trace = Assert.Single(Traces(chart));
        Assert.Equal("scatter", (string?)trace["type"]);
        Assert.Equal("lines", (string?)trace["mode"]);
        Assert.Equal(5, trace["x"]!.Count());
        Assert.Equal(JTokenType.Date, trace["x"]![0]!.Type);    // written as a date, so Plotly draws a time axis
        Assert.Equal(new DateTime(2015, 1, 1), (DateTime)trace["x"]![0]!);
    }

    [Fact]
    public void Bar_has_a_bar_per_row()
    {
        var chart = Penguins.PlotBar("species", "flipper (mm)");

        var trace = Assert.Single(Traces(chart));
        Assert.Equal("bar", (string?)trace["type"]);
        Assert.Equal(["Adelie", "Gentoo", "Adelie", "Gentoo"], trace["x"]!.Values<string>()); // the row without a species is left out
        Assert.Equal([181.0, 211.0, 186.0, 230.0], trace["y"]!.Values<double>());
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => Penguins.PlotHistogram("Mass"));

        Assert.Equal("Expected a column named 'Mass'; found none. The columns are: species, mass (g), flipper (mm), day. " +
                     "Names must match exactly, including case, spaces and units. (Parameter 'column')", error.Message);
    }

    [Fact]
    public void A_text_column_where_numbers_are_needed_lists_the_numeric_columns()
    {
        var error = Assert.Throws<ArgumentException>(() => Penguins.PlotScatter("species", "mass (g)"));

        Assert.Equal("Expected numbers in column 'species' for a scatter plot; found String values. " +
                     "Pick a numeric column: mass (g), flipper (mm). (Parameter 'column')", error.Message);
    }

    [Fact]
    public void An_all_missing_column_is_explained_instead_of_drawing_an_empty_chart()
    {
        var empty = new DataFrame(new SingleDataFrameColumn("mass (g)", [null, null, null]));

        var error = Assert.Throws<ArgumentException>(() => empty.PlotHistogram("mass (g)"));

        Assert.Equal("Expected values in column 'mass (g)' for a histogram; found all 3 rows missing. " +
                     "Drop or fill the missing values first (lesson 02), or pick another column. (Parameter 'column')", error.Message);
    }

    [Fact]
    public void A_null_frame_is_explained()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ((DataFrame)null!).PlotBox("mass (g)"));

        Assert.Equal("Expected a DataFrame; found null. Check what you pass as frame: a variable that was never given a value is null. (Parameter 'frame')", error.Message);
    }

    [Fact]
    public void A_scatter_matrix_needs_two_columns()
    {
        var error = Assert.Throws<ArgumentException>(() => Penguins.PlotScatterMatrix(["mass (g)"]));

        Assert.Equal("Expected at least two columns for a scatter matrix; found 1. " +
                     "Give two or more numeric columns; for one column, draw a histogram (PlotHistogram). (Parameter 'columns')", error.Message);
    }

    [Fact]
    public void A_heatmap_needs_one_value_per_label()
    {
        var error = Assert.Throws<ArgumentException>(() => Plots.PlotHeatmap([[1.0, 2.0]], ["a"], ["x", "y", "z"], "t", "x", "y"));
        var empty = Assert.Throws<ArgumentException>(() => Plots.PlotHeatmap([], [], ["x"], "t", "x", "y"));

        Assert.Equal("Expected 1 rows of 3 values (one per label); found 1 rows of 2. " +
                     "Give one row per row label and one value per column label in every row. (Parameter 'values')", error.Message);
        Assert.StartsWith("Expected at least one row label and one column label; found 0 row and 1 column labels.", empty.Message);
    }
}
