using MLCourse.Runner;

namespace MLCourse.Tests;

public sealed class RunnerOptionsTests
{
    [Fact]
    public void Reads_lessons_and_options_in_any_order()
    {
        var options = RunnerOptions.Parse(["03", "--timeout", "900", "--solutions", "04-train-models"]);

        Assert.Equal(["03", "04-train-models"], options.Lessons);
        Assert.Equal(TimeSpan.FromSeconds(900), options.Timeout);
        Assert.True(options.Solutions);
        Assert.False(options.UpdateExpected);
    }

    [Fact]
    public void Defaults_to_every_lesson_as_shipped_with_ten_minutes_each()
    {
        var options = RunnerOptions.Parse([]);

        Assert.Empty(options.Lessons);
        Assert.Equal(LessonEngine.DefaultTimeout, options.Timeout);
        Assert.False(options.Solutions);
        Assert.False(options.Help);
    }

    [Fact]
    public void Updating_the_expected_results_runs_with_the_solutions()
    {
        var options = RunnerOptions.Parse(["--update-expected", "06"]);

        Assert.True(options.UpdateExpected);
        Assert.True(options.Solutions);
    }

    [Theory]
    [InlineData("--solution", "Unknown option '--solution'.")]
    [InlineData("--timeout", "--timeout needs a whole number of seconds above 0, e.g. --timeout 900; got nothing.")]
    [InlineData("--timeout,ten", "--timeout needs a whole number of seconds above 0, e.g. --timeout 900; got 'ten'.")]
    [InlineData("--timeout,0", "--timeout needs a whole number of seconds above 0, e.g. --timeout 900; got '0'.")]
    public void A_bad_command_line_is_explained(string args, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => RunnerOptions.Parse(args.Split(','))).Message);
    }
}
