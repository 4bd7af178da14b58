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
        Require.NotNull(data, nameof(data), "the data (an IDataView)");
        var found = data.Schema.GetColumnOrNull(column);
        Require.That(found is not null, nameof(column), $"a column named '{column}'", "none",
            $"The data's columns are: {string.Join(", ", data.Schema.Select(c => c.Name))}. Build the features with ml.Transforms.Concatenate first.");
        Require.That(found!.Value.Type is VectorDataViewType { ItemType: var item } && item == NumberDataViewType.Single, nameof(column),
            $"column '{column}' to hold a vector of Single (float)", $"{found.Value.Type}",
            "Make it with ml.Transforms.Concatenate from number columns.");
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
        Require.That(names.Count == width, parameter, $"one name per feature ({width})", $"{names.Count} names", "Name every feature, in the order of the features.");
        return names;
    }

    /// <summary>Checks training rows: at least one, all as wide as the first, no missing value.</summary>
    /// <exception cref="ArgumentException">With what was expected, what was found and what to do (see <see cref="Require"/>).</exception>
    public static void CheckAll(IReadOnlyList<float[]> rows, string model, string parameter)
    {
        Require.NotEmpty(rows, parameter, "at least one training point", $"{model} learns from its training points: give it some.");
        var width = rows[0]?.Length ?? 0;
        for (var i = 0; i < rows.Count; i++) Check(rows[i], width, $"training point {i}", model);
    }

    /// <summary>Checks that there is one label per training row and none is missing (<paramref name="isMissing"/>: null text, NaN).</summary>
    /// <exception cref="ArgumentException">A different number of labels than rows, or a missing label.</exception>
    public static void CheckLabels<T>(IReadOnlyList<T> labels, int rows, Func<T, bool> isMissing, string parameter)
    {
        Require.NotNull(labels, parameter, "a label for each training point");
        Require.That(labels.Count == rows, parameter, "a label for each training point", $"{rows} points and {labels.Count} labels",
            "Take the points and the labels from the same rows.");
        var missing = Enumerable.Range(0, rows).FirstOrDefault(i => isMissing(labels[i]), -1);
        Require.That(missing < 0, parameter, $"a label for training point {missing}", "none", "Drop unlabelled rows first.");
    }

    /// <summary>Checks one row against the training width. It runs on every predicted row: a good row builds no message.</summary>
    /// <exception cref="ArgumentException">A different number of features, or a missing (NaN) value.</exception>
    public static void Check(float[]? row, int width, string what, string model)
    {
        Require.That(row?.Length == width, "features", $"{width} features, as the training points have", $"{row?.Length ?? 0} in {what}",
            "Use the same feature columns in the same order.");
        Require.That(!Array.Exists(row!, float.IsNaN), "features", $"a value for every feature of {what}",
            $"a missing value (NaN) in feature {Array.FindIndex(row!, float.IsNaN)}",
            $"{model} cannot use a missing value: drop or fill missing values first.");
    }
}
