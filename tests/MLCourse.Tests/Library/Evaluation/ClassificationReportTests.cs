using Microsoft.ML;
using MLCourse.Evaluation;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests;

public sealed class KNearestNeighborsTests
{
    // Two clusters: A around the origin, B around (5, 5).
    private static readonly float[][] Points = [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]];
    private static readonly string[] Labels = ["A", "A", "A", "B", "B", "B"];

    [Theory]
    [InlineData(0.2f, 0.2f, 3, "A")]
    [InlineData(5.5f, 5.5f, 3, "B")]
    [InlineData(2.9f, 2.9f, 1, "B")]   // nearest: (5,5) at 2.97; (0,1) and (1,0) are at 3.47
    public void Predicts_the_majority_class_of_the_k_nearest_points(float x, float y, int k, string expected)
    {
        Assert.Equal(expected, KNearestNeighbors.Fit(Points, Labels, k).Predict([x, y]));
    }

    [Fact]
    public void Probabilities_are_the_share_of_the_votes()
    {
        // From (2.4, 2.4): (0,1) and (1,0) at 2.78, (0,0) at 3.39, (5,5) at 3.68, then (5,6) and (6,5) at 4.44.
        var probabilities = KNearestNeighbors.Fit(Points, Labels, k: 4).Probabilities([2.4f, 2.4f]);

        Assert.Equal(0.75, probabilities["A"]);
        Assert.Equal(0.25, probabilities["B"]);
    }

    [Fact]
    public void A_tie_goes_to_the_class_of_the_nearest_neighbour()
    {
        var knn = KNearestNeighbors.Fit([[0f, 0f], [2f, 0f]], ["A", "B"], k: 2);

        Assert.Equal("A", knn.Predict([0.9f, 0f]));  // one vote each; A is at 0.9, B at 1.1
        Assert.Equal("B", knn.Predict([1.1f, 0f]));
    }

    [Fact]
    public void Fits_and_predicts_from_an_ML_NET_data_view()
    {
        var ml = new MLContext(seed: 1);
        var rows = Points.Zip(Labels, (p, l) => new Row { X = p[0], Y = p[1], Label = l }).ToList();
        var data = ml.Transforms.Concatenate("Features", "X", "Y").Fit(ml.Data.LoadFromEnumerable(rows)).Transform(ml.Data.LoadFromEnumerable(rows));

        var knn = KNearestNeighbors.Fit(data, k: 3);

        Assert.Equal(["A", "B"], knn.Classes);
        Assert.Equal(Labels, knn.Predict(data));
    }

    [Fact]
    public void Mistakes_in_use_are_explained()
    {
        Assert.StartsWith("Expected a number of neighbours k between 1 and 6; found 7. k cannot exceed the number of training points",
            Assert.Throws<ArgumentOutOfRangeException>(() => KNearestNeighbors.Fit(Points, Labels, k: 7)).Message);
        Assert.StartsWith("Expected 2 features, as the training points have; found 3 in the point to classify. Use the same feature columns in the same order.",
            Assert.Throws<ArgumentException>(() => KNearestNeighbors.Fit(Points, Labels).Predict([1, 2, 3])).Message);
        Assert.StartsWith("Expected a value for every feature of the point to classify; found a missing value (NaN) in feature 1.",
            Assert.Throws<ArgumentException>(() => KNearestNeighbors.Fit(Points, Labels).Predict([1, float.NaN])).Message);
        Assert.StartsWith("Expected a label for each training point; found 6 points and 5 labels.",
            Assert.Throws<ArgumentException>(() => KNearestNeighbors.Fit(Points, Labels[..5])).Message);
        Assert.StartsWith("Expected at least one training point; found none.",
            Assert.Throws<ArgumentException>(() => KNearestNeighbors.Fit([], [])).Message);
    }

    private sealed class Row
    {
        public float X { get; set; }
        public float Y { get; set; }
        public string Label { get; set; } = "";
    }
}

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

