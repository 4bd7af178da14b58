using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Models;

public sealed class DecisionTreeTests
{
    // Six rows, two features. Root: 3 A and 3 B, Gini 0.5.
    // Sorted by x1 the classes run A A B A B B; by x2 they run B A B B A A. The best split of each feature leaves 0.25
    // (weighted Gini): x1 ≤ 2.5 (AA | BABB: 2/6·0 + 4/6·0.375) and x2 ≤ 4.5 (BABB | AA). Tied: the lower feature index wins.
    private static readonly float[][] Rows = [[1, 5], [2, 6], [3, 1], [4, 2], [5, 3], [6, 4]];
    private static readonly string[] Labels = ["A", "A", "B", "A", "B", "B"];

    [Fact]
    public void Splits_where_the_weighted_gini_impurity_is_lowest()
    {
        var tree = DecisionTree.Fit(Rows, Labels, maxDepth: 1);

        Assert.Equal(0.5, tree.Root.Gini, 12);
        Assert.Equal(0, tree.Root.Feature);
        Assert.Equal(2.5, tree.Root.Threshold);
        Assert.Equal(["A", "B"], new[] { tree.Root.Left!.Prediction, tree.Root.Right!.Prediction });
        Assert.Equal(0.375, tree.Root.Right!.Gini, 12);                 // 1 − (1/4)² − (3/4)²
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 3 }, tree.Root.Right.Counts);
    }

    [Fact]
    public void Grows_to_the_maximum_depth_and_breaks_ties_the_same_way_every_time()
    {
        // Right child B A B B (x1 = 3..6): x1 ≤ 4.5 and x2 ≤ 2.5 both leave 0.25; x1 wins. Its left leaf holds one B and
        // one A: a tied majority goes to the class first in sorted order, A.
        var tree = DecisionTree.Fit(Rows, Labels, maxDepth: 2);

        Assert.Equal(2, tree.Depth);
        Assert.Equal(3, tree.LeafCount);
        Assert.Equal((0, 4.5), (tree.Root.Right!.Feature, tree.Root.Right.Threshold));
        Assert.Equal("A", tree.Root.Right.Left!.Prediction);
        Assert.Equal(["A", "A", "A", "A", "B", "B"], Rows.Select(tree.Predict));
    }

    [Fact]
    public void Respects_the_minimum_leaf_size()
    {
        // With 3 rows on each side, only the middle split is allowed: x1 ≤ 3.5 (AAB | ABB) ties x2 ≤ 3.5 (BAB | BAA) at 4/9.
        var tree = DecisionTree.Fit(Rows, Labels, maxDepth: 3, minLeafSize: 3);

        Assert.Equal((0, 3.5), (tree.Root.Feature, tree.Root.Threshold));
        Assert.Equal([3, 3], new[] { tree.Root.Left!.Size, tree.Root.Right!.Size });
        Assert.True(tree.Root.Left.IsLeaf && tree.Root.Right.IsLeaf);
    }

    [Fact]
    public void Stops_when_no_question_lowers_the_impurity()
    {
        // XOR: every single split leaves both sides half A, half B (Gini 0.5, as at the root).
        var tree = DecisionTree.Fit([[0, 0], [0, 1], [1, 0], [1, 1]], ["A", "B", "B", "A"], maxDepth: 3);

        Assert.True(tree.Root.IsLeaf);
        Assert.Equal("A", tree.Predict([1, 1]));
    }

    [Fact]
    public void Prints_its_rules_and_draws_itself_as_indented_text()
    {
        var tree = DecisionTree.Fit(Rows, Labels, maxDepth: 1, featureNames: ["x1", "x2"]);

        Assert.Equal(["x1 ≤ 2.5 → A (A 2)", "x1 > 2.5 → B (B 3, A 1)"], tree.Rules());
        Assert.Equal("all rows (A 3, B 3)\nx1 ≤ 2.5 (A 2) → A\nx1 > 2.5 (B 3, A 1) → B", tree.ToString());
    }

    [Fact]
    public void Fits_an_ML_NET_features_column_with_its_slot_names()
    {
        var ml = new MLContext(seed: 1);
        var rows = ml.Data.LoadFromEnumerable(Rows.Zip(Labels, (r, l) => new Row { X1 = r[0], X2 = r[1], Label = l }));
        var data = ml.Transforms.Concatenate("Features", "X1", "X2").Fit(rows).Transform(rows);

        var tree = DecisionTree.Fit(data, maxDepth: 1);

        Assert.Equal(["X1", "X2"], tree.FeatureNames);
        Assert.Equal(["A", "B"], tree.Classes);
        Assert.Equal(["A", "A", "B", "B", "B", "B"], tree.Predict(data));
    }

    [Fact]
    public void Bad_inputs_are_explained()
    {
        Assert.Contains("Expected at least one training point; found none.",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit([], [])).Message);
        Assert.Contains("found 6 points and 5 labels",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit(Rows, Labels[..5])).Message);
        Assert.Contains("Expected a label for training point 1; found none",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit(Rows[..2], ["A", null!])).Message);
        Assert.Contains("Expected a value for every feature of training point 1; found a missing value (NaN) in feature 1",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit([[1, 2], [3, float.NaN]], ["A", "B"])).Message);
        Assert.Contains("Expected at least two classes to tell apart; found all 3 rows 'A'.",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit(Rows[..3], ["A", "A", "A"])).Message);
        Assert.Contains("Expected at least 1 question; found 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => DecisionTree.Fit(Rows, Labels, maxDepth: 0)).Message);
        Assert.Contains("Expected at least 1 training row per leaf; found 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => DecisionTree.Fit(Rows, Labels, minLeafSize: 0)).Message);
        Assert.Contains("Expected 2 features, as the training points have; found 3 in the",
            Assert.Throws<ArgumentException>(() => DecisionTree.Fit(Rows, Labels).Predict([1, 2, 3])).Message);
    }

    private sealed class Row
    {
        public float X1 { get; set; }
        public float X2 { get; set; }
        public string Label { get; set; } = "";
    }
}
