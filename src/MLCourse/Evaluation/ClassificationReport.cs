using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Charts;
using Plotly.NET;

namespace MLCourse.Evaluation;

/// <summary>
/// How well predicted classes match the actual ones: accuracy, per-class precision, recall and F1, their macro averages
/// (the plain mean over classes, so small classes count as much as large ones) and the confusion matrix.
/// The same numbers as scikit-learn's <c>classification_report</c>; a class never predicted has precision 0.
/// </summary>
public sealed class ClassificationReport
{
    /// <summary>The classes, sorted: the rows and columns of <see cref="ConfusionMatrix"/>.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary><c>ConfusionMatrix[a][p]</c>: how many examples of class <c>a</c> were predicted as class <c>p</c>.</summary>
    public int[][] ConfusionMatrix { get; }

    /// <summary>Precision (of the predictions of a class, the share that were right), recall (of the examples of a class, the share found) and F1 (their harmonic mean), per class.</summary>
    public IReadOnlyList<ClassMetrics> PerClass { get; }

    /// <summary>The share of examples predicted correctly.</summary>
    public double Accuracy { get; }

    /// <summary>Whether each example, in the order given, was predicted correctly: what a bootstrap interval of the accuracy resamples.</summary>
    public IReadOnlyList<bool> Correct { get; }

    /// <summary>The mean precision over classes.</summary>
    public double MacroPrecision => PerClass.Average(c => c.Precision);

    /// <summary>The mean recall over classes.</summary>
    public double MacroRecall => PerClass.Average(c => c.Recall);

    /// <summary>The mean F1 over classes.</summary>
    public double MacroF1 => PerClass.Average(c => c.F1);

    private ClassificationReport(IReadOnlyList<string> classes, int[][] matrix, IReadOnlyList<bool> correct)
    {
        Classes = classes;
        ConfusionMatrix = matrix;
        Correct = correct;
        var total = matrix.Sum(r => r.Sum());
        Accuracy = (double)Enumerable.Range(0, classes.Count).Sum(i => matrix[i][i]) / total;
        PerClass = Enumerable.Range(0, classes.Count).Select(i =>
        {
            var predicted = matrix.Sum(r => r[i]);
            var actual = matrix[i].Sum();
            var precision = predicted == 0 ? 0 : (double)matrix[i][i] / predicted;
            var recall = actual == 0 ? 0 : (double)matrix[i][i] / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassMetrics(classes[i], precision, recall, f1, actual);
        }).ToList();
    }

    /// <summary>Compares <paramref name="actual"/> and <paramref name="predicted"/> classes, position by position.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or hold a missing class.</exception>
    public static ClassificationReport From(IReadOnlyList<string> actual, IReadOnlyList<string> predicted)
    {
        Require.NotEmpty(actual, nameof(actual), "the actual classes", "There is nothing to evaluate without examples.");
        Require.NotNull(predicted, nameof(predicted), "the predicted classes");
        Require.That(actual.Count == predicted.Count, nameof(predicted), "one prediction per example",
            $"{actual.Count} actual classes and {predicted.Count} predictions", "Score the same examples you take the actual classes from.");
        Require.That(!actual.Concat(predicted).Contains(null), nameof(actual), "a class for every example", "a missing class (null)",
            "Drop examples without a label before evaluating.");
        var classes = actual.Concat(predicted).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var matrix = classes.Select(_ => new int[classes.Count]).ToArray();
        for (var i = 0; i < actual.Count; i++) matrix[index[actual[i]]][index[predicted[i]]]++;
        return new ClassificationReport(classes, matrix, actual.Zip(predicted, (a, p) => a == p).ToList());
    }

    /// <summary>The report of an ML.NET model's output: two text columns, the actual class and the predicted one (after <c>MapKeyToValue</c>).</summary>
    public static ClassificationReport From(IDataView scored, string actualColumn, string predictedColumn) =>
        From(scored.GetColumn<string>(actualColumn).ToList(), scored.GetColumn<string>(predictedColumn).ToList());

    /// <summary>The report as a table: one row per class, then the macro average and the accuracy.</summary>
    public DataFrame ToDataFrame()
    {
        var support = PerClass.Sum(c => c.Support);
        var rows = PerClass.Select(c => new Row(c.Class, c.Precision, c.Recall, c.F1, c.Support))
            .Append(new Row("macro average", MacroPrecision, MacroRecall, MacroF1, support))
            .Append(new Row("accuracy", null, null, Accuracy, support))
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("class", rows.Select(r => r.Class)),
            new DoubleDataFrameColumn("precision", rows.Select(r => Round(r.Precision))),
            new DoubleDataFrameColumn("recall", rows.Select(r => Round(r.Recall))),
            new DoubleDataFrameColumn("F1", rows.Select(r => Round(r.F1))),
            new Int32DataFrameColumn("support", rows.Select(r => r.Support)));
    }

    private sealed record Row(string Class, double? Precision, double? Recall, double? F1, int Support);

    private static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 3);

    /// <summary>The confusion matrix as a heatmap: actual classes down, predicted across, counts in the cells.</summary>
    public GenericChart PlotConfusionMatrix(string title = "Confusion matrix") =>
        Plots.PlotHeatmap(ConfusionMatrix.Select(r => r.Select(v => (double)v).ToArray()).ToArray(), Classes, Classes,
            title, xTitle: "predicted class", yTitle: "actual class");
}
