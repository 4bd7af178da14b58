using MLCourse.Evaluation;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class ClassificationReportTests
{
    // actual:    a a a b b c
    // predicted: a a b b c c
    // confusion (actual down, predicted across): a [2 1 0], b [0 1 1], c [0 0 1]
    private static readonly ClassificationReport Report = ClassificationReport.From(["a", "a", "a", "b", "b", "c"], ["a", "a", "b", "b", "c", "c"]);

    [Fact]
    public void Confusion_matrix_counts_actual_against_predicted()
    {
        Assert.Equal(["a", "b", "c"], Report.Classes);
        Assert.Equal([[2, 1, 0], [0, 1, 1], [0, 0, 1]], Report.ConfusionMatrix);
    }

    [Fact]
    public void Metrics_match_the_hand_computed_values()
    {
        Assert.Equal(4.0 / 6, Report.Accuracy, 12);                                  // (2 + 1 + 1) / 6
        Assert.Equal([1.0, 0.5, 0.5], Report.PerClass.Select(c => c.Precision));    // 2/2, 1/2, 1/2
        Assert.Equal([2.0 / 3, 0.5, 1.0], Report.PerClass.Select(c => c.Recall));    // 2/3, 1/2, 1/1
        Assert.Equal(0.8, Report.PerClass[0].F1, 12);                                // 2·1·(2/3) / (1 + 2/3)
        Assert.Equal(0.5, Report.PerClass[1].F1, 12);
        Assert.Equal(2.0 / 3, Report.PerClass[2].F1, 12);                            // 2·0.5·1 / 1.5
        Assert.Equal([3, 2, 1], Report.PerClass.Select(c => c.Support));
        Assert.Equal([true, true, false, true, false, true], Report.Correct);
        Assert.Equal(2.0 / 3, Report.MacroPrecision, 12);                            // (1 + 0.5 + 0.5) / 3
        Assert.Equal(13.0 / 18, Report.MacroRecall, 12);                             // (2/3 + 1/2 + 1) / 3
        Assert.Equal((0.8 + 0.5 + 2.0 / 3) / 3, Report.MacroF1, 12);
    }

    [Fact]
    public void A_class_never_predicted_has_precision_zero_not_an_error()
    {
        var report = ClassificationReport.From(["a", "b"], ["a", "a"]);

        Assert.Equal(0.0, report.PerClass[1].Precision);
        Assert.Equal(0.0, report.PerClass[1].F1);
    }

    [Fact]
    public void The_table_ends_with_the_macro_average_and_the_accuracy()
    {
        var table = Report.ToDataFrame();

        Assert.Equal(["a", "b", "c", "macro average", "accuracy"], table["class"].Cast<string>());
        Assert.Equal(0.667, table["F1"][4]);
        Assert.Null(table["precision"][4]);
        Assert.Equal(6, table["support"][3]);
    }

    [Fact]
    public void The_confusion_matrix_chart_is_a_heatmap_of_the_counts()
    {
        var trace = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(Report.PlotConfusionMatrix().GetTraces().Single()));

        Assert.Equal("heatmap", (string?)trace["type"]);
        // Plotly draws rows bottom-up, so they are given in reverse: class "a" ends up in the top row.
        Assert.Equal(["c", "b", "a"], trace["y"]!.Values<string>());
        Assert.Equal([2.0, 1.0, 0.0], trace["z"]![2]!.Values<double>());
        Assert.Equal(["a", "b", "c"], trace["x"]!.Values<string>());
    }

    [Fact]
    public void Mismatched_inputs_are_explained()
    {
        Assert.StartsWith("Expected one prediction per example; found 2 actual classes and 1 predictions.",
            Assert.Throws<ArgumentException>(() => ClassificationReport.From(["a", "b"], ["a"])).Message);
        Assert.StartsWith("Expected the actual classes; found none.", Assert.Throws<ArgumentException>(() => ClassificationReport.From([], [])).Message);
        Assert.StartsWith("Expected a class for every example; found a missing class (null). Drop examples without a label before evaluating.",
            Assert.Throws<ArgumentException>(() => ClassificationReport.From(["a", null!], ["a", "b"])).Message);
    }
}
