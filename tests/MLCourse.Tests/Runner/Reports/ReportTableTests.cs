using System.Globalization;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner.Reports;

public sealed class ReportTableTests
{
    private static readonly LessonReport Passed = new("03-explore-visualize", Executor.Notebook, false, 12, [], 8, TimeSpan.FromSeconds(41.25),
        [new("accuracy", "0.98", false), new("load_s", "3.2", true)],
        [new("01.1", "Incorrect"), new("01.1", "Correct"), new("01.2", "NotAttempted")], [], "artifacts/notebooks/03-explore-visualize.ipynb");

    [Fact]
    public void The_table_has_one_row_per_lesson_with_cells_errors_charts_exercises_seconds_and_results()
    {
        var lines = ReportTable.Render([Passed, Passed with { Lesson = "04-train-models", Errors = [new CellError(7, "x", "y")] }]).Split(Environment.NewLine);

        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^lesson\s+\| status \| code cells \| error cells \| charts \| exercises\s+\| seconds \| results$", lines[0]);
        Assert.Matches(@"^-+\+-+\+-+\+-+\+-+\+-+\+-+\+-+$", lines[1]);
        Assert.Matches(@"^03-explore-visualize \| passed \| 12\s+\| 0\s+\| 8\s+\| 1/2 solved \| 41\.3\s+\| accuracy=0\.98, load_s≈3\.2$", lines[2]);
        Assert.Matches(@"^04-train-models\s+\| FAILED \| 12\s+\| 1\s+\|", lines[3]);
    }

    [Fact]
    public void Exercises_count_each_one_s_last_check_and_reflections_as_submitted_apart()
    {
        var report = Passed with { Exercises = [new("01.1", "Correct"), new("01.2", "Incorrect"), new("01.4", "Submitted")] };

        Assert.Contains("| 1/2 solved, 1/1 submitted |", ReportTable.Render([report]));
        Assert.Contains("| 0/1 solved, 0/1 submitted |", ReportTable.Render([report with { Exercises = [new("01.3", "NotAttempted"), new("01.4", "NotAttempted")] }]));
        Assert.Matches(@"\| -\s+\|", ReportTable.Render([report with { Exercises = [] }]));
    }

    [Fact]
    public void Seconds_show_an_app_s_build_and_the_lesson_s_target()
    {
        var app = Passed with { Executor = Executor.App, Build = TimeSpan.FromSeconds(4.1), Elapsed = TimeSpan.FromSeconds(12.3) };

        Assert.Contains("| 12.3 (build 4.1) |", ReportTable.Render([app]));
        Assert.StartsWith("03-explore-visualize app | passed", ReportTable.Render([app]).Split(Environment.NewLine)[2]);
        Assert.Contains("66.7 (OVER target 60)", ReportTable.Render([Passed with { Elapsed = TimeSpan.FromSeconds(66.7), TargetSeconds = 60 }]));
        Assert.Contains("41.2 (target 60)", ReportTable.Render([Passed with { Elapsed = TimeSpan.FromSeconds(41.2), TargetSeconds = 60 }]));
    }

    [Fact]
    public void Numbers_are_written_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Contains("| 41.3 (build 4.1) (target 60) |", ReportTable.Render([Passed with { Build = TimeSpan.FromSeconds(4.1), TargetSeconds = 60 }]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_markdown_table_has_the_same_columns_and_rows()
    {
        var lines = ReportTable.RenderMarkdown([Passed]).Split(Environment.NewLine);

        Assert.Equal(
        [
            "| lesson | status | code cells | error cells | charts | exercises | seconds | results |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
            "| 03-explore-visualize | passed | 12 | 0 | 8 | 1/2 solved | 41.3 | accuracy=0.98, load_s≈3.2 |",
            "",
        ], lines);
    }

    [Fact]
    public void A_run_with_no_lessons_is_the_header_alone()
    {
        Assert.Equal(2, ReportTable.Render([]).Split(Environment.NewLine).Length);
        Assert.StartsWith("| lesson | status |", ReportTable.RenderMarkdown([]));
    }
}
