using Microsoft.Data.Analysis;
using Plotly.NET;
using Microsoft.FSharp.Core;
using Plotly.NET.CSharp;
using Plotly.NET.TraceObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Charts;

/// <summary>
/// The course's charts, built with Plotly.NET from DataFrame columns in one call each, with a title, axis titles
/// (the column names, which carry the units, unless you give others) and one consistent look: the same size, and the
/// same colour for the same class in every chart. Each returns a Plotly.NET chart you can style further.
/// </summary>
public static class Plots
{
    /// <summary>Colour-blind-safe colours (Okabe–Ito), given to groups in sorted order.</summary>
    public static readonly IReadOnlyList<string> Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>How values of <paramref name="column"/> are distributed; one overlaid histogram per class of <paramref name="by"/>.</summary>
    public static GenericChart PlotHistogram(this DataFrame frame, string column, string? by = null, int bins = 30, string? title = null, string? xTitle = null)
    {
        var values = ChartData.Numbers(frame, column, "a histogram");
        var traces = ChartData.Groups(frame, by).Select((group, i) => CSharpChart.Histogram<double, double, string>(
            X: Present(group.Rows.Select(r => values[r])), NBinsX: bins, Name: group.Name, ShowLegend: by is not null,
            Opacity: by is null ? 1.0 : 0.6, MarkerColor: Color.fromString(Palette[i % Palette.Count])));
        return Finish(CSharpChart.Combine(traces).WithLayout(Barmode(StyleParam.BarMode.Overlay)),
            title ?? $"Distribution of {column}", xTitle ?? column, "count");
    }

    /// <summary>A box (median, quartiles, whiskers and outliers of <paramref name="column"/>) for all rows, or one per class of <paramref name="by"/>.</summary>
    public static GenericChart PlotBox(this DataFrame frame, string column, string? by = null, string? title = null, string? yTitle = null)
    {
        var values = ChartData.Numbers(frame, column, "a box plot");
        var traces = ChartData.Groups(frame, by).Select((group, i) => CSharpChart.BoxPlot<string, double, string>(
            Y: Present(group.Rows.Select(r => values[r])), Name: group.Name, ShowLegend: false,
            MarkerColor: Color.fromString(Palette[i % Palette.Count]), BoxPoints: StyleParam.BoxPoints.Outliers));
        return Finish(CSharpChart.Combine(traces), title ?? (by is null ? $"Distribution of {column}" : $"{column} by {by}"), by ?? "", yTitle ?? column);
    }

    /// <summary>Each row as a point at (<paramref name="x"/>, <paramref name="y"/>), coloured by class of <paramref name="by"/>.</summary>
    public static GenericChart PlotScatter(this DataFrame frame, string x, string y, string? by = null, string? title = null, string? xTitle = null, string? yTitle = null)
    {
        var xs = ChartData.Numbers(frame, x, "a scatter plot");
        var ys = ChartData.Numbers(frame, y, "a scatter plot");
        var traces = ChartData.Groups(frame, by).Select((group, i) =>
        {
            var rows = group.Rows.Where(r => xs[r] is not null && ys[r] is not null).ToArray();
            return CSharpChart.Point<double, double, string>(
                x: rows.Select(r => xs[r]!.Value), y: rows.Select(r => ys[r]!.Value), Name: group.Name, ShowLegend: by is not null,
                MarkerColor: Color.fromString(Palette[i % Palette.Count]));
        });
        return Finish(CSharpChart.Combine(traces), title ?? $"{y} against {x}", xTitle ?? x, yTitle ?? y);
    }

