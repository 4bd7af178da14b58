using MLCourse.Runner.Engine;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner.Reports;

public sealed class RunReportTests
{
    [Fact]
    public void A_run_of_notebooks_and_apps_round_trips_through_json()
    {
        var path = Path.Combine(Repository.TestFolder("run-report"), "artifacts", RunReport.FileName);
        var notebook = new LessonReport("03-explore-visualize", Executor.Notebook, true, 12,
            [new CellError(44, "var x = Load();", "FileNotFoundException", WithSolutions: true)], 8, TimeSpan.FromSeconds(41.25),
            [new("accuracy", "0.98", false), new("load_s", "3.2", true)], [new("03.1", "NotAttempted"), new("03.1", "Correct")],
            ["a problem"], "artifacts/notebooks-solutions/03-explore-visualize.ipynb") { TargetSeconds = 60 };
        var app = new LessonReport("04-train-models", Executor.App, false, 9, [], 3, TimeSpan.FromSeconds(20), [], [], [], "artifacts/apps-runs/04-train-models.output.txt")
        { Build = TimeSpan.FromSeconds(7.5) };
        var report = new RunReport(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), [notebook, app]);

        report.Write(path);
        var read = RunReport.Read(path);

        Assert.Equal(report.Finished, read.Finished);
        Assert.Equal(2, read.Lessons.Count);
        foreach (var (written, back) in report.Lessons.Zip(read.Lessons))
        {
            Assert.Equal(written with { Errors = back.Errors, Results = back.Results, Exercises = back.Exercises, Problems = back.Problems }, back);
            Assert.Equal(written.Errors, back.Errors);
            Assert.Equal(written.Results, back.Results);
            Assert.Equal(written.Exercises, back.Exercises);
            Assert.Equal(written.Problems, back.Problems);
        }
        Assert.Contains("\"Executor\": \"App\"", File.ReadAllText(path));   // readable by other tools
    }

    [Fact]
    public void A_missing_report_says_to_run_the_lessons_first()
    {
        var error = Assert.Throws<FileNotFoundException>(() => RunReport.Read(Path.Combine(Repository.TestFolder("run-report-missing"), RunReport.FileName)));

        Assert.Contains("run the lessons first (dotnet run --project src/MLCourse.Runner)", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_run_report_says_to_run_the_lessons_again()
    {
        var path = Path.Combine(Repository.TestFolder("run-report-damaged"), RunReport.FileName);
        File.WriteAllText(path, "{ \"Finished\": ");

        var error = Assert.Throws<InvalidDataException>(() => RunReport.Read(path));

        Assert.StartsWith($"'{path}' is not a run report the runner wrote (", error.Message);
        Assert.EndsWith("Run the lessons again to rewrite it.", error.Message);
    }
}
