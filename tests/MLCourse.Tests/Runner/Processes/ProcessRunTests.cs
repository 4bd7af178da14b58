using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Runner.Processes;

public sealed class ProcessRunTests
{
    [Theory]
    [InlineData(0, false, true)]
    [InlineData(1, false, false)]
    [InlineData(0, true, false)]
    public void A_run_succeeded_when_it_ended_in_time_with_exit_code_0(int exitCode, bool timedOut, bool succeeded)
    {
        Assert.Equal(succeeded, new ProcessRun(exitCode, timedOut, TimeSpan.FromSeconds(1), "").Succeeded);
    }

    [Fact]
    public void The_tail_is_as_many_of_the_last_lines_printed_as_asked_for()
    {
        // What ChildProcess collects: every line ends with a line break.
        var output = string.Concat(Enumerable.Range(1, 30).Select(i => $"line {i}{Environment.NewLine}"));
        var run = new ProcessRun(1, false, TimeSpan.Zero, output);

        Assert.Equal(["line 28", "line 29", "line 30"], run.Tail(3).Split(Environment.NewLine));
        Assert.Equal(Enumerable.Range(11, 20).Select(i => $"line {i}"), run.Tail().Split(Environment.NewLine));
    }
}
