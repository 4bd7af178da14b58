using System.Globalization;
using MLCourse.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace MLCourse.Reinforcement;

/// <summary>Draws a grid world: each cell coloured by its value, with the policy's arrow and the value written in it.</summary>
public static class GridPlots
{
    /// <summary>
    /// The grid as a heatmap of <paramref name="values"/> (one per state; darker is better), with the arrow of
    /// <paramref name="policy"/> in each cell (none when null) and the start, goal, cliff and walls marked. The cells of
    /// <paramref name="path"/> (states in order, e.g. an <see cref="Episode"/>'s) have their arrows in bold.
    /// </summary>
    /// <exception cref="ArgumentException">Not one value (or action) per state.</exception>
    public static GenericChart Plot(this GridWorld grid, IReadOnlyList<double> values, IReadOnlyList<int>? policy, string title, IReadOnlyList<int>? path = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != grid.StateCount || (policy is not null && policy.Count != grid.StateCount))
            throw new ArgumentException($"Give one value and one action per state ({grid.StateCount}); got {values.Count} values and {policy?.Count ?? 0} actions.", nameof(values));
        var onPath = new HashSet<int>(path ?? []);
        string Label(int s)
        {
            var value = values[s].ToString("0.#", CultureInfo.InvariantCulture);
            var arrow = policy is null || policy[s] < 0 ? "" : GridWorld.Arrows[policy[s]];
            if (onPath.Contains(s)) arrow = $"<b>{arrow}</b>";
            return grid.CellAt(s) switch
            {
                'G' => "goal",
                'C' => "cliff",
                '#' => "wall",
                'S' => $"start {arrow}<br>{value}",
                _ => $"{arrow}<br>{value}",
            };
        }
        bool Drawn(int s) => grid.CellAt(s) is 'S' or '.';
        var rows = Enumerable.Range(0, grid.Rows).Select(r => Enumerable.Range(0, grid.Columns).Select(c => grid.StateOf(r, c)).ToArray()).ToArray();
        var chart = Plots.PlotHeatmap(
            rows.Select(r => r.Select(s => Drawn(s) ? values[s] : double.NaN).ToArray()).ToArray(),
            Enumerable.Range(0, grid.Rows).Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray(),
            Enumerable.Range(0, grid.Columns).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray(),
            title, "column", "row", cellText: rows.Select(r => r.Select(Label).ToArray()).ToArray());
        return chart.WithSize(Math.Max(500, 64 * grid.Columns + 160), Math.Max(260, 64 * grid.Rows + 150));
    }
}
