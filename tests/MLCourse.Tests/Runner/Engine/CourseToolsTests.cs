using MLCourse.Runner;
using MLCourse.Runner.Engine;

namespace MLCourse.Tests.Runner.Engine;

public sealed class CourseToolsTests
{
    [Fact]
    public async Task A_missing_tool_manifest_says_what_is_missing_and_how_to_restore_it()
    {
        var course = TemporaryCourse.Create("tools-no-manifest", withToolManifest: false);

        var error = await Assert.ThrowsAsync<RunnerEnvironmentException>(() => CourseTools.RestoreAsync(course.Folders.Root, TestContext.Current.CancellationToken));

        Assert.Equal($"The course's tool manifest {Path.Combine(course.Folders.Root, ".config/dotnet-tools.json")} is missing, so dotnet-repl, which runs the lessons, " +
                     "cannot be restored. Restore the file with 'git checkout -- .config'.", error.Message);
    }

    [Fact]
    public void The_manifest_must_pin_dotnet_repl()
    {
        var course = TemporaryCourse.Create("tools-no-repl");
        File.WriteAllText(Path.Combine(course.Folders.Root, CourseTools.Manifest), """{ "version": 1, "isRoot": true, "tools": {} }""");

        var error = Assert.Throws<RunnerEnvironmentException>(() => CourseTools.ReplProgram(course.Folders.Root));

        Assert.Equal("'.config/dotnet-tools.json' pins no dotnet-repl version. Restore it with 'git checkout -- .config'.", error.Message);
    }

    [Fact]
    public void A_pinned_dotnet_repl_that_is_not_restored_says_to_restore_it()
    {
        var course = TemporaryCourse.Create("tools-not-restored");
        File.WriteAllText(Path.Combine(course.Folders.Root, CourseTools.Manifest),
            """{ "version": 1, "isRoot": true, "tools": { "dotnet-repl": { "version": "0.0.1-never-published", "commands": ["dotnet-repl"] } } }""");

        var error = Assert.Throws<RunnerEnvironmentException>(() => CourseTools.ReplProgram(course.Folders.Root));

        Assert.StartsWith("dotnet-repl 0.0.1-never-published is not in the NuGet cache (", error.Message);
        Assert.EndsWith($"): run 'dotnet tool restore' in {course.Folders.Root}.", error.Message);
    }
}
