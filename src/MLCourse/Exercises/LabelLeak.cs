using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Exercises;

/// <summary>
/// Catches a fitted model that reads the column it should predict. The checkers' held-out rows still carry the label (to
/// score against), so such a model scores almost perfectly there, though new rows will not have it.
/// </summary>
internal static class LabelLeak
{
    /// <summary>
    /// Rejects a fitted regressor that needs <paramref name="label"/> to transform <paramref name="rows"/>: a fitted
    /// regression pipeline needs only its features, so needing the label means the label is one of them.
    /// </summary>
    public static void RejectRegressor(ITransformer model, IDataView rows, string label)
    {
        if (ModelInputs.Needed(model, rows, [label]).Count > 0)
            throw new ModelRejectedException(Message(label));
    }

    /// <summary>
    /// Rejects a fitted classifier whose <paramref name="predicted"/> column on <paramref name="rows"/> changes when only the
    /// <paramref name="label"/> changes (every row given another of the classes). A classifier's pipeline starts with
    /// MapValueToKey on the label, so the label must be there at prediction time; but a model that does not read it as a
    /// feature predicts the same whatever it holds.
    /// </summary>
    public static void RejectClassifier(ITransformer model, DataFrame rows, string label, string predicted)
    {
        var labels = rows[label].Cast<string>().ToList();
        var classes = labels.Distinct().Order(StringComparer.Ordinal).ToList();
        if (classes.Count < 2) return;
        var relabelled = rows.Clone();
        relabelled.Columns[label] = new StringDataFrameColumn(label, labels.Select(l => classes[(classes.IndexOf(l) + 1) % classes.Count]));
        if (!Predictions(model, rows, predicted).SequenceEqual(Predictions(model, relabelled, predicted)))
            throw new ModelRejectedException(Message(label));
    }

    private static List<string> Predictions(ITransformer model, DataFrame rows, string predicted) =>
        model.Transform(rows).GetColumn<string>(predicted).ToList();

    private static string Message(string label) =>
        $"Your pipeline reads the label ({label}) as a feature: the checker's held-out rows still carry it, but new rows will not, " +
        $"and a model that copies the answer learns nothing. Leave {label} out of the Features.";
}
