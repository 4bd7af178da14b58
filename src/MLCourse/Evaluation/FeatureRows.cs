using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// The one place where the course's own models (k-NN, least squares, the decision tree, cluster scores) read and check
/// rows of features: from an ML.NET vector column, with the same messages for the same mistakes.
/// </summary>
internal static class FeatureRows
{
    /// <summary>Every row of a vector column of numbers (e.g. the output of <c>Concatenate</c>), in order.</summary>
    /// <exception cref="ArgumentException">No such column, or a column that is not a vector of numbers.</exception>
    public static List<float[]> Read(IDataView data, string column)
    {
        ArgumentNullException.ThrowIfNull(data);
        var found = data.Schema.GetColumnOrNull(column)
            ?? throw new ArgumentException($"The data has no column '{column}'. Its columns are: {string.Join(", ", data.Schema.Select(c => c.Name))}. " +
                "Build the features with ml.Transforms.Concatenate first.", nameof(column));
        if (found.Type is not VectorDataViewType { ItemType: var item } || item != NumberDataViewType.Single)
            throw new ArgumentException($"Column '{column}' holds {found.Type}; a vector of Single (float) is expected, as ml.Transforms.Concatenate makes from number columns.", nameof(column));
        return data.GetColumn<VBuffer<float>>(column).Select(v => v.DenseValues().ToArray()).ToList();
    }

    /// <summary>The names of a vector column's slots (its SlotNames annotation), or "feature 0", "feature 1", … when it has none.</summary>
    public static IReadOnlyList<string> Names(IDataView data, string column, int width)
    {
        var found = data.Schema[column];
        if (found.Annotations.Schema.GetColumnOrNull("SlotNames") is not null)
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            found.GetSlotNames(ref names);
            var list = names.DenseValues().Select(n => n.ToString()).ToList();
            if (list.Count == width && list.All(n => n.Length > 0)) return list;
        }
        return Checked(null, width, "column");
    }

    /// <summary>The given feature names, one per feature, or "feature 0", "feature 1", … when none are given.</summary>
    /// <exception cref="ArgumentException">A different number of names than features.</exception>
    public static IReadOnlyList<string> Checked(IReadOnlyList<string>? names, int width, string parameter)
    {
        names ??= Enumerable.Range(0, width).Select(i => $"feature {i}").ToList();
        if (names.Count != width) throw new ArgumentException($"Give one name per feature: {names.Count} names for {width} features.", parameter);
        return names;
    }

    /// <summary>Checks training rows: at least one, all as wide as the first, no missing value.</summary>
    /// <exception cref="ArgumentException">With what was expected, what was found and what to do.</exception>
    public static void CheckAll(IReadOnlyList<float[]> rows, string model, string parameter)
    {
        ArgumentNullException.ThrowIfNull(rows, parameter);
        if (rows.Count == 0) throw new ArgumentException($"{model} needs at least one training row; got none.", parameter);
        var width = rows[0]?.Length ?? 0;
        for (var i = 0; i < rows.Count; i++) Check(rows[i], width, $"Training row {i}", model);
    }

    /// <summary>Checks that there is one label per training row and none is missing (<paramref name="isMissing"/>: null text, NaN).</summary>
    /// <exception cref="ArgumentException">A different number of labels than rows, or a missing label.</exception>
    public static void CheckLabels<T>(IReadOnlyList<T> labels, int rows, Func<T, bool> isMissing, string parameter)
    {
        ArgumentNullException.ThrowIfNull(labels, parameter);
        if (labels.Count != rows)
            throw new ArgumentException($"Each training row needs a label: got {rows} rows and {labels.Count} labels.", parameter);
        var missing = Enumerable.Range(0, rows).FirstOrDefault(i => isMissing(labels[i]), -1);
        if (missing >= 0) throw new ArgumentException($"Training row {missing} has no label: drop unlabelled rows first.", parameter);
    }

    /// <summary>Checks one row against the training width.</summary>
    /// <exception cref="ArgumentException">A different number of features, or a missing (NaN) value.</exception>
    public static void Check(float[]? row, int width, string what, string model)
    {
        if (row is null || row.Length != width)
            throw new ArgumentException($"{what} has {row?.Length ?? 0} features; the training points have {width}. Use the same feature columns in the same order.");
        var nan = Array.FindIndex(row, float.IsNaN);
        if (nan >= 0)
            throw new ArgumentException($"{what} has a missing value (NaN) in feature {nan}; {model} cannot use it. Drop or fill missing values first.");
    }
}
