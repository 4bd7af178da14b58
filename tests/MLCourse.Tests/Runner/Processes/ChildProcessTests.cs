using MLCourse.Runner;
using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Runner.Processes;

/// <summary>The runner's one way to start a program, tried with ordinary programs (sh, sleep): never a .NET process.</summary>
[Collection(Name)]
public sealed class ChildProcessTests
{
    /// <summary>
    /// <see cref="ChildProcess.RunningCount"/> counts every program the test process runs, so these tests run on their own,
    /// after the others: then a count of 0 means that nothing they started is still running.
    /// </summary>
    public const string Name = "child processes, counted";

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class Counted;

    private static ProcessStart Shell(string script, string? folder = null, IReadOnlyDictionary<string, string>? environment = null) =>
        new("sh", ["-c", script], folder ?? Path.GetTempPath(), environment);

    /// <summary>A shell that starts a shell that starts <c>sleep</c> (a grandchild), writes the sleep's id to <paramref name="pidFile"/> and waits.</summary>
    private static ProcessStart Tree(string pidFile) => Shell($"sh -c 'sleep 300 & echo $! > {pidFile}; wait' & wait");

    private static async Task<int> GrandchildAsync(string pidFile)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)) return pid;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"The shell never wrote the grandchild's id to {pidFile}.");
    }

    /// <summary>Whether process <paramref name="pid"/> still runs: it exists and is not a zombie (dead, waiting to be reaped).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task AssertEndsAsync(int pid)
    {
        for (var waited = 0; waited < 100 && IsRunning(pid); waited++) await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(IsRunning(pid), $"process {pid}, a grandchild of the program, still runs.");
    }

    [Fact]
    public async Task Collects_what_the_program_prints_on_both_streams_and_its_exit_code()
    {
        var run = await ChildProcess.RunAsync(Shell("echo out; echo err >&2; exit 3"), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal((3, false, false), (run.ExitCode, run.TimedOut, run.Succeeded));
        Assert.Contains("out", run.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains("err", run.Output.Split('\n').Select(l => l.Trim()));
        Assert.Equal(0, ChildProcess.RunningCount);
    }

    [Fact]
    public async Task Starts_in_the_working_directory_with_the_extra_environment_and_no_input()
    {
        var folder = Repository.TestFolder("child-process-folder");

        var run = await ChildProcess.RunAsync(Shell("pwd; echo \"[$MLCOURSE_TEST_VALUE]\"; cat; echo read", folder, new Dictionary<string, string> { ["MLCOURSE_TEST_VALUE"] = "it's set" }),
            TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(run.Succeeded, run.Output);
        Assert.Equal([folder, "[it's set]", "read"], run.Output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_program_that_runs_out_of_time_is_reported_as_timed_out_and_its_whole_tree_is_stopped()
    {
        var pidFile = Path.Combine(Repository.TestFolder("child-process-timeout"), "grandchild.pid");

        // 8 s: time enough, even on a loaded machine, for the shell to start its grandchild before the limit runs out.
        var running = ChildProcess.RunAsync(Tree(pidFile), TimeSpan.FromSeconds(8), TestContext.Current.CancellationToken);
        var grandchild = await GrandchildAsync(pidFile);
        Assert.Equal(1, ChildProcess.RunningCount);
        var run = await running;

        Assert.True(run.TimedOut);
        Assert.False(run.Succeeded);
        Assert.InRange(run.Elapsed, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(60));
        await AssertEndsAsync(grandchild);
        Assert.Equal(0, ChildProcess.RunningCount);
    }

    [Fact]
    public async Task Cancelling_stops_the_whole_tree_and_throws_OperationCanceledException()
    {
        var pidFile = Path.Combine(Repository.TestFolder("child-process-cancel"), "grandchild.pid");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = ChildProcess.RunAsync(Tree(pidFile), TimeSpan.FromMinutes(5), cancel.Token);
        var grandchild = await GrandchildAsync(pidFile);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await AssertEndsAsync(grandchild);
        Assert.Equal(0, ChildProcess.RunningCount);
    }

    [Fact]
    public async Task A_cancelled_run_starts_nothing()
    {
        var marker = Path.Combine(Repository.TestFolder("child-process-cancelled"), "started");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ChildProcess.RunAsync(Shell($"touch {marker}"), TimeSpan.FromSeconds(30), new CancellationToken(canceled: true)));

        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task A_working_directory_that_does_not_exist_is_named_and_not_blamed_on_the_program()
    {
        var folder = Path.Combine(Repository.TestFolder("child-process-no-folder"), "gone");

        var error = await Assert.ThrowsAsync<RunnerEnvironmentException>(() =>
            ChildProcess.RunAsync(Shell("true", folder), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.Contains(folder, error.Message);
        Assert.DoesNotContain("Install 'sh'", error.Message);
    }

    [Theory]
    [InlineData("mlcourse-no-such-program", "Install 'mlcourse-no-such-program' and put it on the PATH.")]
    [InlineData("/nonexistent/dotnet-like/tool", "Install '/nonexistent/dotnet-like/tool' and put it on the PATH.")]
    public async Task A_program_that_is_not_installed_is_an_environment_problem_that_says_what_to_install(string program, string advice)
    {
        var error = await Assert.ThrowsAsync<RunnerEnvironmentException>(() =>
            ChildProcess.RunAsync(new ProcessStart(program, [], Path.GetTempPath()), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.StartsWith($"The runner could not start '{program}' (", error.Message);
        Assert.EndsWith(advice, error.Message);
        Assert.Equal(0, ChildProcess.RunningCount);
    }
}
