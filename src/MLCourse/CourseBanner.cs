using System.Reflection;
using Microsoft.Data.Analysis;
using Microsoft.ML;

namespace MLCourse;

/// <summary>The one line a lesson's setup prints: what is loaded, where the data is, and where progress is saved.</summary>
internal static class CourseBanner
{
    public static string Describe(CourseFolders? folders, string? progressFile = null)
    {
        var packages = string.Join(" · ", Packages().Select(p => $"{p.Name} {p.Version}"));
        var data = folders is null
            ? "data folder not found: " + CourseFolders.NotFoundMessage(Environment.CurrentDirectory)
            : Directory.Exists(folders.Data)
                ? $"data: {folders.Data}"
                : $"data folder missing: expected {folders.Data}; restore it with 'git checkout -- data'";
        var progress = progressFile is null ? "" : $" · progress: {progressFile}";
        return $"{Course.Title} {VersionOf(typeof(Course).Assembly)} · {packages} · {data}{progress}";
    }

    /// <summary>The packages the lessons rely on, with the versions actually loaded.</summary>
    public static IEnumerable<(string Name, string Version)> Packages() =>
    [
        ("ML.NET", VersionOf(typeof(MLContext).Assembly)),
        ("DataFrame", VersionOf(typeof(DataFrame).Assembly)),
        ("Plotly.NET", VersionOf(typeof(Plotly.NET.GenericChart).Assembly)),
        ("XPlot.Plotly", XPlotVersion()),
    ];

    /// <summary>
    /// XPlot.Plotly 4.1.0 stamps 1.0.0 as its informational version and carries two file versions,
    /// 1.0.0.0 and 4.1.0: the higher one is the package version.
    /// </summary>
    private static string XPlotVersion() =>
        typeof(XPlot.Plotly.PlotlyChart).Assembly.GetCustomAttributes<AssemblyFileVersionAttribute>()
            .Select(a => Version.TryParse(a.Version, out var v) ? v : null)
            .Max()?.ToString() ?? "unknown";

    /// <summary>The package version an assembly was built as ("5.0.1"), without the source-commit suffix.</summary>
    public static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                            ?? assembly.GetName().Version?.ToString()
                            ?? "unknown";
        return informational.Split('+')[0];
    }
}
