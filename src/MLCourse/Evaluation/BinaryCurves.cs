namespace MLCourse.Evaluation;

/// <summary>
/// ROC and precision-recall curves of a binary classifier, from the true classes and the scores it gave (higher means
/// "more likely positive"). Every distinct score is a possible threshold; tied scores move together.
/// </summary>
public static class BinaryCurves
{
    /// <summary>
    /// True-positive rate (recall) against false-positive rate as the threshold falls. The area is the chance that a random
    /// positive scores higher than a random negative (ties count half): 1 is perfect, 0.5 is a coin toss.
    /// </summary>
    public static Curve Roc(IReadOnlyList<bool> actual, IReadOnlyList<float> scores)
    {
        var (positives, negatives, steps) = Steps(actual, scores);
        var points = new List<(double X, double Y)> { (0, 0) };
        points.AddRange(steps.Select(s => ((double)s.FalsePositives / negatives, (double)s.TruePositives / positives)));
        var area = points.Zip(points.Skip(1), (a, b) => (b.X - a.X) * (a.Y + b.Y) / 2).Sum();
        return new Curve("ROC", "false positive rate", "true positive rate", points, area, ChanceDiagonal: true);
    }

    /// <summary>
    /// Precision against recall as the threshold falls. The area is the average precision (scikit-learn's
    /// <c>average_precision_score</c>): Σ (recallₙ − recallₙ₋₁) · precisionₙ. A classifier that guesses gets the share of positives.
    /// </summary>
    public static Curve PrecisionRecall(IReadOnlyList<bool> actual, IReadOnlyList<float> scores)
    {
        var (positives, _, steps) = Steps(actual, scores);
        var points = steps.Select(s => ((double)s.TruePositives / positives, (double)s.TruePositives / (s.TruePositives + s.FalsePositives))).ToList();
        var area = points.Select((p, i) => (p.Item1 - (i == 0 ? 0 : points[i - 1].Item1)) * p.Item2).Sum();
        return new Curve("Precision-recall", "recall", "precision", points, area);
    }

    /// <summary>Counts of true and false positives at each distinct score, from the highest down.</summary>
    private static (int Positives, int Negatives, List<(int TruePositives, int FalsePositives)> Steps) Steps(IReadOnlyList<bool> actual, IReadOnlyList<float> scores)
    {
        Require.NotNull(actual, nameof(actual), "the actual classes");
        Require.NotNull(scores, nameof(scores), "the model's scores");
        Require.That(actual.Count == scores.Count, nameof(scores), "one score per example", $"{actual.Count} classes and {scores.Count} scores",
            "Score the same examples you take the actual classes from.");
        var positives = actual.Count(a => a);
        var negatives = actual.Count - positives;
        Require.That(positives > 0 && negatives > 0, nameof(actual), "both classes among the examples", $"{positives} positive and {negatives} negative",
            "The curves need both classes: evaluate on a larger or stratified test set.");
        Require.That(!scores.Any(float.IsNaN), nameof(scores), "a score for every example", $"NaN for example {scores.ToList().FindIndex(float.IsNaN)}",
            "The model could not score some example: look for missing values in its input.");

        var steps = new List<(int, int)>();
        var (truePositives, falsePositives) = (0, 0);
        foreach (var tie in Enumerable.Range(0, actual.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key))
        {
            truePositives += tie.Count(i => actual[i]);
            falsePositives += tie.Count(i => !actual[i]);
            steps.Add((truePositives, falsePositives));
        }
        return (positives, negatives, steps);
    }
}
