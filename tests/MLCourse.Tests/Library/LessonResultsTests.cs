using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;
using MLCourse.Charts;
using Plotly.NET.CSharp;

namespace MLCourse.Tests;

public sealed class CourseFoldersTests
{
    [Fact]
    public void Finds_the_course_root_from_a_nested_folder()
    {
        var folders = CourseFolders.TryFind(Path.Combine(Repository.Folders.Root, "notebooks"));

        Assert.NotNull(folders);
        Assert.True(File.Exists(Path.Combine(folders.Root, "course.sln")));
        Assert.Equal(Path.Combine(folders.Root, "data"), folders.Data);
        Assert.Equal(Path.Combine(folders.Root, "notebooks"), folders.Notebooks);
    }

    [Fact]
    public void Outside_the_course_says_what_was_expected_and_what_to_do()
    {
        var outside = Directory.CreateTempSubdirectory("mlcourse-outside").FullName;

        Assert.Null(CourseFolders.TryFind(outside));
        var error = Assert.Throws<DirectoryNotFoundException>(() => CourseFolders.Find(outside));
        Assert.Contains("course.sln", error.Message);
        Assert.Contains(outside, error.Message);
        Assert.Contains("notebooks/", error.Message);
    }
}

public sealed class CourseBannerTests
{
    [Fact]
    public void Names_the_course_the_loaded_package_versions_and_the_data_folder()
    {
        var banner = CourseBanner.Describe(Repository.Folders);

        Assert.StartsWith("Machine Learning with C# 0.1.0 · ", banner);
        Assert.Contains($"ML.NET {Repository.PinnedVersions["Microsoft.ML"]}", banner);
        Assert.Contains($"DataFrame {Repository.PinnedVersions["Microsoft.Data.Analysis"]}", banner);
        Assert.Contains($"Plotly.NET {Repository.PinnedVersions["Plotly.NET"]}", banner);
        Assert.Contains($"XPlot.Plotly {Repository.PinnedVersions["XPlot.Plotly"]}", banner);
        Assert.EndsWith($"data: {Repository.Folders.Data}", banner);
        Assert.DoesNotContain("\n", banner);
    }

    [Fact]
    public void Says_clearly_when_the_course_folder_is_not_found()
    {
        var banner = CourseBanner.Describe(null);

        Assert.Contains("data folder not found", banner);
        Assert.Contains("course.sln", banner);
    }

    [Fact]
    public void Says_clearly_when_the_data_folder_is_missing()
    {
        var root = Directory.CreateTempSubdirectory("mlcourse-nodata").FullName;

        var banner = CourseBanner.Describe(new CourseFolders(root));

        Assert.Contains($"data folder missing: expected {Path.Combine(root, "data")}", banner);
    }

    [Fact]
    public void Reads_a_package_version_without_the_commit_suffix()
    {
        Assert.Equal(Repository.PinnedVersions["Microsoft.ML"], CourseBanner.VersionOf(typeof(Microsoft.ML.MLContext).Assembly));
    }
}

public sealed class FSharpCoreRedirectTests
{
    private static readonly Assembly Loaded = typeof(Microsoft.FSharp.Core.Unit).Assembly;

    [Fact]
    public void Answers_a_request_for_a_newer_FSharp_Core_with_the_loaded_one()
    {
        var requested = new AssemblyName($"FSharp.Core, Version={Loaded.GetName().Version!.Major + 1}.0.0.0");

        Assert.Same(Loaded, FSharpCoreRedirect.Resolve(requested));
    }

    [Fact]
    public void Leaves_other_assemblies_alone()
    {
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("Plotly.NET, Version=99.0.0.0")));
    }

    [Fact]
    public void Once_installed_the_runtime_uses_it()
    {
        FSharpCoreRedirect.Install();
        FSharpCoreRedirect.Install(); // installing twice is harmless

        var newer = Assembly.Load($"FSharp.Core, Version={Loaded.GetName().Version!.Major + 1}.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");

        Assert.Same(Loaded, newer);
    }
}

public sealed class LessonResultsTests
{
    [Fact]
    public void Publishing_appends_name_and_value_to_the_runner_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-results").FullName, "results.txt");

        LessonResults.Publish("accuracy", 0.98123, file);
        LessonResults.Publish("mae_mpg", 2.1, file);
        LessonResults.Publish("load_s", 3.25, file, timing: true);

        Assert.Equal(["accuracy=0.9812", "mae_mpg=2.1", "load_s~3.25"], File.ReadAllLines(file));
    }

    [Fact]
    public void Without_a_runner_file_publishing_only_shows_the_result()
    {
        LessonResults.Publish("accuracy", 0.5, file: null); // must not throw
    }

    [Theory]
    [InlineData("Accuracy")]
    [InlineData("mean accuracy")]
    [InlineData("accuracy=1")]
    [InlineData("")]
    public void A_bad_name_is_rejected_with_the_rule(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => LessonResults.Publish(name, 1, null));

        Assert.StartsWith($"Expected a result name of lower-case letters, digits and '_'; found '{name}'. Name it like 'accuracy' or 'mae_mpg'.", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_value_that_is_not_a_number_is_rejected(double value)
    {
        var error = Assert.Throws<ArgumentException>(() => LessonResults.Publish("score", value, null));

        Assert.StartsWith($"Expected a finite number for result 'score'; found {value}. Check the computation that produced it.", error.Message);
    }

    [Theory]
    [InlineData(0.98123, "0.9812")]
    [InlineData(2.0, "2")]
    [InlineData(1234.5, "1235")]
    [InlineData(12345.6, "12346")]
    [InlineData(0.000123456, "0.0001235")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0, "0")]
    public void Values_have_four_significant_digits_and_no_exponent(double value, string expected)
    {
        Assert.Equal(expected, LessonResults.Format(value));
    }
}

public sealed class ChartStyleTests
{
    private static Plotly.NET.GenericChart Points() =>
        Chart.Point<double, double, string>(x: [1.0, 2.0], y: [3.0, 4.0]);

    private static string LayoutJson(Plotly.NET.GenericChart chart) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout());

    [Fact]
    public void WithTitle_puts_the_title_in_the_layout()
    {
        var json = LayoutJson(Points().WithTitle("Heavier penguins have longer flippers"));

        Assert.Contains("\"title\":{\"text\":\"Heavier penguins have longer flippers\"}", json);
    }

    [Fact]
    public void WithAxisTitles_titles_both_axes()
    {
        var json = LayoutJson(Points().WithAxisTitles(x: "flipper length (mm)", y: "body mass (g)"));

        Assert.Contains("\"xaxis\":{\"title\":{\"text\":\"flipper length (mm)\"}}", json);
        Assert.Contains("\"yaxis\":{\"title\":{\"text\":\"body mass (g)\"}}", json);
    }
}

public sealed class XPlotHtmlFormatterTests
{
    [Fact]
    public void An_XPlot_chart_formats_as_plotly_html()
    {
        XPlotHtmlFormatter.Register();
        var chart = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });

        var html = chart.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("\"x\":[1,2]", html);
        Assert.Contains("plotly-2.28.0.min", html);   // XPlot's layout needs plotly.js 2; nothing else guarantees it is loaded
        Assert.Contains($"<div id=\"{chart.Id}\"", html);
    }
}
