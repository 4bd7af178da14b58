namespace MLCourse.Evaluation;

/// <summary>
/// A metric measured on each of k folds, summarized as mean ± standard deviation (the sample standard deviation,
/// n − 1; NumPy's default <c>std()</c> divides by n and gives a slightly smaller number).
/// </summary>
public sealed record CrossValidationSummary(double Mean, double StandardDeviation, IReadOnlyList<double> Folds)
{
    /// <exception cref="ArgumentException">Fewer than two folds, or a fold score that is not a number.</exception>
    public static CrossValidationSummary Of(IEnumerable<double> foldScores)
    {
        var folds = Require.NotNull(foldScores, nameof(foldScores), "the score of each fold").ToList();
        Require.Enough(folds, 2, nameof(foldScores), "folds", "so that the scores have a spread");
        Require.That(folds.All(double.IsFinite), nameof(foldScores), "a number for every fold", $"{folds.First(f => !double.IsFinite(f))} for fold {folds.FindIndex(f => !double.IsFinite(f))}",
            "Check that every fold had examples of each class.");
        var mean = folds.Average();
        return new CrossValidationSummary(mean, Math.Sqrt(folds.Sum(f => (f - mean) * (f - mean)) / (folds.Count - 1)), folds);
    }

    /// <summary>"0.983 ± 0.012"</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean:0.000} ± {StandardDeviation:0.000}");
}
