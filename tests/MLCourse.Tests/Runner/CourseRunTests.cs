using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner;

/// <summary>
/// However a run ends, it prints the table so far, writes artifacts/report.md and report.json, says what happened, and
/// exits with its code. Each case here ends before any program starts: a machine without the tool manifest, Ctrl+C
/// before the first lesson, an app that is not what its notebook exports.
/// </summary>
public sealed class CourseRunTests
{
    private static (TemporaryCourse Course, LessonEngine Engine, Lesson Lesson) Course(string name, bool withToolManifest = true)
    {
        var course = TemporaryCourse.Create(name, withToolManifest);
        var lesson = course.Add("91-run", NotebookJson.Of(NotebookJson.Markdown("# 91 · Run"), NotebookJson.Code(TemporaryCourse.SetupCell()), NotebookJson.Code("1 + 1")));
        return (course, course.Engine(TimeSpan.FromMinutes(1), NativeLibTorch.Settings), lesson);
    }

    private static string ReportMarkdown(TemporaryCourse course) => File.ReadAllText(Path.Combine(course.Folders.Artifacts, "report.md"));

    private static RunReport ReportJson(TemporaryCourse course) => RunReport.Read(Path.Combine(course.Folders.Artifacts, RunReport.FileName));

    [Theory]
    [InlineData("")]
    [InlineData("--solutions")]
    [InlineData("--update-expected")]
    public async Task A_machine_that_cannot_run_lessons_gets_exit_code_3_a_message_and_the_report(string option)
    {
        var (course, engine, lesson) = Course("course-run-no-manifest" + option, withToolManifest: false);
        var output = new StringWriter();

        var outcome = await CourseRun.RunAsync(engine, [lesson], RunnerOptions.Parse(option.Length == 0 ? [] : [option]), output, interactive: false,
            TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Environment, outcome.ExitCode);
        Assert.Empty(outcome.Reports);
        Assert.Contains("The lessons cannot run on this machine: The course's tool manifest", output.ToString());
        Assert.Contains("0 of 0 lessons passed", output.ToString());
        Assert.DoesNotContain("   at ", output.ToString());   // no stack trace
        Assert.StartsWith("| lesson | status |", ReportMarkdown(course));
        Assert.Contains("cannot be restored", ReportMarkdown(course));
        Assert.Empty(ReportJson(course).Lessons);
    }

    [Theory]
    [InlineData(Executor.Notebook, false)]
    [InlineData(Executor.Notebook, true)]
    [InlineData(Executor.App, false)]
    [InlineData(Executor.App, true)]
    public async Task Ctrl_C_stops_the_run_with_exit_code_130_and_the_table_so_far(Executor executor, bool solutions)
    {
        var (course, engine, lesson) = Course($"course-run-cancelled-{executor}-{solutions}");
        AppFiles.Write(lesson, course.Folders);
        var output = new StringWriter();

        var outcome = await CourseRun.RunAsync(engine, [lesson], new RunnerOptions { Executor = executor, Solutions = solutions }, output, interactive: false,
            new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Interrupted, outcome.ExitCode);
        Assert.Empty(outcome.Reports);
        Assert.Contains("Stopped (Ctrl+C, or the runner was told to terminate) after 0 of 1 lessons; the lesson that was running was not finished.", output.ToString());
        Assert.StartsWith("| lesson | status |", ReportMarkdown(course));
        Assert.EndsWith("Stopped (Ctrl+C, or the runner was told to terminate) after 0 of 1 lessons; the lesson that was running was not finished.\n", ReportMarkdown(course));
        Assert.Empty(ReportJson(course).Lessons);
    }

    [Fact]
    public async Task An_app_run_lands_in_the_same_table_and_report_and_a_stale_app_fails_with_exit_code_1()
    {
        var (course, engine, lesson) = Course("course-run-stale-app");
        var output = new StringWriter();

        var outcome = await CourseRun.RunAsync(engine, [lesson], new RunnerOptions { Executor = Executor.App }, output, interactive: false,
            TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.LessonsFailed, outcome.ExitCode);
        var report = Assert.Single(outcome.Reports);
        Assert.Equal(("91-run", Executor.App, false), (report.Lesson, report.Executor, report.Passed));
        Assert.Contains("Running 1 lesson app(s) with dotnet build and dotnet run --file, up to 60 s each, build included;", output.ToString());
        Assert.Contains("[1/1] 91-run app: FAILED in ", output.ToString());
        Assert.Contains("91-run app failed: notebooks/91-run.cs is missing: export it with", output.ToString());
        Assert.Contains("0 of 1 lessons passed", output.ToString());
        Assert.Contains("| 91-run app | FAILED |", ReportMarkdown(course));
        Assert.Equal(Executor.App, Assert.Single(ReportJson(course).Lessons).Executor);
    }
}
