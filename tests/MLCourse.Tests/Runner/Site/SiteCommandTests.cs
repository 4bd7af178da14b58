using MLCourse.Runner;
using MLCourse.Runner.Reports;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

/// <summary>The runner's --site: from a run in memory, or with --no-run from the last run's report.json.</summary>
public sealed class SiteCommandTests
{
    private static string SiteFolder(TemporaryCourse course) => Path.Combine(course.Folders.Artifacts, "site");

    private static void WriteReport(TemporaryCourse course, params LessonReport[] lessons) =>
        new RunReport(DateTimeOffset.UtcNow, lessons).Write(Path.Combine(course.Folders.Artifacts, RunReport.FileName));

    [Fact]
    public void Build_publishes_the_run_s_lessons_in_artifacts_site()
    {
        var course = TemporaryCourse.Create("site-command-build");
        var lesson = ChartsLesson.In(course.Folders.Notebooks);

        var code = SiteCommand.Build(course.Folders, [lesson]);

        Assert.Equal(ExitCodes.Passed, code);
        Assert.True(File.Exists(Path.Combine(SiteFolder(course), "index.html")));
        Assert.True(File.Exists(Path.Combine(SiteFolder(course), ChartsLesson.Name + ".html")));
    }

    [Fact]
    public void Build_refuses_a_run_that_failed_with_exit_code_1_and_writes_nothing()
    {
        var course = TemporaryCourse.Create("site-command-failed");

        var code = SiteCommand.Build(course.Folders, [ChartsLesson.In(course.Folders.Notebooks, passed: false)]);

        Assert.Equal(ExitCodes.LessonsFailed, code);
        Assert.False(Directory.Exists(SiteFolder(course)));
    }

    [Fact]
    public void Without_running_it_publishes_the_lessons_of_the_last_run_s_report()
    {
        var course = TemporaryCourse.Create("site-command-last-run");
        var lesson = ChartsLesson.In(course.Folders.Notebooks);
        WriteReport(course, lesson.Report);

        var code = SiteCommand.FromLastRun(course.Folders, [lesson.Lesson]);

        Assert.Equal(ExitCodes.Passed, code);
        Assert.Contains("<a href=\"98-charts.html\">", File.ReadAllText(Path.Combine(SiteFolder(course), "index.html")));
    }

    [Fact]
    public void Without_a_report_or_with_one_that_names_lessons_that_are_gone_it_fails_and_writes_nothing()
    {
        var course = TemporaryCourse.Create("site-command-no-report");
        var lesson = ChartsLesson.In(course.Folders.Notebooks);

        var none = SiteCommand.FromLastRun(course.Folders, [lesson.Lesson]);
        WriteReport(course, lesson.Report, lesson.Report with { Lesson = "97-removed" });
        var gone = SiteCommand.FromLastRun(course.Folders, [lesson.Lesson]);

        Assert.Equal((ExitCodes.LessonsFailed, ExitCodes.LessonsFailed), (none, gone));
        Assert.False(Directory.Exists(SiteFolder(course)));
    }
}
