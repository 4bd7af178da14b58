using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>One feature's permutation importance: how much the metric got worse when the feature was shuffled, with a 95% interval.</summary>
public sealed record FeatureImportance(string Feature, double Change, double Low, double High)
{
    /// <summary>
    /// Importances from ML.NET's <c>PermutationFeatureImportance</c> statistics, one per feature slot, sorted by size of the
    /// change. The 95% interval is the mean ± 1.96 standard errors over the permutations.
    /// </summary>
    /// <exception cref="ArgumentException">A null list, or a different number of names and statistics.</exception>
    public static IReadOnlyList<FeatureImportance> From(IReadOnlyList<string> features, IReadOnlyList<MetricStatistics> changes)
    {
        Require.NotNull(features, nameof(features), "the feature names");
        Require.NotNull(changes, nameof(changes), "the statistics PermutationFeatureImportance returned");
        Require.That(features.Count == changes.Count, nameof(features), "one feature name per statistic",
            $"{features.Count} names for {changes.Count} statistics",
            "The names are the slots of the Features column, in order (FeatureImportance.SlotNames).");
        return features.Zip(changes, (f, c) => new FeatureImportance(f, c.Mean, c.Mean - 1.96 * c.StandardError, c.Mean + 1.96 * c.StandardError))
            .OrderByDescending(i => Math.Abs(i.Change)).ToList();
    }

    /// <summary>The slot names of a vector column (e.g. Features after Concatenate and one-hot encoding), in order.</summary>
    public static IReadOnlyList<string> SlotNames(IDataView data, string column = "Features")
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        data.Schema[column].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }
}
