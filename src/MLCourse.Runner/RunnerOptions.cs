using System.Globalization;

namespace MLCourse.Runner;

/// <summary>The runner's command line. To add an option: a property here, a case in <see cref="Parse"/>, a line in <see cref="Usage"/>.</summary>
public sealed record RunnerOptions
{
    /// <summary>Lesson numbers or names; all lessons when empty.</summary>
    public IReadOnlyList<string> Lessons { get; init; } = [];

    /// <summary>The time limit for one lesson.</summary>
    public TimeSpan Timeout { get; init; } = LessonEngine.DefaultTimeout;

    /// <summary>Run each exercise's solution in place of its answer cell.</summary>
    public bool Solutions { get; init; }

    /// <summary>Rewrite tests/expected-results/ from a solution-mode run (implies <see cref="Solutions"/>).</summary>
    public bool UpdateExpected { get; init; }

    /// <summary>After the run, build the course website in <c>artifacts/site/</c> (only when every lesson passed).</summary>
    public bool Site { get; init; }

    /// <summary>With <see cref="Site"/>: build the website from the last run's <c>artifacts/report.json</c>, running nothing.</summary>
    public bool NoRun { get; init; }

    /// <summary>Print <see cref="Usage"/> and stop.</summary>
    public bool Help { get; init; }

    public const string Usage = """
        Runs the course's lesson notebooks headlessly in the real .NET Interactive kernel.

        usage: dotnet run --project src/MLCourse.Runner -- [LESSON ...] [--timeout SECONDS] [--solutions] [--update-expected] [--site [--no-run]]

          LESSON             a lesson number (03) or name (03-explore-visualize); all lessons when none is given
          --timeout          the time limit for one lesson, in seconds (default 600)
          --solutions        run each exercise's solution in place of its answer cell (the lesson files are not changed);
                             every exercise must then be correct (as shipped, every one must be "not attempted")
          --update-expected  run with the solutions and rewrite each lesson's pinned results,
                             tests/expected-results/NN-name.json, from what it published (tolerances and reasons are kept;
                             a new result gets tolerance 0). Review the diff before you commit it.
          --site             after the run, build the course website in artifacts/site/ from the executed notebooks
                             (only when every lesson passed); with --no-run, from the last run's artifacts/report.json

        The lessons as .NET 10 file-based apps (notebooks/NN-name.cs): --export-apps, --check-apps, --run-apps (see --run-apps --help).

        Every run checks each published result against tests/expected-results/ (timings are not pinned).
        Executed notebooks go to artifacts/notebooks/, the summary table to artifacts/report.md (and artifacts/report.json); exercise checks record
        into artifacts/, never into your .course/progress.json.
        Exit code: 0 every lesson passed, 1 a lesson failed, 2 bad arguments, 3 the machine cannot run lessons
        (no dotnet, tool restore failed), 130 stopped by Ctrl+C.
        """;

    /// <summary>Reads the command line.</summary>
    /// <exception cref="ArgumentException">An unknown option, or an option without its value; the message says which.</exception>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunnerOptions();
        var lessons = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "-h" or "--help" => options with { Help = true },
                "--solutions" => options with { Solutions = true },
                "--update-expected" => options with { UpdateExpected = true, Solutions = true },
                "--site" => options with { Site = true },
                "--no-run" => options with { NoRun = true },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Seconds(args, ++i)) },
                var option when option.StartsWith('-') => throw new ArgumentException($"Unknown option '{option}'."),
                var lesson => Add(options, lessons, lesson),
            };
        }
        if (options.Site && options.Solutions || options.NoRun && (!options.Site || lessons.Count > 0))
            throw new ArgumentException("--site shows the lessons as shipped (not with --solutions or --update-expected); " +
                                        "--no-run goes with --site alone and publishes the last run's lessons.");
        return options with { Lessons = lessons };
    }

    private static RunnerOptions Add(RunnerOptions options, List<string> lessons, string lesson)
    {
        lessons.Add(lesson);
        return options;
    }

    private static int Seconds(IReadOnlyList<string> args, int i) =>
        i < args.Count && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds
        : throw new ArgumentException($"--timeout needs a whole number of seconds above 0, e.g. --timeout 900; got {(i < args.Count ? $"'{args[i]}'" : "nothing")}.");
}
