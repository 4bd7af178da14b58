using System.Diagnostics;
using MLCourse.Runner;
using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// The runner as a learner or CI starts it, a program of its own (<c>dotnet MLCourse.Runner.dll</c>) in a course folder: a
/// lesson over <c>--timeout</c> is reported as timed out, Ctrl+C stops it with the table so far, and however it ends, no
/// process it started outlives it (every process it starts inherits a marker in its environment; none may be left).
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class RunnerProcessTests(LessonRuns runs)
{
    private const string MarkerVariable = "MLCOURSE_TEST_MARKER";

    /// <summary>A course whose one lesson, after the course's setup cell, sleeps for ten minutes in its third cell.</summary>
    private static TemporaryCourse SlowCourse(string name)
    {
        var course = TemporaryCourse.Create(name);
        var lesson = course.Add("91-slow", NotebookJson.Of(
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("var started = \"the lesson started\";\nstarted"),
            NotebookJson.Code("System.Threading.Thread.Sleep(TimeSpan.FromMinutes(10));")));
        AppFiles.Write(lesson, course.Folders);
        return course;
    }

    private static Process Start(TemporaryCourse course, string marker, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = course.Folders.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MLCourse.Runner.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment[MarkerVariable] = marker;
        return Process.Start(start)!;
    }

    private static async Task<(int Code, string Output)> FinishAsync(Process runner)
    {
        var output = runner.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = runner.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await runner.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (runner.ExitCode, await output + await errors);
    }

    /// <summary>Waits until a process with the marker runs <paramref name="what"/> (e.g. the kernel), up to two minutes.</summary>
    private static async Task WaitForAsync(string marker, string what)
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(250, TestContext.Current.CancellationToken))
            if (ProcessTable.With(marker).Any(p => p.Contains(what, StringComparison.Ordinal))) return;
        Assert.Fail($"No process running '{what}' appeared within two minutes.");
    }

    private static void Signal(Process process, string signal) => Process.Start("kill", [$"-{signal}", process.Id.ToString()])!.WaitForExit();

    [Theory]
    [InlineData("notebook", "the kernel (dotnet-repl) was still running the notebook")]
    [InlineData("app", "its build (dotnet build) was stopped before it finished")]
    public async Task A_lesson_over_the_timeout_fails_as_timed_out_and_no_process_outlives_the_runner(string mode, string what)
    {
        var course = SlowCourse("runner-timeout-" + mode);
        var marker = Guid.NewGuid().ToString("N");

        var (code, output) = await runs.InSlot(_ => FinishAsync(Start(course, marker, mode == "app" ? ["--run-apps", "--timeout", "2"] : ["--timeout", "8"])));

        Assert.True(code == ExitCodes.LessonsFailed, output);
        Assert.Contains($"timed out after {(mode == "app" ? 2 : 8)} s: {what}", output);
        Assert.Contains("0 of 1 lessons passed", output);
        Assert.Empty(await ProcessTable.LeftWithAsync(marker));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_running_kernel_exits_with_130_and_the_table_so_far_and_leaves_no_process()
    {
        var course = SlowCourse("runner-ctrl-c");
        var marker = Guid.NewGuid().ToString("N");

        var (code, output) = await runs.InSlot(async _ =>
        {
            var runner = Start(course, marker);
            await WaitForAsync(marker, "--exit-after-run");   // the kernel is running the lesson
            Signal(runner, "INT");
            return await FinishAsync(runner);
        });

        Assert.True(code == ExitCodes.Interrupted, output);
        Assert.Contains("Stopped (Ctrl+C, or the runner was told to terminate) after 0 of 1 lessons", output);
        Assert.StartsWith("| lesson | status |", File.ReadAllText(Path.Combine(course.Folders.Artifacts, "report.md")));
        Assert.Empty(await ProcessTable.LeftWithAsync(marker));
    }

    [Fact]
    public async Task A_runner_that_is_terminated_takes_the_kernel_it_started_with_it()
    {
        var course = SlowCourse("runner-terminated");
        var marker = Guid.NewGuid().ToString("N");

        await runs.InSlot(async _ =>
        {
            var runner = Start(course, marker);
            await WaitForAsync(marker, "--exit-after-run");
            Signal(runner, "TERM");
            return await FinishAsync(runner);
        });

        Assert.Empty(await ProcessTable.LeftWithAsync(marker));
    }
}
