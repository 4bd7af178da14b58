namespace MLCourse.Tests.Library;

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
