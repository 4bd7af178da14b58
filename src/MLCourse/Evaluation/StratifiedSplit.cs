using Microsoft.Data.Analysis;

namespace MLCourse.Evaluation;

/// <summary>
/// A train/test split that keeps each class's share the same in both parts (scikit-learn's
/// <c>train_test_split(..., stratify=y)</c>). ML.NET's <c>TrainTestSplit</c> splits at random, which can leave a
/// small class under-represented in a small test set. The same seed always gives the same split.
/// </summary>
public static class StratifiedSplit
{
    /// <summary>Splits <paramref name="frame"/>: of every class of <paramref name="labelColumn"/>, a share <paramref name="testFraction"/> (rounded) goes to the test part.</summary>
    /// <exception cref="ArgumentException">No such column, or a missing label.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A test fraction outside (0, 1).</exception>
    public static (DataFrame Train, DataFrame Test) Split(DataFrame frame, string labelColumn, double testFraction = 0.2, int seed = 1)
    {
        Require.Number(testFraction is > 0 and < 1, nameof(testFraction), "a test fraction between 0 and 1, both excluded", $"{testFraction}",
            "0.2 keeps a fifth of each class for testing.");
        var labels = Require.Column(frame, labelColumn, nameof(labelColumn)).Cast<object?>().Select(v => v?.ToString()).ToList();
        Require.That(!labels.Contains(null), nameof(labelColumn), $"a '{labelColumn}' in every row", $"none in row {labels.IndexOf(null)}",
            "Drop rows without a label before splitting.");

        var random = new Random(seed);
        var inTest = new bool[labels.Count];
        foreach (var rows in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shuffled = rows.ToArray();
            random.Shuffle(shuffled);
            foreach (var row in shuffled.Take((int)Math.Round(shuffled.Length * testFraction, MidpointRounding.AwayFromZero)))
                inTest[row] = true;
        }
        return (frame.Filter(new BooleanDataFrameColumn("train", inTest.Select(t => !t))), frame.Filter(new BooleanDataFrameColumn("test", inTest)));
    }
}
