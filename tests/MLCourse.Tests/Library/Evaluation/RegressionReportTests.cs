using MLCourse.Evaluation;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class RegressionReportTests
{
    [Fact]
    public void Metrics_match_the_hand_computed_values()
    {
        // errors 0.5, −0.5, 0, −1; mean of actual 2.875; total sum of squares 29.1875
        var report = RegressionReport.From([3, -0.5, 2, 7], [2.5, 0, 2, 8]);

        Assert.Equal(0.5, report.MeanAbsoluteError, 12);                       // (0.5 + 0.5 + 0 + 1) / 4
        Assert.Equal(Math.Sqrt(0.375), report.RootMeanSquaredError, 12);        // √((0.25 + 0.25 + 0 + 1) / 4)
        Assert.Equal(1 - 1.5 / 29.1875, report.RSquared, 12);                   // 0.9486, as scikit-learn's r2_score
    }

    [Fact]
    public void Residual_chart_plots_actual_minus_predicted_against_predicted()
    {
        var trace = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(RegressionReport.From([3, 1], [2, 2]).PlotResiduals(unit: "MPG").GetTraces().Single()));

        Assert.Equal([2.0, 2.0], trace["x"]!.Values<double>());
        Assert.Equal([1.0, -1.0], trace["y"]!.Values<double>());
    }

    [Fact]
    public void Each_bad_input_is_explained()
    {
        static string Error(IReadOnlyList<double> actual, IReadOnlyList<double> predicted) =>
            Assert.ThrowsAny<ArgumentException>(() => RegressionReport.From(actual, predicted)).Message;

        Assert.Equal("Expected the actual values; found null. Check what you pass as actual: a variable that was never given a value is null. (Parameter 'actual')", Error(null!, [1]));
        Assert.Equal("Expected one prediction per example; found 2 actual values and 1 predictions. " +
                     "Score the same examples you take the actual values from. (Parameter 'predicted')", Error([1, 2], [1]));
        Assert.Equal("Expected at least 2 examples; found 1. Use 2 or more, so that the errors have a mean and the target a spread. (Parameter 'actual')",
            Error([1], [1]));
        Assert.Equal("Expected numbers only; found a missing value or NaN at example 1. Drop examples without a known target before evaluating. (Parameter 'actual')",
            Error([1, double.NaN], [1, 2]));
        Assert.Equal("Expected actual values that vary (R² compares the errors with their spread); found every one of the 3 actual values equal to 23.5. " +
                     "Evaluate on examples whose targets differ, e.g. a larger or a random test set. (Parameter 'actual')", Error([23.5, 23.5, 23.5], [23, 24, 25]));
    }
}