public sealed class StratifiedSplitTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame Frame = new(
        new Microsoft.Data.Analysis.StringDataFrameColumn("label", Enumerable.Repeat("big", 50).Concat(Enumerable.Repeat("small", 10))),
        new Microsoft.Data.Analysis.Int32DataFrameColumn("id", Enumerable.Range(0, 60)));

    [Fact]
    public void Each_class_keeps_its_share_in_the_test_part()
    {
        var (train, test) = StratifiedSplit.Split(Frame, "label", testFraction: 0.2, seed: 7);

        Assert.Equal(48, train.Rows.Count);
        Assert.Equal(12, test.Rows.Count);
        Assert.Equal(10, test["label"].Cast<string>().Count(l => l == "big"));     // 20% of 50
        Assert.Equal(2, test["label"].Cast<string>().Count(l => l == "small"));    // 20% of 10
    }

    [Fact]
    public void The_parts_are_disjoint_complete_and_the_same_for_the_same_seed()
    {
        var (train, test) = StratifiedSplit.Split(Frame, "label", seed: 7);
        var again = StratifiedSplit.Split(Frame, "label", seed: 7).Test;
        var other = StratifiedSplit.Split(Frame, "label", seed: 8).Test;

        var trainIds = train["id"].Cast<int>().ToHashSet();
        var testIds = test["id"].Cast<int>().ToList();
        Assert.Empty(trainIds.Intersect(testIds));
        Assert.Equal(60, trainIds.Count + testIds.Count);
        Assert.Equal(testIds, again["id"].Cast<int>());
        Assert.NotEqual(testIds, other["id"].Cast<int>());
    }

    [Fact]
    public void A_bad_fraction_or_column_is_explained()
    {
        Assert.StartsWith("Expected a test fraction between 0 and 1, both excluded; found 1.5. 0.2 keeps a fifth of each class for testing.",
            Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedSplit.Split(Frame, "label", 1.5)).Message);
        Assert.StartsWith("Expected a column named 'species'; found none. The columns are: label, id.",
            Assert.Throws<ArgumentException>(() => StratifiedSplit.Split(Frame, "species")).Message);
        var unlabelled = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.StringDataFrameColumn("label", ["a", null, "b"]));
        Assert.StartsWith("Expected a 'label' in every row; found none in row 1. Drop rows without a label before splitting.",
            Assert.Throws<ArgumentException>(() => StratifiedSplit.Split(unlabelled, "label")).Message);
    }
}

public sealed class CrossValidationSummaryTests
{
    [Fact]
    public void Mean_and_sample_standard_deviation_of_the_folds()
    {
        var summary = CrossValidationSummary.Of([0.9, 1.0, 0.8]);   // mean 0.9; squares 0.01 + 0.01 + 0 over n − 1 = 2: √0.01 = 0.1

        Assert.Equal(0.9, summary.Mean, 12);
        Assert.Equal(0.1, summary.StandardDeviation, 12);
        Assert.Equal("0.900 ± 0.100", summary.ToString());
    }

    [Fact]
    public void One_fold_or_a_NaN_fold_is_explained()
    {
        Assert.StartsWith("Expected at least 2 folds; found 1. Use 2 or more, so that the scores have a spread.",
            Assert.Throws<ArgumentException>(() => CrossValidationSummary.Of([0.9])).Message);
        Assert.StartsWith("Expected a number for every fold; found NaN for fold 1. Check that every fold had examples of each class.",
            Assert.Throws<ArgumentException>(() => CrossValidationSummary.Of([0.9, double.NaN])).Message);
    }
}

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

public sealed class HyperparameterSearchTests
{
    // A made-up score: best at depth 3, whatever the rate; the spread is fixed.
    private static CrossValidationSummary Score(int depth, double rate) => CrossValidationSummary.Of([10 - Math.Abs(depth - 3) - rate, 10 - Math.Abs(depth - 3) + rate]);

    private static readonly IReadOnlyList<(int depth, double rate)> Grid =
        (from depth in new[] { 1, 2, 3, 4 } from rate in new[] { 0.1, 0.2 } select (depth, rate)).ToList();

