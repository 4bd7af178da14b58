using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Charts;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Evaluation;

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
