using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>However a run ends, it writes the table so far and artifacts/report.md, says what happened, and exits with its code.</summary>
public sealed class CourseRunTests
{
    /// <summary>A course folder with one lesson, and no tool manifest unless asked for.</summary>
    private static (LessonEngine Engine, Lesson Lesson) Course(bool withToolManifest)
    {
        var root = Directory.CreateTempSubdirectory("mlcourse-run").FullName;
        File.WriteAllText(Path.Combine(root, CourseFolders.RootMarker), "");
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        var lesson = Path.Combine(root, "notebooks", "00-welcome.ipynb");
        File.Copy(Repository.LessonNamed("00-welcome").Path, lesson);
        if (withToolManifest)
        {
            Directory.CreateDirectory(Path.Combine(root, ".config"));
            File.Copy(Path.Combine(Repository.Folders.Root, DotnetRepl.ToolManifest), Path.Combine(root, DotnetRepl.ToolManifest));
        }
        return (new LessonEngine(new CourseFolders(root), TimeSpan.FromMinutes(1)), new Lesson(lesson));
    }

    [Fact]
    public async Task A_machine_that_cannot_run_lessons_gets_exit_code_3_a_message_and_the_report()
    {
        var (engine, lesson) = Course(withToolManifest: false);
        var output = new StringWriter();

        var code = await CourseRun.RunAsync(engine, [lesson], new RunnerOptions(), output, interactive: false, CancellationToken.None);

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains("The lessons cannot run on this machine: The course's tool manifest", output.ToString());
        Assert.Contains("0 of 0 lessons passed", output.ToString());
        Assert.DoesNotContain("   at ", output.ToString());   // no stack trace
        Assert.Contains("cannot be restored", File.ReadAllText(Path.Combine(engine.Folders.Artifacts, "report.md")));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_run_with_exit_code_130_and_the_table_so_far()
    {
        var (engine, lesson) = Course(withToolManifest: true);
        var output = new StringWriter();

        var code = await CourseRun.RunAsync(engine, [lesson], new RunnerOptions(), output, interactive: false, new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("Stopped by Ctrl+C after 0 of 1 lessons", output.ToString());
        Assert.StartsWith("| lesson | status |", File.ReadAllText(Path.Combine(engine.Folders.Artifacts, "report.md")));
    }
}
