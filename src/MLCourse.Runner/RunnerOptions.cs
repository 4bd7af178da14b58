using System.Globalization;
using MLCourse.Runner.Engine;

namespace MLCourse.Runner;

/// <summary>
/// The runner's one command line, for every verb. To add an option: a property here, a case in <see cref="Parse"/>, a line
/// in <see cref="Usage"/>, and a rule in <see cref="Check"/> if it does not go with everything.
/// </summary>
public sealed record RunnerOptions
{
    public RunnerCommand Command { get; init; } = RunnerCommand.Run;

    /// <summary>How lessons run: as notebooks in the real kernel, or (<c>--run-apps</c>) as file-based apps.</summary>
    public Executor Executor { get; init; } = Executor.Notebook;

    /// <summary>Lesson numbers or names; all lessons when empty.</summary>
    public IReadOnlyList<string> Lessons { get; init; } = [];

    /// <summary>The time limit for one lesson.</summary>
    public TimeSpan Timeout { get; init; } = LessonEngine.DefaultTimeout;

    /// <summary>Run with each exercise's solution in place of its answer cell.</summary>
    public bool Solutions { get; init; }

    /// <summary>Rewrite tests/expected-results/ from a run with the solutions (implies <see cref="Solutions"/>).</summary>
    public bool UpdateExpected { get; init; }

    /// <summary>After the run, build the course website in <c>artifacts/site/</c> (only when every lesson passed).</summary>
    public bool Site { get; init; }

    /// <summary>With <see cref="Site"/>: build the website from the last run's <c>artifacts/report.json</c>, running nothing.</summary>
    public bool NoRun { get; init; }

    /// <summary>With <see cref="RunnerCommand.RunFile"/>: the program to run.</summary>
    public string? File { get; init; }

    /// <summary>Print <see cref="Usage"/> and stop.</summary>
    public bool Help { get; init; }

    public const string Usage = """
        Runs the course's lessons headlessly, checks them, and reports: as notebooks in the real .NET Interactive kernel
        (dotnet-repl), or as .NET 10 file-based apps.

        usage: dotnet run --project src/MLCourse.Runner -- [LESSON ...] [--run-apps | --run-exercises] [--solutions] [--timeout SECONDS]
                                                         [--update-expected] [--site [--no-run]]
               dotnet run --project src/MLCourse.Runner -- --export-apps [LESSON ...]
               dotnet run --project src/MLCourse.Runner -- --check-apps [LESSON ...]
               dotnet run --project src/MLCourse.Runner -- --run-file FILE [--timeout SECONDS]

          LESSON             a lesson number (03) or name (03-explore-visualize); all lessons when none is given
          --timeout          the time limit for one lesson, in seconds (default 600; for an app, its build included)
          --solutions        with each exercise's solution in its answer cell (the lesson files are not changed): a notebook
                             runs as shipped (every exercise must be "not attempted") and then, in the same kernel, each
                             answer cell again with its solution, followed by its check (where later cells build on the
                             answers, as in lesson 09: every cell from the first answer cell on); every exercise must then
                             be solved (a reflection submitted). An app runs with the solutions in place.
          --run-apps         run each lesson's app (notebooks/NN-name.cs: dotnet build, then dotnet run --file) instead of
                             its notebook; the same checks, the same table
          --run-exercises    run each lesson's exercises app (notebooks/NN-name.exercises.cs) instead: every exercise must
                             check as in the notebook (it publishes no results and draws no charts); lessons without
                             exercises are left out
          --update-expected  run the notebooks with the solutions and rewrite each lesson's pinned results,
                             tests/expected-results/NN-name.json, from what it published (tolerances and reasons are kept;
                             a new result gets tolerance 0). Review the diff before you commit it.
          --site             after the run, build the course website in artifacts/site/ from the executed notebooks
                             (only when every lesson passed); with --no-run, from the last run's artifacts/report.json
          --export-apps      write notebooks/NN-name.cs (and NN-name.exercises.cs) from notebooks/NN-name.ipynb
          --check-apps       list the apps that differ from what their notebooks export now
          --run-file FILE    run your own copy of a lesson's app or exercises app (e.g. notebooks/11-neural-networks.cs,
                             answers and all) as dotnet run --file FILE would, but where its lesson runs: in the Debian
                             13 root when TorchSharp's engine cannot load on this machine (see the README). It prints what
                             the program prints and records its checks into your progress; nothing is compared or pinned

        Every run checks each published result against tests/expected-results/ (timings are not pinned).
        Executed notebooks go to artifacts/notebooks/ (artifacts/notebooks-solutions/ for a lesson with exercises run with the
        solutions), what an app prints to artifacts/apps-runs/NN-name.output.txt (artifacts/apps-solutions-runs/), the table
        to artifacts/report.md and artifacts/report.json. Exercise checks record into artifacts/, never into your .course/progress.json.
        Exit code: 0 everything passed, 1 a lesson failed (or an app is out of date, or --no-run found no run to publish, or the
        runner met a bug of its own), 2 a wrong command line, 3 the machine cannot run lessons (no course folder, a notebook
        that cannot be read, no dotnet, a tool restore that failed), 130 stopped by Ctrl+C (or SIGTERM, SIGHUP).
        """;

