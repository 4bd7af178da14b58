using System.Globalization;
using MLCourse.Runner;
using MLCourse.Runner.Engine;

namespace MLCourse.Tests.Runner;

/// <summary>The runner's one command line: every verb through the one parser, and every refusal with its message.</summary>
public sealed class RunnerOptionsTests
{
    private static RunnerOptions Parse(string args) => RunnerOptions.Parse(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Defaults_to_running_every_lesson_s_notebook_as_shipped_with_ten_minutes_each()
    {
        var options = Parse("");

        Assert.Equal(new RunnerOptions { Lessons = options.Lessons }, options);
        Assert.Empty(options.Lessons);
        Assert.Equal((RunnerCommand.Run, Executor.Notebook, LessonEngine.DefaultTimeout), (options.Command, options.Executor, options.Timeout));
        Assert.False(options.Solutions || options.UpdateExpected || options.Site || options.NoRun || options.Help);
        Assert.Equal(TimeSpan.FromMinutes(10), LessonEngine.DefaultTimeout);
    }

    [Fact]
    public void Reads_lessons_and_options_in_any_order()
    {
        var options = Parse("03 --timeout 900 --solutions 04-train-models");

        Assert.Equal(["03", "04-train-models"], options.Lessons);
        Assert.Equal(TimeSpan.FromSeconds(900), options.Timeout);
        Assert.True(options.Solutions);
        Assert.False(options.UpdateExpected);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_asks_for_the_usage(string help)
    {
        Assert.True(Parse(help).Help);
        Assert.StartsWith("Runs the course's lessons headlessly", RunnerOptions.Usage);
    }

    [Fact]
    public void Updating_the_expected_results_runs_the_notebooks_with_the_solutions()
    {
        var options = Parse("--update-expected 06");

        Assert.True(options.UpdateExpected);
        Assert.True(options.Solutions);
        Assert.Equal(Executor.Notebook, options.Executor);
        Assert.Equal(["06"], options.Lessons);
    }

    [Fact]
    public void Run_apps_runs_the_same_lessons_as_apps_with_the_same_options()
    {
        var options = Parse("--run-apps --solutions --timeout 120 11");

        Assert.Equal((RunnerCommand.Run, Executor.App, true, TimeSpan.FromSeconds(120)), (options.Command, options.Executor, options.Solutions, options.Timeout));
        Assert.Equal(["11"], options.Lessons);
    }

    [Fact]
    public void Run_exercises_runs_the_lessons_exercises_apps_and_not_together_with_run_apps()
    {
        var options = Parse("--run-exercises --solutions 04");

        Assert.Equal((Executor.Exercises, true), (options.Executor, options.Solutions));
        Assert.Equal(["04"], options.Lessons);
        Assert.Equal("--run-apps and --run-exercises each choose what runs: give one of them.", Assert.Throws<ArgumentException>(() => Parse("--run-apps --run-exercises")).Message);
        Assert.Equal("--site publishes executed notebooks; it does not go with --run-exercises.", Assert.Throws<ArgumentException>(() => Parse("--run-exercises --site")).Message);
    }

    [Fact]
    public void Run_file_takes_one_program_and_a_time_limit_only()
    {
        var options = Parse("--run-file notebooks/11-neural-networks.cs --timeout 900");

        Assert.Equal((RunnerCommand.RunFile, "notebooks/11-neural-networks.cs", TimeSpan.FromSeconds(900)), (options.Command, options.File, options.Timeout));
        Assert.Equal("--run-file needs a lesson program, e.g. notebooks/11-neural-networks.cs; got nothing.", Assert.Throws<ArgumentException>(() => Parse("--run-file")).Message);
        Assert.Equal("--run-file takes one file (and --timeout), no lesson or other option.", Assert.Throws<ArgumentException>(() => Parse("--run-file a.cs --solutions")).Message);
        Assert.Equal("--run-file takes one file (and --timeout), no lesson or other option.", Assert.Throws<ArgumentException>(() => Parse("--run-file a.cs 11")).Message);
        Assert.Equal("--check-apps does not go with --run-file: give one of them.", Assert.Throws<ArgumentException>(() => Parse("--run-file a.cs --check-apps")).Message);
    }

    [Fact]
    public void Site_builds_the_website_after_a_run_or_with_no_run_from_the_last_one()
    {
        var after = Parse("--site --solutions 03");
        var fromLast = Parse("--no-run --site");

        Assert.Equal((true, false, true), (after.Site, after.NoRun, after.Solutions));
        Assert.Equal((true, true), (fromLast.Site, fromLast.NoRun));
        Assert.Empty(fromLast.Lessons);
    }

    [Theory]
    [InlineData("--export-apps", RunnerCommand.ExportApps)]
    [InlineData("--check-apps", RunnerCommand.CheckApps)]
    public void The_app_verbs_take_lessons(string verb, RunnerCommand command)
    {
        var options = Parse($"03 {verb} 4");

        Assert.Equal(command, options.Command);
        Assert.Equal(["03", "4"], options.Lessons);
        Assert.Equal(command, Parse(verb).Command);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("tr-TR")]
    public void The_timeout_is_read_the_same_in_every_culture(string culture)
    {
        var current = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(TimeSpan.FromSeconds(900), Parse("--timeout 900").Timeout);
            Assert.Throws<ArgumentException>(() => Parse("--timeout 9.000"));
            Assert.Throws<ArgumentException>(() => Parse("--timeout 9,000"));
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
        }
    }

    [Theory]
    [InlineData("--solution", "Unknown option '--solution'.")]
    [InlineData("03 -x", "Unknown option '-x'.")]
    [InlineData("--timeout", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got nothing.")]
    [InlineData("--timeout ten", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got 'ten'.")]
    [InlineData("--timeout 0", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '0'.")]
    [InlineData("--timeout -5", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '-5'.")]
    [InlineData("--timeout +900", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '+900'.")]
    [InlineData("--timeout 1.5", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '1.5'.")]
    [InlineData("--timeout 99999999999", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '99999999999'.")]
    [InlineData("--timeout --solutions", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '--solutions'.")]
    [InlineData("--timeout 86401", "--timeout needs a whole number of seconds from 1 to 86400, e.g. --timeout 900; got '86401'.")]
    public void A_bad_option_or_value_is_explained(string args, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => Parse(args)).Message);
    }

    [Theory]
    [InlineData("--export-apps --solutions", "--export-apps takes lessons only, not --solutions.")]
    [InlineData("--update-expected --export-apps 03", "--export-apps takes lessons only, not --update-expected.")]
    [InlineData("--export-apps --run-apps", "--export-apps takes lessons only, not --run-apps.")]
    [InlineData("--export-apps 03 --timeout 900", "--export-apps takes lessons only, not --timeout.")]
    [InlineData("--check-apps --site", "--check-apps takes lessons only, not --site.")]
    [InlineData("--check-apps --no-run", "--check-apps takes lessons only, not --no-run.")]
    [InlineData("--export-apps --check-apps", "--check-apps does not go with --export-apps: give one of them.")]
    [InlineData("--check-apps --export-apps", "--export-apps does not go with --check-apps: give one of them.")]
    public void The_app_verbs_take_lessons_only_and_one_at_a_time(string args, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => Parse(args)).Message);
    }

    [Theory]
    [InlineData("--no-run")]
    [InlineData("--no-run --site 03")]
    [InlineData("--no-run --site --solutions")]
    [InlineData("--no-run --site --update-expected")]
    [InlineData("--no-run --site --run-apps")]
    [InlineData("--no-run --site --timeout 900")]
    public void No_run_goes_with_site_alone(string args)
    {
        Assert.Equal("--no-run goes with --site alone: it publishes the last run's lessons, and takes no other option or lesson.",
            Assert.Throws<ArgumentException>(() => Parse(args)).Message);
    }

    [Theory]
    [InlineData("--site --run-apps", "--site publishes executed notebooks; it does not go with --run-apps.")]
    [InlineData("--run-apps 03 --site", "--site publishes executed notebooks; it does not go with --run-apps.")]
    [InlineData("--update-expected --run-apps", "--update-expected pins what the notebooks publish; it does not go with --run-apps (the apps are checked against the same pins).")]
    public void The_site_and_the_expected_results_come_from_notebooks_not_apps(string args, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => Parse(args)).Message);
    }

    [Fact]
    public void The_usage_names_every_option_the_parser_knows()
    {
        foreach (var option in new[] { "--solutions", "--update-expected", "--site", "--no-run", "--run-apps", "--run-exercises", "--export-apps", "--check-apps", "--run-file", "--timeout" })
            Assert.Contains(option, RunnerOptions.Usage);
        Assert.Contains("Exit code: 0 everything passed, 1 a lesson failed (or an app is out of date, or --no-run found no run to publish, or the", RunnerOptions.Usage);
        Assert.Contains("2 a wrong command line, 3 the machine cannot run lessons", RunnerOptions.Usage);
        Assert.Contains("130 stopped by Ctrl+C (or SIGTERM, SIGHUP)", RunnerOptions.Usage);
        Assert.Equal((0, 1, 2, 3, 130), (ExitCodes.Passed, ExitCodes.LessonsFailed, ExitCodes.Usage, ExitCodes.Environment, ExitCodes.Interrupted));
    }
}
