using System.Globalization;
using Microsoft.FSharp.Core;
using MLCourse.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Reinforcement;

/// <summary>Draws a grid world: each cell coloured by its value, with the policy's arrow and the value written in it.</summary>
public static class GridPlots
{
    private const int CellSize = 60;

    /// <summary>The colour of the line drawn over a path.</summary>
    public const string PathColour = "#d62728";

    /// <summary>
    /// The grid as a heatmap of <paramref name="values"/> (one per state; darker is better), with the arrow of
    /// <paramref name="policy"/> in each cell (none when null) and the start, goal, cliff and walls named. A red line
    /// runs through the cells of <paramref name="path"/> (states in order, e.g. an <see cref="Episode"/>'s), whose
    /// arrows are bold. <paramref name="zMin"/> and <paramref name="zMax"/> fix the colour range, so that maps drawn
    /// with the same range compare (by default each map spans its own values).
    /// </summary>
    /// <exception cref="ArgumentException">Not one value (or action) per state.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zMin"/> not below <paramref name="zMax"/>.</exception>
    public static GenericChart Plot(this GridWorld grid, IReadOnlyList<double> values, IReadOnlyList<int>? policy, string title,
        IReadOnlyList<int>? path = null, double? zMin = null, double? zMax = null)
    {
        Require.NotNull(grid, nameof(grid), "the grid to draw");
        Require.NotNull(values, nameof(values), "a value for each state");
        Require.That(values.Count == grid.StateCount && (policy is null || policy.Count == grid.StateCount), nameof(values),
            $"one value and one action per state ({grid.StateCount})", $"{values.Count} values and {policy?.Count ?? 0} actions",
            "Give the values and the policy of this grid, e.g. a ValueIteration's Values and Policy.");
        Require.Number(!(zMin >= zMax), nameof(zMin), "zMin below zMax: the colour range runs from zMin to zMax", $"{zMin} and {zMax}",
            "Give the lowest value to colour as zMin and the highest as zMax, or leave both out.");
        var onPath = new HashSet<int>(path ?? []);
        bool Drawn(int s) => grid.CellAt(s) is 'S' or '.';
        string Label(int s)
        {
            if (!Drawn(s)) return "";
            var value = values[s].ToString("0.#", CultureInfo.InvariantCulture);
            var arrow = policy is null || policy[s] < 0 ? "" : GridWorld.Arrows[policy[s]];
            arrow = onPath.Contains(s) ? $"<span style=\"font-size:22px\"><b>{arrow}</b></span>" : $"<span style=\"font-size:17px\">{arrow}</span>";
            return $"{(grid.CellAt(s) == 'S' ? "start " : "")}{arrow}<br>{value}";
        }
        var rows = Enumerable.Range(0, grid.Rows).Select(r => Enumerable.Range(0, grid.Columns).Select(c => grid.StateOf(r, c)).ToArray()).ToArray();
        var xTitle = "column";
        var yTitle = "row";
        var chart = Plots.PlotHeatmap(
            rows.Select(r => r.Select(s => Drawn(s) ? values[s] : double.NaN).ToArray()).ToArray(),
            Enumerable.Range(0, grid.Rows).Select(Number).ToArray(),
            Enumerable.Range(0, grid.Columns).Select(Number).ToArray(),
            title, xTitle, yTitle, zMin, zMax, cellText: rows.Select(r => r.Select(Label).ToArray()).ToArray());
        chart = Plotly.NET.GenericChart.mapTrace(FSharpFunc<Trace, Trace>.FromConverter(trace =>
        {
            trace.SetProperty("textfont", new Dictionary<string, object> { ["size"] = 11 });
            return trace;
        }), chart);
        if (path is { Count: > 0 })
        {
            // The line joins the cells' centres: on the category axes a cell is named by its column and row labels.
            var line = Chart.Line<string, string, string>(
                x: path.Select(s => Number(s % grid.Columns)), y: path.Select(s => Number(s / grid.Columns)),
                ShowLegend: false, LineColor: Color.fromString(PathColour), LineWidth: 4, Opacity: 0.55);
            chart = Plots.Finish(Chart.Combine([chart, line]), title, xTitle, yTitle);   // Combine forgets the course's size and titles
        }
        // A heatmap writes no text in an empty (NaN) cell, so the goal, the cliff and the walls are named by annotations.
        var names = Enumerable.Range(0, grid.StateCount).Where(s => !Drawn(s)).Select(s => new Dictionary<string, object>
        {
            ["x"] = s % grid.Columns,
            ["y"] = grid.Rows - 1 - s / grid.Columns,   // positions on the category axes, counted from the bottom row
            ["text"] = grid.CellAt(s) switch { 'G' => "<b>goal</b>", 'C' => "cliff", _ => "wall" },
            ["showarrow"] = false,
            ["font"] = new Dictionary<string, object> { ["size"] = 12, ["color"] = "#555" },
        }).ToArray();
        var layout = new Layout();
        layout.SetProperty("annotations", names);
        return Plotly.NET.GenericChart.addLayout(layout, chart)
            .WithSize(CellSize * grid.Columns + 160, CellSize * grid.Rows + 160);

        static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
    }
}
