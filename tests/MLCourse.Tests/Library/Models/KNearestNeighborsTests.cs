using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Models;

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
