using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Charts;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

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
            () => $"{features.Count} names for {changes.Count} statistics",
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

/// <summary>Tables and charts for lists of <see cref="FeatureImportance"/>.</summary>
public static class FeatureImportances
{
    /// <summary>One row per feature: the change and its 95% interval.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<FeatureImportance> importances) => new(
        new StringDataFrameColumn("feature", importances.Select(i => i.Feature)),
        new DoubleDataFrameColumn("change", importances.Select(i => Math.Round(i.Change, 4))),
        new DoubleDataFrameColumn("95% low", importances.Select(i => Math.Round(i.Low, 4))),
        new DoubleDataFrameColumn("95% high", importances.Select(i => Math.Round(i.High, 4))));

    /// <summary>A dot per feature (most important on top) with a line for its 95% interval.</summary>
    public static GenericChart Plot(this IReadOnlyList<FeatureImportance> importances, string title, string change)
    {
        var ordered = importances.Reverse().ToList();
        var intervals = ordered.Select(i => Chart.Line<double, string, string>(x: [i.Low, i.High], y: [i.Feature, i.Feature], ShowLegend: false,
            LineColor: Color.fromString(Plots.Palette[0])));
        var dots = Chart.Point<double, string, string>(x: ordered.Select(i => i.Change), y: ordered.Select(i => i.Feature), Name: "mean change",
            ShowLegend: false, MarkerColor: Color.fromString(Plots.Palette[0]));
        return Plots.Finish(Chart.Combine(intervals.Append(dots)), title, change, "feature");
    }
}

/// <summary>
/// Partial dependence: the model's average prediction when one feature is set to a value for every row, over a grid of
/// values. It shows how the prediction moves with that feature, all else as in the data (scikit-learn's
/// <c>PartialDependenceDisplay</c>). It averages over rows, so it can hide effects that differ between groups.
/// </summary>
public sealed record PartialDependence(string Column, IReadOnlyList<double> Values, IReadOnlyList<double> MeanPredictions)
{
    /// <summary>Computes it on <paramref name="data"/> at <paramref name="points"/> evenly spaced values between the column's minimum and maximum.</summary>
    /// <exception cref="ArgumentException">
    /// A null model, no such column, a column that is not float (Single), a column whose every value is missing, or fewer than 2 points.
    /// </exception>
    public static PartialDependence Compute(ITransformer model, DataFrame data, string column, int points = 20, string scoreColumn = "Score")
    {
        Require.NotNull(model, nameof(model), "a fitted model (the ITransformer that Fit returned)");
        var values = Require.Column<SingleDataFrameColumn>(data, column, "float (Single)");
        Require.HasValues(values, nameof(column), "to make the grid from");
        Require.AtLeast(points, 2, nameof(points), "grid points", "so that there is a line to draw");
        var known = values.Where(v => v.HasValue).Select(v => (double)v!.Value).ToList();
        var (min, max) = (known.Min(), known.Max());
        var grid = Enumerable.Range(0, points).Select(i => min + (max - min) * i / (points - 1)).ToList();
        var predictions = grid.Select(value =>
        {
            var copy = data.Clone();
            copy.Columns[column] = new SingleDataFrameColumn(column, Enumerable.Repeat((float)value, (int)data.Rows.Count));
            return model.Transform(copy).GetColumn<float>(scoreColumn).Average(p => (double)p);
        }).ToList();
        return new PartialDependence(column, grid, predictions);
    }

    /// <summary>The mean prediction against the feature's value.</summary>
    public GenericChart Plot(string title, string xTitle, string yTitle) =>
        Plots.Finish(Chart.Line<double, double, string>(x: Values, y: MeanPredictions, ShowLegend: false, LineColor: Color.fromString(Plots.Palette[0])),
            title, xTitle, yTitle);
}
