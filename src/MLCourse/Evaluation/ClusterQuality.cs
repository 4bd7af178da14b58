using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// How good a clustering is, three ways. <see cref="Inertia"/>: the sum of squared distances from each point to the mean
/// of its cluster (what k-means minimizes; lower is tighter, and it always falls as k grows). <see cref="Silhouette"/>:
/// the mean over points of (b − a) / max(a, b), where a is a point's mean distance to the rest of its cluster and b its
/// mean distance to the nearest other cluster (from −1 to 1; higher means well separated; it can pick k). <see cref="Purity"/>,
/// when true classes are known: the share of points that belong to their cluster's most common class.
/// </summary>
public sealed record ClusterQuality(int Clusters, double Inertia, double? Silhouette, double? Purity)
{
    /// <summary>The scores of cluster numbers given to points, with the points' true classes when known.</summary>
    /// <exception cref="ArgumentException">No points, unequal lengths, unequal widths, or a missing (NaN) feature.</exception>
    public static ClusterQuality Of(IReadOnlyList<float[]> points, IReadOnlyList<int> clusters, IReadOnlyList<string>? classes = null)
    {
        FeatureRows.CheckAll(points, "Scoring clusters", nameof(points));
        Require.NotNull(clusters, nameof(clusters), "a cluster number for each point");
        Require.That(clusters.Count == points.Count, nameof(clusters), "one cluster number per point", $"{points.Count} points and {clusters.Count} cluster numbers",
            "Take the cluster numbers from the same rows as the points.");
        Require.That(classes is null || classes.Count == points.Count, nameof(classes), "one class per point", $"{points.Count} points and {classes!.Count} classes",
            "Take the classes from the same rows as the points, or leave them out.");

        var members = Enumerable.Range(0, points.Count).GroupBy(i => clusters[i]).ToDictionary(g => g.Key, g => g.ToArray());
        var inertia = members.Values.Sum(rows =>
        {
            var centre = Enumerable.Range(0, points[0].Length).Select(j => rows.Average(i => (double)points[i][j])).ToArray();
            return rows.Sum(i => SquaredDistance(points[i], centre));
        });
        var purity = classes is null ? (double?)null
            : members.Values.Sum(rows => rows.GroupBy(i => classes[i]).Max(g => g.Count())) / (double)points.Count;
        return new ClusterQuality(members.Count, inertia, members.Count < 2 ? null : MeanSilhouette(points, clusters, members), purity);
    }

    /// <summary>
    /// The scores of an ML.NET clustering model's output: the features it clustered (a vector column) and its
    /// PredictedLabel (the cluster number), with a column of true classes when known.
    /// </summary>
    public static ClusterQuality Of(IDataView scored, string featuresColumn = "Features", string clusterColumn = "PredictedLabel", string? classColumn = null) =>
        Of(FeatureRows.Read(scored, featuresColumn), scored.GetColumn<uint>(clusterColumn).Select(c => (int)c).ToList(),
            classColumn is null ? null : scored.GetColumn<string>(classColumn).ToList());

    /// <summary>A point alone in its cluster scores 0, as in scikit-learn.</summary>
    private static double MeanSilhouette(IReadOnlyList<float[]> points, IReadOnlyList<int> clusters, Dictionary<int, int[]> members)
    {
        var ids = members.Keys.ToList();
        var slot = clusters.Select(c => ids.IndexOf(c)).ToArray();
        var total = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var sums = new double[ids.Count];                                  // distance from point i to each cluster, summed
            for (var j = 0; j < points.Count; j++)
                if (j != i) sums[slot[j]] += Math.Sqrt(SquaredDistance(points[i], points[j]));
            var ownSize = members[clusters[i]].Length;
            if (ownSize == 1) continue;
            var a = sums[slot[i]] / (ownSize - 1);
            var b = Enumerable.Range(0, ids.Count).Where(c => c != slot[i]).Min(c => sums[c] / members[ids[c]].Length);
            total += (b - a) / Math.Max(a, b);
        }
        return total / points.Count;
    }

    private static double SquaredDistance(float[] point, IReadOnlyList<double> other)
    {
        var sum = 0.0;
        for (var j = 0; j < point.Length; j++) sum += (point[j] - other[j]) * (point[j] - other[j]);
        return sum;
    }

    private static double SquaredDistance(float[] point, float[] other)
    {
        var sum = 0.0;
        for (var j = 0; j < point.Length; j++) sum += ((double)point[j] - other[j]) * ((double)point[j] - other[j]);
        return sum;
    }
}
