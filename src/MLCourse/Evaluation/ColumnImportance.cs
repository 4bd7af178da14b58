using Microsoft.Data.Analysis;
using Microsoft.ML;

namespace MLCourse.Evaluation;

/// <summary>
/// Permutation importance of a whole pipeline's input columns (scikit-learn's <c>permutation_importance</c> on a
/// pipeline): shuffle one column of the data, score the fitted model again, and see how much the metric changes. It
/// works for any model and any column, a text column that the pipeline one-hot encodes included, because it shuffles
/// what goes in, not the model's internal features. ML.NET's <c>PermutationFeatureImportance</c> does the same for the
/// slots of a trainer's Features vector, and needs the trainer on its own (lesson 08).
/// </summary>
public static class ColumnImportance
{
    /// <summary>
    /// The change of <paramref name="metric"/> (shuffled minus original, as ML.NET reports it) for each column, over
    /// <paramref name="repeats"/> shuffles, with a 95% interval; largest change first. A column the model ignores gets 0.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A null argument, no columns, a column that is not in the data, or data with fewer than 2 rows.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 repeats.</exception>
    public static IReadOnlyList<FeatureImportance> Compute(ITransformer model, DataFrame data, IReadOnlyList<string> columns,
        Func<IDataView, double> metric, int repeats = 10, int seed = 1)
    {
        Require.NotNull(model, nameof(model), "a fitted model (the ITransformer that Fit returned)");
        Require.NotNull(metric, nameof(metric), "a function that scores the model's output");
        Require.NotEmpty(columns, nameof(columns), "the names of the input columns to shuffle",
            "Name the columns the pipeline reads, e.g. [\"Horsepower\", \"Weight_in_lbs\"].");
        foreach (var column in columns) Require.Column(data, column, nameof(columns));
        Require.That(data.Rows.Count >= 2, nameof(data), "at least 2 rows to shuffle", $"{data.Rows.Count}",
            "Compute importance on held-out data with enough rows for the metric to mean something.");
        Require.AtLeast(repeats, 2, nameof(repeats), "repeats", "so that each change has an interval");

        var original = metric(model.Transform(data));
        var random = new Random(seed);
        return columns.Select(column =>
        {
            var shuffled = data.Clone();   // each repeat replaces only this column
            var changes = Enumerable.Range(0, repeats).Select(_ =>
            {
                var order = Enumerable.Range(0, (int)data.Rows.Count).Select(i => (long)i).ToArray();
                random.Shuffle(order);
                shuffled.Columns[column] = data[column].Clone(new Int64DataFrameColumn("order", order));
                return metric(model.Transform(shuffled)) - original;
            }).ToList();
            var mean = changes.Average();
            var standardError = Math.Sqrt(changes.Sum(c => (c - mean) * (c - mean)) / (repeats - 1) / repeats);
            return new FeatureImportance(column, mean, mean - 1.96 * standardError, mean + 1.96 * standardError);
        }).OrderByDescending(i => Math.Abs(i.Change)).ToList();
    }
}
