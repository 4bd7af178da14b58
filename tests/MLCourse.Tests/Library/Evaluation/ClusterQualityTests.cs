using Microsoft.ML;
using Microsoft.ML.Trainers;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class ClusterQualityTests
{
    // Points 0, 2 | 10, 12 on a line. Cluster means 1 and 11, so inertia = 1 + 1 + 1 + 1 = 4.
    // Silhouette: point 0 has a = 2, b = (10 + 12) / 2 = 11, so (11 − 2) / 11 = 9/11; point 2: a = 2, b = 9, so 7/9;
    // by symmetry points 12 and 10 score 9/11 and 7/9: the mean is (9/11 + 7/9) / 2.
    private static readonly float[][] Points = [[0], [2], [10], [12]];

    [Fact]
    public void Inertia_silhouette_and_purity_match_the_hand_computed_values()
    {
        var quality = ClusterQuality.Of(Points, [0, 0, 1, 1], ["x", "x", "x", "y"]);

        Assert.Equal(2, quality.Clusters);
        Assert.Equal(4.0, quality.Inertia, 12);
        Assert.Equal((9.0 / 11 + 7.0 / 9) / 2, quality.Silhouette!.Value, 12);
        Assert.Equal(0.75, quality.Purity);                              // cluster 0: 2 of 2 are x; cluster 1: 1 of 2
    }

    [Fact]
    public void One_cluster_has_no_silhouette_and_a_lone_point_scores_zero()
    {
        Assert.Null(ClusterQuality.Of(Points, [0, 0, 0, 0]).Silhouette);
        Assert.Null(ClusterQuality.Of(Points, [0, 0, 0, 0]).Purity);
        // {0, 2, 10} and {12}: point 12 alone scores 0; 0: a = 6, b = 12 → 0.5; 2: a = 5, b = 10 → 0.5; 10: a = 9, b = 2 → −7/9.
        Assert.Equal((0.5 + 0.5 - 7.0 / 9 + 0) / 4, ClusterQuality.Of(Points, [0, 0, 0, 1]).Silhouette!.Value, 12);
    }

    [Fact]
    public void Scores_an_ML_NET_clustering_and_agrees_with_its_average_distance()
    {
        var ml = new MLContext(seed: 1);
        var rows = ml.Data.LoadFromEnumerable(Points.Select((p, i) => new Row { X = p[0], Species = i < 2 ? "x" : "y" }));
        var scored = ml.Transforms.Concatenate("Features", "X")
            .Append(ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options { NumberOfClusters = 2, NumberOfThreads = 1 }))
            .Fit(rows).Transform(rows);

        var quality = ClusterQuality.Of(scored, classColumn: "Species");

        Assert.Equal(4.0, quality.Inertia, 6);
        Assert.Equal(ml.Clustering.Evaluate(scored).AverageDistance * 4, quality.Inertia, 4);   // ML.NET reports inertia / n
        Assert.Equal(1.0, quality.Purity);
    }

    [Fact]
    public void Bad_inputs_are_explained()
    {
        Assert.Contains("Expected at least one training point; found none.", Assert.Throws<ArgumentException>(() => ClusterQuality.Of([], [])).Message);
        Assert.StartsWith("Expected one cluster number per point; found 4 points and 3 cluster numbers.", Assert.Throws<ArgumentException>(() => ClusterQuality.Of(Points, [0, 0, 1])).Message);
        Assert.StartsWith("Expected one class per point; found 4 points and 1 classes.", Assert.Throws<ArgumentException>(() => ClusterQuality.Of(Points, [0, 0, 1, 1], ["x"])).Message);
        Assert.Contains("missing value (NaN)", Assert.Throws<ArgumentException>(() => ClusterQuality.Of([[0], [float.NaN]], [0, 1])).Message);
    }

    private sealed class Row
    {
        public float X { get; set; }
        public string Species { get; set; } = "";
    }
}
