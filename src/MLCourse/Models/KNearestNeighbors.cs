using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// k-nearest-neighbours classification, which ML.NET does not have: a new point gets the class most common among the
/// <see cref="K"/> training points closest to it (Euclidean distance). "Training" only stores the points, so scale the
/// features first (lesson 02): a feature in grams would otherwise outweigh one in millimetres. A tie between classes
/// goes to the class of the nearest of the tied neighbours.
/// </summary>
public sealed class KNearestNeighbors
{
    private readonly float[][] points;
    private readonly string[] labels;

    /// <summary>How many neighbours vote.</summary>
    public int K { get; }

    /// <summary>The classes seen in training, sorted.</summary>
    public IReadOnlyList<string> Classes { get; }

    private KNearestNeighbors(float[][] points, string[] labels, int k) =>
        (this.points, this.labels, K, Classes) = (points, labels, k, labels.Distinct().Order(StringComparer.Ordinal).ToList());

    /// <summary>Stores the training points and their classes.</summary>
    /// <exception cref="ArgumentException">
    /// No points, a label for each point missing, unequal feature counts, or a missing (NaN) feature.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> below 1 or above the number of points.</exception>
    public static KNearestNeighbors Fit(IReadOnlyList<float[]> features, IReadOnlyList<string> labels, int k = 5)
    {
        FeatureRows.CheckAll(features, "k-NN", nameof(features));
        FeatureRows.CheckLabels(labels, features.Count, l => l is null, nameof(labels));
        Require.InRange(k, 1, features.Count, nameof(k), "a number of neighbours k", "k cannot exceed the number of training points; 5 is a common choice.");
        return new KNearestNeighbors(features.Select(f => f.ToArray()).ToArray(), labels.ToArray(), k);
    }

    /// <summary>
    /// Stores the training points of an ML.NET data view: a vector column of features (e.g. the output of
    /// <c>Concatenate</c> and a normalizer) and a text label column.
    /// </summary>
    public static KNearestNeighbors Fit(IDataView data, string featuresColumn = "Features", string labelColumn = "Label", int k = 5) =>
        Fit(FeatureRows.Read(data, featuresColumn), data.GetColumn<string>(labelColumn).ToList(), k);

    /// <summary>The predicted class of one point.</summary>
    public string Predict(float[] features) => Vote(features).Winner;

    /// <summary>The share of the <see cref="K"/> votes each class gets (0 for classes with none), as a probability estimate.</summary>
    public IReadOnlyDictionary<string, double> Probabilities(float[] features)
    {
        var votes = Vote(features).Votes;
        return Classes.ToDictionary(c => c, c => votes.GetValueOrDefault(c) / (double)K);
    }

    /// <summary>The predicted class of every row of <paramref name="data"/>, in order.</summary>
    public IReadOnlyList<string> Predict(IDataView data, string featuresColumn = "Features") =>
        FeatureRows.Read(data, featuresColumn).Select(Predict).ToList();

    private (string Winner, Dictionary<string, int> Votes) Vote(float[] features)
    {
        FeatureRows.Check(features, points[0].Length, "the point to classify", "k-NN");
        var nearest = Enumerable.Range(0, points.Length)
            .Select(i => (Index: i, Distance: SquaredDistance(points[i], features)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Index)
            .Take(K)
            .ToList();
        var votes = nearest.GroupBy(n => labels[n.Index]).ToDictionary(g => g.Key, g => g.Count());
        var most = votes.Values.Max();
        var winner = nearest.First(n => votes[labels[n.Index]] == most); // of the tied classes, the one with the nearest neighbour
        return (labels[winner.Index], votes);
    }

    private static double SquaredDistance(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
