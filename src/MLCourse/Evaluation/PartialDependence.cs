using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Charts;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Evaluation;

/// <summary>
/// Partial dependence: the model's average prediction when one feature is set to a value for every row, over a grid of
/// values. It shows how the prediction moves with that feature, all else as in the data (scikit-learn's
/// <c>PartialDependenceDisplay</c>). It averages over rows, so it can hide effects that differ between groups.
/// </summary>
public sealed record PartialDependence(string Column, IReadOnlyList<double> Values, IReadOnlyList<double> MeanPredictions)
{
    /// <summary>Computes it on <paramref name="data"/> at <paramref name="points"/> evenly spaced values between the column's minimum and maximum.</summary>
    /// <exception cref="ArgumentException">
    /// A null model, no such column, a column that is not float (Single), or a column whose every value is missing.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 points.</exception>
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
