using MLCourse.Evaluation;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class BinaryCurvesTests
{
    // Sorted by score: 0.9 positive, 0.8 negative, 0.7 positive, 0.1 negative.
    private static readonly bool[] Actual = [true, false, true, false];
    private static readonly float[] Scores = [0.9f, 0.8f, 0.7f, 0.1f];

    [Fact]
    public void Roc_curve_and_its_area_match_the_hand_computed_values()
    {
        var roc = BinaryCurves.Roc(Actual, Scores);

        Assert.Equal([(0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (1.0, 1.0)], roc.Points);
        Assert.Equal(0.75, roc.Area, 12);   // of the 4 positive–negative pairs, 3 are ranked right (0.7 < 0.8 is the miss)
    }

    [Fact]
    public void Precision_recall_curve_and_average_precision_match_the_hand_computed_values()
    {
        var pr = BinaryCurves.PrecisionRecall(Actual, Scores);

        Assert.Equal([(0.5, 1.0), (0.5, 0.5), (1.0, 2.0 / 3), (1.0, 0.5)], pr.Points);
        Assert.Equal(0.5 * 1.0 + 0.5 * (2.0 / 3), pr.Area, 12);   // = 0.8333, as scikit-learn's average_precision_score
    }

    [Fact]
    public void Tied_scores_move_together_and_count_half_in_the_area()
    {
        var roc = BinaryCurves.Roc([true, false], [0.5f, 0.5f]);

        Assert.Equal([(0.0, 0.0), (1.0, 1.0)], roc.Points);
        Assert.Equal(0.5, roc.Area, 12);
    }

    [Fact]
    public void A_single_class_is_explained()
    {
        Assert.Equal("Expected both classes among the examples; found 2 positive and 0 negative. The curves need both classes: evaluate on a larger or stratified test set. (Parameter 'actual')",
            Assert.Throws<ArgumentException>(() => BinaryCurves.Roc([true, true], [0.1f, 0.2f])).Message);
        Assert.StartsWith("Expected a score for every example; found NaN for example 1.",
            Assert.Throws<ArgumentException>(() => BinaryCurves.Roc([true, false], [0.1f, float.NaN])).Message);
    }

    [Fact]
    public void The_roc_chart_has_the_curve_and_the_chance_diagonal()
    {
        var traces = BinaryCurves.Roc(Actual, Scores).Plot().GetTraces().Select(t => JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(t))).ToList();

        Assert.Equal(["ROC (area 0.750)", "chance (area 0.5)"], traces.Select(t => (string?)t["name"]));
    }

    [Fact]
    public void A_mark_is_a_named_point_on_the_chart()
    {
        var traces = BinaryCurves.Roc(Actual, Scores).Plot("ROC", ("baseline", 0.5, 0.25)).GetTraces()
            .Select(t => JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(t))).ToList();

        Assert.Equal(["ROC (area 0.750)", "chance (area 0.5)", "baseline"], traces.Select(t => (string?)t["name"]));
        Assert.Equal((0.5, 0.25), ((double)traces[2]["x"]![0]!, (double)traces[2]["y"]![0]!));
        Assert.Equal("diamond", (string?)traces[2]["marker"]!["symbol"]);
    }

    [Fact]
    public void A_combined_curve_chart_keeps_the_course_size_and_title()
    {
        var layout = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(BinaryCurves.Roc(Actual, Scores).Plot("ROC", ("baseline", 0.5, 0.25)).GetLayout()));

        Assert.Equal((760, 460), ((int)layout["width"]!, (int)layout["height"]!));
        Assert.Equal("ROC", (string?)layout["title"]!["text"]);
    }
}