    [Fact]
    public void Grid_search_tries_every_setting_and_ranks_the_best_first()
    {
        var trials = HyperparameterSearch.Grid(Grid.Select(g => new { g.depth, g.rate }), s => Score(s.depth, s.rate), higherIsBetter: true);

        Assert.Equal(8, trials.Count);
        Assert.Equal(3, trials[0].Settings.depth);
        Assert.Equal(10.0, trials[0].Score.Mean, 12);
        Assert.True(trials.Zip(trials.Skip(1)).All(p => p.First.Score.Mean >= p.Second.Score.Mean));
    }

    [Fact]
    public void Random_search_draws_the_same_settings_for_the_same_seed()
    {
        var first = HyperparameterSearch.Random(Grid, trials: 3, seed: 5, s => Score(s.depth, s.rate), higherIsBetter: false);
        var again = HyperparameterSearch.Random(Grid, trials: 3, seed: 5, s => Score(s.depth, s.rate), higherIsBetter: false);

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(t => t.Settings), again.Select(t => t.Settings));
        Assert.True(first[0].Score.Mean <= first[2].Score.Mean);   // lower is better here
    }

    [Fact]
    public void The_leaderboard_has_rank_settings_and_score_columns()
    {
        var board = HyperparameterSearch.Grid(Grid.Select(g => new { g.depth, g.rate }), s => Score(s.depth, s.rate), true).ToLeaderboard("score");

        Assert.Equal(["rank", "depth", "rate", "score (mean)", "score (std)"], board.Columns.Select(c => c.Name));
        Assert.Equal(1, board["rank"][0]);
    }

    [Fact]
    public void Too_many_random_trials_are_explained()
    {
        Assert.StartsWith("Expected a number of trials between 1 and 8; found 9. Draw at most the 8 settings there are; to try them all, use Grid.",
            Assert.Throws<ArgumentOutOfRangeException>(() => HyperparameterSearch.Random(Grid, 9, 1, s => Score(s.depth, s.rate), true)).Message);
    }
}

public sealed class TimeSplitTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame Days = new(
        new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<DateTime>("date",
            [new DateTime(2015, 3, 1), new DateTime(2014, 12, 31), new DateTime(2015, 1, 1), new DateTime(2013, 6, 1)]),
        new Microsoft.Data.Analysis.Int32DataFrameColumn("id", [0, 1, 2, 3]));

    [Fact]
    public void Days_before_the_cutoff_train_and_the_cutoff_day_on_test_each_in_row_order()
    {
        var (train, test) = TimeSplit.Before(Days, "date", new DateTime(2015, 1, 1));

        Assert.Equal([1, 3], train["id"].Cast<int>());
        Assert.Equal([0, 2], test["id"].Cast<int>());
    }

    [Fact]
    public void A_missing_date_column_or_a_cutoff_outside_the_dates_is_explained()
    {
        Assert.StartsWith("Expected a column named 'day'; found none. The columns are: date, id.",
            Assert.Throws<ArgumentException>(() => TimeSplit.Before(Days, "day", new DateTime(2015, 1, 1))).Message);
        Assert.StartsWith("Expected column 'id' to hold DateTime values; found Int32 values. Convert it first, or pick a column that holds DateTime values: date.",
            Assert.Throws<ArgumentException>(() => TimeSplit.Before(Days, "id", new DateTime(2015, 1, 1))).Message);
        Assert.StartsWith("Expected a cutoff that leaves rows on both sides; found 2016-01-01, which puts every row in the training part: " +
                          "the dates run from 2013-06-01 to 2015-03-01. Choose a cutoff between them.",
            Assert.Throws<ArgumentOutOfRangeException>(() => TimeSplit.Before(Days, "date", new DateTime(2016, 1, 1))).Message);
        Assert.Contains("puts every row in the test part", Assert.Throws<ArgumentOutOfRangeException>(() => TimeSplit.Before(Days, "date", new DateTime(2000, 1, 1))).Message);
    }
}
