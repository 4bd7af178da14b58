using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Kernel;

/// <summary>What the notebook executor reports about notebooks that go wrong, run in the real kernel in a course of their own.</summary>
[Trait("Category", KernelGuard.Category)]
public sealed class NotebookRunTests(LessonRuns runs)
{
    private Task<LessonReport> Run(TemporaryCourse course, Lesson lesson, bool solutions = false, TimeSpan? timeout = null) =>
        runs.InSlot(cancel => course.Engine(timeout).RunAsync(lesson, Executor.Notebook, solutions, cancel));

    [Fact]
    public async Task A_broken_notebook_is_reported_with_every_failing_cell_and_runs_to_its_end()
    {
        var course = TemporaryCourse.Create("broken");
        var lesson = course.Add("91-broken", JsonNode.Parse(File.ReadAllText(Repository.Fixture("broken-lesson.ipynb")))!);

        var report = await Run(course, lesson);

        Assert.False(report.Passed);
        Assert.Equal(4, report.CodeCells);
        Assert.Collection(report.Errors,
            first =>
            {
                Assert.Equal(4, first.Cell);
                Assert.Equal("throw new InvalidOperationException(\"deliberately broken: cell 4\");", first.FirstLine);
                Assert.Contains("InvalidOperationException: deliberately broken: cell 4", first.Message);
                Assert.False(first.WithSolutions);
            },
            second =>
            {
                Assert.Equal(6, second.Cell);
                Assert.Contains("CS0029", second.Message);
            });
        Assert.StartsWith("91-broken failed at cell 4 `throw new InvalidOperationException(", report.Describe());
        Assert.Contains("cell 5 ran after the failure", File.ReadAllText(report.Executed!));   // the kernel kept going
    }

    [Fact]
    public async Task A_lesson_that_draws_fewer_charts_than_it_promises_fails()
    {
        var course = TemporaryCourse.Create("promises-charts");
        var lesson = course.Add("91-promises", NotebookJson.Of([NotebookJson.Markdown("# Promises"), NotebookJson.Code("var x = 1;\nx")], new JsonObject { ["minimumCharts"] = 1 }));

        var report = await Run(course, lesson);

        Assert.False(report.Passed);
        Assert.Empty(report.Errors);
        Assert.Contains("it drew 0 charts, but its metadata (mlcourse.minimumCharts) promises at least 1", report.Describe());
    }

    [Fact]
    public async Task A_kernel_that_dies_half_way_fails_the_lesson_with_a_message_not_a_stack_trace()
    {
        var course = TemporaryCourse.Create("dying");
        var lesson = course.Add("91-dying", NotebookJson.Of(NotebookJson.Code("var x = 1;"), NotebookJson.Code("System.Environment.Exit(7); // the kernel process dies here"), NotebookJson.Code("x")));

        var report = await Run(course, lesson);

        Assert.False(report.Passed);
        Assert.StartsWith("91-dying failed: dotnet-repl exited with code 7 without writing an executed notebook: the kernel crashed or was stopped.", report.Describe());
    }

    [Fact]
    public async Task A_kernel_over_its_time_limit_is_reported_as_timed_out_and_nothing_it_started_is_left()
    {
        var course = TemporaryCourse.Create("slow-kernel");
        var lesson = course.Add("91-slow", NotebookJson.Of(NotebookJson.Code("System.Threading.Thread.Sleep(TimeSpan.FromMinutes(10));")));

        var report = await Run(course, lesson, timeout: TimeSpan.FromSeconds(8));

        Assert.False(report.Passed);
        Assert.Equal("91-slow failed: timed out after 8 s: the kernel (dotnet-repl) was still running the notebook, and was stopped before it wrote the executed copy.",
            report.Describe());
        Assert.Empty(await ProcessTable.LeftWithAsync(course.Folders.Root));
    }

    [Fact]
    public async Task With_the_solutions_a_failure_after_the_first_answer_cell_is_named_in_both_parts()
    {
        var course = TemporaryCourse.Create("both-parts");
        var lesson = course.Add("91-both", NotebookJson.Of(
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("Func<string, double>? parseEuropean = null;", exercise: "01.2"),
            NotebookJson.Code("MLCourse.Exercises.Lesson01.ParseEuropean.Check(parseEuropean);\nthrow new InvalidOperationException(\"after the check\");")));

        var report = await Run(course, lesson, solutions: true);

        Assert.Equal([(3, false), (3, true)], report.Errors.Select(e => (e.Cell, e.WithSolutions)));
        Assert.Contains("and at cell 3 (with the solutions in place) `MLCourse.Exercises.Lesson01.ParseEuropean.Check(parseEuropean);`: ", report.Describe());
        Assert.Equal(["NotAttempted", "Correct"], report.Exercises.Select(e => e.Outcome));
    }
}