    /// <summary>Every pair of <paramref name="columns"/> as a scatter plot, in a grid (seaborn's pairplot), coloured by <paramref name="by"/>.</summary>
    public static GenericChart PlotScatterMatrix(this DataFrame frame, IReadOnlyList<string> columns, string? by = null, string? title = null)
    {
        Require.NotNull(columns, nameof(columns), "a list of column names");
        Require.That(columns.Count >= 2, nameof(columns), "at least two columns for a scatter matrix", $"{columns.Count}",
            "Give two or more numeric columns; for one column, draw a histogram (PlotHistogram).");
        var values = columns.Select(c => ChartData.Numbers(frame, c, "a scatter matrix")).ToList();
        var traces = ChartData.Groups(frame, by).Select((group, i) =>
        {
            var dimensions = columns.Select((column, c) => Dimension.initSplom<string, double>(
                AxisMatches: null, AxisType: null, Label: FSharpOption<string>.Some(column), Name: null, TemplateItemName: null,
                Values: FSharpOption<IEnumerable<double>>.Some(group.Rows.Select(r => values[c][r] ?? double.NaN).ToArray()),
                ValuesEncoded: null, Visible: null));
            var splom = CSharpChart.Splom<string>(dimensions, Name: group.Name, ShowLegend: by is not null,
                MarkerColor: Color.fromString(Palette[i % Palette.Count]));
            // The diagonal would plot each column against itself: a straight line that says nothing.
            return Plotly.NET.GenericChart.mapTrace(FSharpFunc(trace =>
            {
                trace.SetProperty("diagonal", new Dictionary<string, object> { ["visible"] = false });
                return trace;
            }), splom);
        });
        var size = 220 * columns.Count + 120;
        return CSharpChart.Combine(traces).WithTitle(title ?? "Every pair of measurements").WithSize(size, size);
    }

    /// <summary>The Pearson correlation of every pair of <paramref name="columns"/>, as a heatmap from −1 (blue) to +1 (red).</summary>
    public static GenericChart PlotCorrelation(this DataFrame frame, IReadOnlyList<string> columns, string? title = null)
    {
        var matrix = Statistics.CorrelationMatrix(frame, columns);
        return PlotHeatmap(matrix, columns, columns, title ?? "Correlation between the measurements", "", "", zMin: -1, zMax: 1);
    }

