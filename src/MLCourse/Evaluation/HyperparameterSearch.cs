using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// Tries hyperparameter settings and ranks them by a cross-validated score: every setting of a grid
/// (scikit-learn's <c>GridSearchCV</c>), or a seeded random sample of them (<c>RandomizedSearchCV</c>).
/// The settings are any record or anonymous object, e.g. <c>new { leaves = 8, learningRate = 0.1 }</c>.
/// </summary>
public static class HyperparameterSearch
{
    /// <summary>Scores every setting; the trials come back best first.</summary>
    public static IReadOnlyList<Trial<T>> Grid<T>(IEnumerable<T> settings, Func<T, CrossValidationSummary> score, bool higherIsBetter) =>
        Rank(settings.Select(s => new Trial<T>(s, score(s))), higherIsBetter);

    /// <summary>Scores <paramref name="trials"/> settings drawn without repetition from <paramref name="settings"/> (the same seed, the same draw).</summary>
    /// <exception cref="ArgumentOutOfRangeException">More trials than settings, or fewer than one.</exception>
    public static IReadOnlyList<Trial<T>> Random<T>(IEnumerable<T> settings, int trials, int seed, Func<T, CrossValidationSummary> score, bool higherIsBetter)
    {
        var all = Require.NotNull(settings, nameof(settings), "the settings to draw from").ToArray();
        Require.InRange(trials, 1, all.Length, nameof(trials), "a number of trials", $"Draw at most the {all.Length} settings there are; to try them all, use Grid.");
        new System.Random(seed).Shuffle(all);
        return Grid(all.Take(trials), score, higherIsBetter);
    }

    /// <summary>The trials as a leaderboard: one column per setting, then the mean and spread of the score.</summary>
    public static DataFrame ToLeaderboard<T>(this IReadOnlyList<Trial<T>> trials, string metric)
    {
        var table = trials.Select(t => t.Settings).ToDataFrame();
        table.Columns.Insert(0, new Int32DataFrameColumn("rank", Enumerable.Range(1, trials.Count)));
        table.Columns.Add(new DoubleDataFrameColumn($"{metric} (mean)", trials.Select(t => Math.Round(t.Score.Mean, 4))));
        table.Columns.Add(new DoubleDataFrameColumn($"{metric} (std)", trials.Select(t => Math.Round(t.Score.StandardDeviation, 4))));
        return table;
    }

    private static IReadOnlyList<Trial<T>> Rank<T>(IEnumerable<Trial<T>> trials, bool higherIsBetter) =>
        (higherIsBetter ? trials.OrderByDescending(t => t.Score.Mean) : trials.OrderBy(t => t.Score.Mean)).ToList();
}
