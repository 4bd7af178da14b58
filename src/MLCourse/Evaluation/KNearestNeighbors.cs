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
    /// <exception cref="ArgumentException">No points, a label for each point missing, unequal feature counts, or a missing (NaN) feature.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1 or above the number of points.</exception>
    public static KNearestNeighbors Fit(IReadOnlyList<float[]> features, IReadOnlyList<string> labels, int k = 5)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count == 0) throw new ArgumentException("k-NN needs at least one training point; got none.", nameof(features));
        if (features.Count != labels.Count)
            throw new ArgumentException($"Each training point needs a label: got {features.Count} points and {labels.Count} labels.", nameof(labels));
        if (k < 1 || k > features.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and the number of training points ({features.Count}).");
        var width = features[0].Length;
        for (var i = 0; i < features.Count; i++)
        {
            Check(features[i], width, $"training point {i}");
            if (labels[i] is null) throw new ArgumentException($"Training point {i} has no label: drop unlabelled rows first.", nameof(labels));
        }
        return new KNearestNeighbors(features.Select(f => f.ToArray()).ToArray(), labels.ToArray(), k);
    }

    /// <summary>
    /// Stores the training points of an ML.NET data view: a vector column of features (e.g. the output of
    /// <c>Concatenate</c> and a normalizer) and a text label column.
    /// </summary>
    public static KNearestNeighbors Fit(IDataView data, string featuresColumn = "Features", string labelColumn = "Label", int k = 5) =>
        Fit(Features(data, featuresColumn), data.GetColumn<string>(labelColumn).ToList(), k);

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
        Features(data, featuresColumn).Select(Predict).ToList();

    private (string Winner, Dictionary<string, int> Votes) Vote(float[] features)
    {
        Check(features, points[0].Length, "the point to classify");
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

    private static void Check(float[] features, int width, string what)
    {
        if (features is null || features.Length != width)
            throw new ArgumentException($"{what} has {features?.Length ?? 0} features; the training points have {width}. Use the same feature columns in the same order.");
        var nan = Array.FindIndex(features, float.IsNaN);
        if (nan >= 0)
            throw new ArgumentException($"{what} has a missing value (NaN) in feature {nan}; k-NN cannot measure a distance to it. Drop or fill missing values first.");
    }

    private static List<float[]> Features(IDataView data, string column) =>
        data.GetColumn<VBuffer<float>>(column).Select(v => v.DenseValues().ToArray()).ToList();
}