    /// <summary>
    /// A grid of values as coloured cells, each labelled with its value (a correlation or confusion matrix), or with
    /// <paramref name="cellText"/>[row][column] when given (HTML such as <c>&lt;br&gt;</c> allowed). A NaN value leaves its cell uncoloured.
    /// <paramref name="values"/>[row][column] is drawn at (<paramref name="columnLabels"/>[column], <paramref name="rowLabels"/>[row]).
    /// <paramref name="zMin"/> and <paramref name="zMax"/> fix the colour range (so that several charts compare); a range
    /// across 0 gets a diverging red–blue scale, any other one a single hue, darker for higher values.
    /// </summary>
    public static GenericChart PlotHeatmap(double[][] values, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels,
        string title, string xTitle, string yTitle, double? zMin = null, double? zMax = null, string[][]? cellText = null)
    {
        Require.NotNull(values, nameof(values), "a grid of values, one row per row label");
        Require.NotNull(rowLabels, nameof(rowLabels), "a label for each row");
        Require.NotNull(columnLabels, nameof(columnLabels), "a label for each column");
        Require.That(rowLabels.Count > 0 && columnLabels.Count > 0, nameof(rowLabels), "at least one row label and one column label",
            $"{rowLabels.Count} row and {columnLabels.Count} column labels", "A heatmap needs cells to draw: give the labels of its rows and columns.");
        Require.That(values.Length == rowLabels.Count && values.All(r => r?.Length == columnLabels.Count), nameof(values),
            $"{rowLabels.Count} rows of {columnLabels.Count} values (one per label)",
            $"{values.Length} rows of {string.Join("/", values.Select(r => r?.Length ?? 0).Distinct())}",
            "Give one row per row label and one value per column label in every row.");
        Require.That(cellText is null || (cellText.Length == values.Length && cellText.All(r => r?.Length == columnLabels.Count)), nameof(cellText),
            $"one text per cell: {values.Length} rows of {columnLabels.Count}, as the values", $"{cellText!.Length} rows of {string.Join("/", cellText.Select(r => r?.Length ?? 0).Distinct())}",
            "Give cellText the same shape as values, or leave it out to label each cell with its value.");
        // Plotly draws the first row at the bottom; give it the rows bottom-up so the first label is at the top, as in a table.
        var rows = values.Reverse().ToArray();
        var diverging = zMin < 0 && zMax > 0;   // a range across 0 (correlations); an all-negative one (costs) stays one-coloured
        var heatmap = CSharpChart.Heatmap<double, string, string, string>(
            zData: rows, X: columnLabels.ToArray(), Y: rowLabels.Reverse().ToArray(),
            ColorScale: diverging ? StyleParam.Colorscale.RdBu : StyleParam.Colorscale.YIGnBu, ReverseScale: !diverging); // counts: more is darker
        heatmap = Plotly.NET.GenericChart.mapTrace(FSharpFunc(trace =>
        {
            trace.SetProperty("texttemplate", "%{text}");
            trace.SetProperty("text", cellText?.Reverse().ToArray()
                ?? rows.Select(r => r.Select(v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray());
            if (zMin is not null) trace.SetProperty("zmin", zMin.Value);
            if (zMax is not null) trace.SetProperty("zmax", zMax.Value);
            return trace;
        }), heatmap);
        return Finish(heatmap, title, xTitle, yTitle);
    }

    /// <summary><paramref name="y"/> along <paramref name="x"/> (often time), one line per class of <paramref name="by"/>.</summary>
    public static GenericChart PlotLine(this DataFrame frame, string x, string y, string? by = null, string? title = null, string? xTitle = null, string? yTitle = null)
    {
        var xs = ChartData.Values(frame, x);
        var ys = ChartData.Numbers(frame, y, "a line chart");
        var traces = ChartData.Groups(frame, by).Select((group, i) =>
        {
            var rows = group.Rows.Where(r => xs[r] is not null && ys[r] is not null).ToArray();
            return CSharpChart.Line<IConvertible, double, string>(
                x: rows.Select(r => xs[r]!), y: rows.Select(r => ys[r]!.Value), Name: group.Name, ShowLegend: by is not null,
                LineColor: Color.fromString(Palette[i % Palette.Count]));
        });
        return Finish(CSharpChart.Combine(traces), title ?? $"{y} over {x}", xTitle ?? x, yTitle ?? y);
    }

    /// <summary>One bar per row: <paramref name="value"/> for each <paramref name="category"/>.</summary>
    public static GenericChart PlotBar(this DataFrame frame, string category, string value, string? title = null, string? yTitle = null)
    {
        var labels = ChartData.Labels(frame, category);
        var values = ChartData.Numbers(frame, value, "a bar chart");
        var rows = Enumerable.Range(0, labels.Length).Where(r => labels[r] is not null && values[r] is not null).ToArray();
        var bars = CSharpChart.Column<double, string, string>(
            values: rows.Select(r => values[r]!.Value), Keys: rows.Select(r => labels[r]!).ToArray(),
            MarkerColor: Color.fromString(Palette[0]));
        return Finish(bars, title ?? $"{value} by {category}", category, yTitle ?? value);
    }

    private static double[] Present(IEnumerable<double?> values) => values.OfType<double>().ToArray();

    internal static GenericChart Finish(GenericChart chart, string title, string xTitle, string yTitle) =>
        chart.WithTitle(title).WithAxisTitles(xTitle, yTitle).WithSize(760, 460);

    private static GenericChart WithLayout(this GenericChart chart, Layout layout) => Plotly.NET.GenericChart.addLayout(layout, chart);

    private static Layout Barmode(StyleParam.BarMode mode)
    {
        var layout = new Layout();
        layout.SetProperty("barmode", mode.Convert());
        return layout;
    }

    private static FSharpFunc<Trace, Trace> FSharpFunc(Func<Trace, Trace> f) => FSharpFunc<Trace, Trace>.FromConverter(new Converter<Trace, Trace>(f));
}