    /// <summary>Reads the command line.</summary>
    /// <exception cref="ArgumentException">An unknown option, an option without its value, or options that do not go together; the message says which.</exception>
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
                "--run-apps" => options with { Executor = Executor.App },
                "--run-exercises" => options with { Executor = Executor.Exercises },
                "--export-apps" => WithCommand(options, RunnerCommand.ExportApps, args[i]),
                "--check-apps" => WithCommand(options, RunnerCommand.CheckApps, args[i]),
                "--run-file" => WithCommand(options, RunnerCommand.RunFile, args[i]) with { File = Value(args, ++i, "--run-file", "a lesson program, e.g. notebooks/11-neural-networks.cs") },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Seconds(args, ++i)) },
                var option when option.StartsWith('-') => throw new ArgumentException($"Unknown option '{option}'."),
                var lesson => Add(lessons, lesson, options),
            };
        }
        options = options with { Lessons = lessons };
        Check(options, args);
        return options;
    }

    /// <summary>Refuses options that do not go together.</summary>
    private static void Check(RunnerOptions options, IReadOnlyList<string> args)
    {
        var runOnly = new[] { "--solutions", "--update-expected", "--run-apps", "--run-exercises", "--timeout", "--site", "--no-run" };
        if (options.Command == RunnerCommand.RunFile && (options.Lessons.Count > 0 || args.FirstOrDefault(a => runOnly.Contains(a) && a != "--timeout") is not null))
            throw new ArgumentException("--run-file takes one file (and --timeout), no lesson or other option.");
        if (options.Command is RunnerCommand.ExportApps or RunnerCommand.CheckApps && args.FirstOrDefault(runOnly.Contains) is { } extra)
            throw new ArgumentException($"{Option(options.Command)} takes lessons only, not {extra}.");
        if (options.NoRun && (!options.Site || options.Lessons.Count > 0 || options.Solutions || options.Executor != Executor.Notebook || args.Contains("--timeout")))
            throw new ArgumentException("--no-run goes with --site alone: it publishes the last run's lessons, and takes no other option or lesson.");
        var apps = options.Executor == Executor.App ? "--run-apps" : "--run-exercises";
        if (args.Contains("--run-apps") && args.Contains("--run-exercises"))
            throw new ArgumentException("--run-apps and --run-exercises each choose what runs: give one of them.");
        if (options.Site && options.Executor != Executor.Notebook)
            throw new ArgumentException($"--site publishes executed notebooks; it does not go with {apps}.");
        if (options.UpdateExpected && options.Executor != Executor.Notebook)
            throw new ArgumentException($"--update-expected pins what the notebooks publish; it does not go with {apps} (the apps are checked against the same pins).");
    }

    private static RunnerOptions WithCommand(RunnerOptions options, RunnerCommand command, string option) =>
        options.Command == RunnerCommand.Run ? options with { Command = command }
        : throw new ArgumentException($"{option} does not go with {Option(options.Command)}: give one of them.");

    private static string Option(RunnerCommand command) => command switch
    {
        RunnerCommand.ExportApps => "--export-apps",
        RunnerCommand.CheckApps => "--check-apps",
        _ => "--run-file",
    };

    private static string Value(IReadOnlyList<string> args, int i, string option, string what) =>
        i < args.Count && !args[i].StartsWith('-') ? args[i] : throw new ArgumentException($"{option} needs {what}; got {(i < args.Count ? $"'{args[i]}'" : "nothing")}.");

    private static RunnerOptions Add(List<string> lessons, string lesson, RunnerOptions options)
    {
        lessons.Add(lesson);
        return options;
    }

    /// <summary>The longest --timeout: a day (a lesson takes minutes).</summary>
    public const int MaximumSeconds = 86_400;

    private static int Seconds(IReadOnlyList<string> args, int i) =>
        i < args.Count && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MaximumSeconds ? seconds
        : throw new ArgumentException($"--timeout needs a whole number of seconds from 1 to {MaximumSeconds}, e.g. --timeout 900; got {(i < args.Count ? $"'{args[i]}'" : "nothing")}.");
}
