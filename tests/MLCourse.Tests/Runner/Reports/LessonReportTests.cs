using MLCourse.Runner.Engine;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner.Reports;

public sealed class LessonReportTests
{
    private static LessonReport Report(IReadOnlyList<CellError> errors, params string[] problems) =>
        new("03-explore-visualize", Executor.Notebook, false, 12, errors, 8, TimeSpan.FromSeconds(41.25),
            [new("accuracy", "0.98", false)], [new("03.1", "NotAttempted")], problems, "artifacts/notebooks/03-explore-visualize.ipynb");

    [Fact]
    public void A_failure_names_the_lesson_each_cell_its_first_line_and_the_error_and_the_executed_notebook()
    {
        var text = Report([new CellError(7, "var df = Load();", "FileNotFoundException: data.csv"), new CellError(44, "df.Head()", "CS0103", WithSolutions: true)]).Describe();

        Assert.Equal(
        [
            "03-explore-visualize failed at cell 7 `var df = Load();`: FileNotFoundException: data.csv",
            "  and at cell 44 (with the solutions in place) `df.Head()`: CS0103",
            "  executed notebook: artifacts/notebooks/03-explore-visualize.ipynb",
        ], text.Split(Environment.NewLine));
    }

    [Fact]
    public void Passed_means_no_error_cell_and_no_other_problem_and_every_problem_is_described()
    {
        var report = Report([], "timed out after 600 s: the kernel (dotnet-repl) was stopped before it finished the notebook.", "it drew 0 charts.");

        Assert.True(Report([]).Passed);
        Assert.False(report.Passed);
        Assert.False(Report([new CellError(7, "x", "y")]).Passed);
        Assert.Equal(
        [
            "03-explore-visualize failed: timed out after 600 s: the kernel (dotnet-repl) was stopped before it finished the notebook.",
            "  it drew 0 charts.",
            "  executed notebook: artifacts/notebooks/03-explore-visualize.ipynb",
        ], report.Describe().Split(Environment.NewLine));
    }

    [Fact]
    public void An_app_is_named_as_an_app_with_its_output()
    {
        var app = Report([], "dotnet run exited with code 134.") with { Executor = Executor.App, Executed = "artifacts/apps-runs/03-explore-visualize.output.txt" };

        Assert.Equal("03-explore-visualize app", app.Label);
        Assert.Equal("03-explore-visualize", Report([]).Label);
        Assert.Equal(
        [
            "03-explore-visualize app failed: dotnet run exited with code 134.",
            "  its output: artifacts/apps-runs/03-explore-visualize.output.txt",
        ], app.Describe().Split(Environment.NewLine));
    }

    [Fact]
    public void A_lesson_that_could_not_run_has_one_problem_and_nothing_else()
    {
        var report = LessonReport.Failed("03-explore-visualize", Executor.App, true, TimeSpan.FromSeconds(2), "the runner could not run it: IOException: disk full");

        Assert.Equal(("03-explore-visualize", Executor.App, true, TimeSpan.FromSeconds(2)), (report.Lesson, report.Executor, report.Solutions, report.Elapsed));
        Assert.Equal((0, 0, 0, 0, 0, (string?)null), (report.CodeCells, report.Errors.Count, report.Charts, report.Results.Count, report.Exercises.Count, report.Executed));
        Assert.Equal(["the runner could not run it: IOException: disk full"], report.Problems);
        Assert.Equal("03-explore-visualize app failed: the runner could not run it: IOException: disk full", report.Describe());
    }

    [Fact]
    public void WithProblems_adds_to_the_problems_there_are()
    {
        var report = Report([], "first").WithProblems(["second", "third"]);

        Assert.Equal(["first", "second", "third"], report.Problems);
    }

    [Fact]
    public void A_run_over_its_target_is_over_target_but_still_passes()
    {
        var slow = Report([]) with { Elapsed = TimeSpan.FromSeconds(66.7), TargetSeconds = 60 };

        Assert.True(slow.OverTarget);
        Assert.True(slow.Passed);
        Assert.False((slow with { Elapsed = TimeSpan.FromSeconds(60) }).OverTarget);
        Assert.False((slow with { TargetSeconds = null, Elapsed = TimeSpan.FromSeconds(500) }).OverTarget);
    }
}
