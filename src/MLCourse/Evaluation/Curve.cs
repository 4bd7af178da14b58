using Microsoft.Data.Analysis;
using MLCourse.Charts;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Evaluation;

/// <summary>A curve of (x, y) points and the area under it; <paramref name="ChanceDiagonal"/> draws what a coin toss would give.</summary>
public sealed record Curve(string Name, string XTitle, string YTitle, IReadOnlyList<(double X, double Y)> Points, double Area, bool ChanceDiagonal = false)
{
    /// <summary>
    /// The curve as a line chart, its area in the legend, and the chance diagonal when it has one. Each of
    /// <paramref name="marks"/> is drawn as a labelled point: a yes/no forecast (a baseline, a model at its threshold)
    /// is one point in the curve's space, e.g. (false positive rate, true positive rate) on a ROC curve.
    /// </summary>
    public GenericChart Plot(string? title = null, params (string Name, double X, double Y)[] marks)
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn(XTitle, Points.Select(p => p.X)),
            new DoubleDataFrameColumn(YTitle, Points.Select(p => p.Y)),
            new StringDataFrameColumn("curve", Points.Select(_ => $"{Name} (area {Area:0.000})")));
        var layers = new List<GenericChart> { frame.PlotLine(XTitle, YTitle, by: "curve") };
        if (ChanceDiagonal)
            layers.Add(Chart.Line<double, double, string>(x: [0.0, 1.0], y: [0.0, 1.0], Name: "chance (area 0.5)", LineColor: Color.fromString("#999999")));
        layers.AddRange(marks.Select((mark, i) => Chart.Point<double, double, string>(x: [mark.X], y: [mark.Y], Name: mark.Name,
            Marker: MarkMarker(Plots.Palette[(i + 1) % Plots.Palette.Count]))));
        return Plots.Finish(Chart.Combine(layers), title ?? $"{Name} curve", XTitle, YTitle);   // Combine forgets the course's size and titles
    }

    /// <summary>A large diamond, so that a single point stands out on a curve drawn in thin lines.</summary>
    private static Marker MarkMarker(string colour)
    {
        var marker = new Marker();
        marker.SetProperty("size", 13);
        marker.SetProperty("symbol", "diamond");
        marker.SetProperty("color", colour);
        return marker;
    }
}
