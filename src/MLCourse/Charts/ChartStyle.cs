using Plotly.NET;
using Plotly.NET.CSharp;

namespace MLCourse.Charts;

/// <summary>
/// Titles for Plotly.NET charts in one readable call each. Plotly.NET.CSharp 0.14 has no chart-title method
/// (Plotly.NET's <c>Chart.withTitle</c> is an F# function), and its axis styling is generic over three range
/// types that C# cannot infer.
/// </summary>
public static class ChartStyle
{
    /// <summary>The chart with <paramref name="title"/> above it.</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        Require.NotNull(chart, nameof(chart), "a chart");
        return Plotly.NET.Chart.withTitle(title, TitleFont: null).Invoke(chart);
    }

    /// <summary>The chart with axis titles; say the units, e.g. <c>"flipper length (mm)"</c>.</summary>
    public static GenericChart WithAxisTitles(this GenericChart chart, string x, string y)
    {
        Require.NotNull(chart, nameof(chart), "a chart");
        return chart.WithXAxisStyle<double, double, string>(TitleText: x)
                    .WithYAxisStyle<double, double, string>(TitleText: y);
    }
}
