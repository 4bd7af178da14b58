namespace MLCourse.Runner.Apps;

/// <summary>
/// The runner's file-based app commands:
/// <list type="bullet">
/// <item><c>--export-apps [LESSON ...]</c> writes each lesson's app to <c>notebooks/NN-name.cs</c>, next to its notebook;</item>
/// <item><c>--check-apps</c> says which committed apps differ from what their notebooks export (exit code 1 if any);</item>
/// <item><c>--run-apps [LESSON ...] [--solutions]</c> builds and runs each app (<c>dotnet build</c>, then <c>dotnet run --file</c>),
/// as shipped or with the exercise solutions, checks its results against <c>tests/expected-results/</c>, and prints a
/// table: build and run seconds, exercises, results, and the first failure.</item>
/// </list>
/// </summary>
public static class AppsCommand
{
    public const string Usage = """
        Exports the lessons as .NET 10 file-based apps, and runs them.

        usage: dotnet run --project src/MLCourse.Runner -- --export-apps [LESSON ...]
               dotnet run --project src/MLCourse.Runner -- --check-apps
               dotnet run --project src/MLCourse.Runner -- --run-apps [LESSON ...] [--solutions] [--timeout SECONDS]

          --export-apps  write notebooks/NN-name.cs from notebooks/NN-name.ipynb (all lessons when none is given)
          --check-apps   list the apps that differ from what their notebooks export now
          --run-apps     build and run each app (dotnet build, then dotnet run --file), and check every result it publishes
                         against tests/expected-results/, as the notebook runner does; --solutions runs a copy with each
                         exercise's solution in its answer cell (written to artifacts/apps-solutions/), where every exercise
                         must be solved (a reflection submitted) and every expected result published.
                         Each app's output goes to artifacts/apps-runs/ (artifacts/apps-solutions-runs/).

        Exit code: 0 when everything worked, 1 when a lesson cannot be exported, an app is out of date or a run failed,
        2 for bad arguments, 3 when the course folder is not found.
        """;

    /// <summary>Whether <paramref name="args"/> asks for one of these commands.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] is "--export-apps" or "--check-apps" or "--run-apps";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancel = default)
    {
        var selectors = new List<string>();
        var solutions = false;
        var timeout = AppEngine.DefaultTimeout;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return ExitCodes.Passed;
                case "--solutions" when args[0] == "--run-apps":
                    solutions = true;
                    break;
                case "--timeout" when args[0] == "--run-apps" && i + 1 < args.Count && int.TryParse(args[i + 1], out var seconds) && seconds > 0:
                    timeout = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case var option when option.StartsWith('-'):
                    Console.Error.WriteLine($"Unknown option or missing value for {args[0]}: '{option}'.\n\n{Usage}");
                    return ExitCodes.Usage;
                default:
                    selectors.Add(args[i]);
                    break;
            }
        }

        if (CourseFolders.TryFind(AppContext.BaseDirectory) is not { } folders)
        {
            Console.Error.WriteLine(CourseFolders.NotFoundMessage(AppContext.BaseDirectory));
            return ExitCodes.Environment;
        }
        IReadOnlyList<Lesson> lessons;
        try
        {
            lessons = Lesson.Select(Lesson.All(folders.Notebooks), selectors);
        }
        catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        return args[0] switch
        {
            "--export-apps" => Export(folders, lessons),
            "--check-apps" => Check(folders, lessons),
            _ => await RunAsync(folders, lessons, solutions, timeout, cancel),
        };
    }

    private static int Export(CourseFolders folders, IReadOnlyList<Lesson> lessons)
    {
        var failed = 0;
        foreach (var lesson in lessons)
        {
            try
            {
                var app = AppFiles.Write(lesson, folders);
                Console.WriteLine($"{lesson.Name}: {Path.GetRelativePath(folders.Root, app.Path)}");
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }

    private static int Check(CourseFolders folders, IReadOnlyList<Lesson> lessons)
    {
        var stale = lessons.Select(l => AppFiles.Difference(l, folders)).OfType<string>().ToList();
        foreach (var line in stale) Console.Error.WriteLine(line);
        if (stale.Count == 0) Console.WriteLine($"All {lessons.Count} apps match their notebooks.");
        return stale.Count == 0 ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }

    private static async Task<int> RunAsync(CourseFolders folders, IReadOnlyList<Lesson> lessons, bool solutions, TimeSpan timeout, CancellationToken cancel)
    {
        var engine = new AppEngine(folders, timeout);
        var reports = new List<AppReport>();
        var outputs = Path.GetRelativePath(folders.Root, Path.Combine(folders.Artifacts, solutions ? "apps-solutions-runs" : "apps-runs"));
        Console.WriteLine($"Running {lessons.Count} lesson app(s){(solutions ? " with the exercise solutions" : "")} with dotnet run --file, up to {timeout.TotalSeconds:0} s each; " +
                          $"what each one prints goes to {outputs}/NN-name.output.txt.");
        foreach (var lesson in lessons)
        {
            var report = await engine.RunAsync(lesson, solutions, cancel);
            reports.Add(report);
            Console.WriteLine(report.Describe());
        }
        Console.WriteLine();
        Console.WriteLine(AppReport.Table(reports));
        return reports.All(r => r.Passed) ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }
}
