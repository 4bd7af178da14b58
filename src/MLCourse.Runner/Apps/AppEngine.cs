using MLCourse.Exercises;

namespace MLCourse.Runner.Apps;

/// <summary>
/// Builds and runs a lesson's file-based app with <c>dotnet run --file</c>, as a learner would, and reports on it like the
/// notebook runner does: the results it published (through <see cref="ResultsFile"/>), the exercise
/// outcomes (as shipped every exercise must be "not attempted", with the solutions every one "correct"), the charts it
/// saved against the number the notebook promises, and, when it fails, the notebook cell where. Exercise progress goes to
/// a file under <c>artifacts/</c>, never to the learner's. A lesson that needs libtorch where it does not load runs inside
/// the Debian 13 root, like its notebook (<see cref="LibTorchRoute"/>).
/// </summary>
public sealed class AppEngine(CourseFolders folders, TimeSpan timeout)
{
    /// <summary>The default time limit for one app, build included.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The line <see cref="ConsoleDisplay"/> starts with when it saved a chart.</summary>
    public const string ChartLine = "Chart: ";

    public CourseFolders Folders { get; } = folders;

    /// <summary>
    /// Runs the app of <paramref name="lesson"/>: as shipped, the committed <c>notebooks/NN-name.cs</c> (which must match its
    /// notebook); with <paramref name="solutions"/>, a fresh copy with each exercise's solution in its answer cell. Every
    /// result it publishes must be within its band in <c>tests/expected-results/</c>, as for the notebook; with the solutions
    /// (or for a lesson without exercises) every expected result must be published too.
    /// </summary>
    public async Task<AppReport> RunAsync(Lesson lesson, bool solutions = false, CancellationToken cancel = default)
    {
        var appPath = Path.Combine(solutions ? AppFiles.SolutionsFolder(Folders) : AppFiles.Folder(Folders), lesson.Name + ".cs");
        LessonSource source;
        try
        {
            if (solutions) AppFiles.Write(lesson, Folders, solutions: true);
            else if (AppFiles.Difference(lesson, Folders) is { } stale) return Failed(lesson.Name, solutions, appPath, stale);
            source = LessonSource.Load(lesson.Path, solutions);
        }
        catch (InvalidOperationException e)
        {
            return Failed(lesson.Name, solutions, appPath, e.Message);
        }
        var report = await RunAppAsync(appPath, lesson.Path, source, solutions, cancel);
        if (report.Run == TimeSpan.Zero) return report;   // it never ran: nothing was published
        try
        {
            var complete = (solutions || !source.Cells.Any(c => c.Cell.Exercise is not null)) && report.Passed;
            return report.WithProblems(ExpectedResults.Load(Path.Combine(Folders.Root, "tests", "expected-results"), lesson.Name).Compare(report.Results, complete));
        }
        catch (InvalidDataException e)
        {
            return report.WithProblems([e.Message]);
        }
    }

    /// <summary>
    /// Builds the app at <paramref name="appPath"/> (<c>dotnet build</c>), then runs it (<c>dotnet run --file --no-build</c>),
    /// timing each: together they are what a learner's <c>dotnet run --file</c> does. <paramref name="notebook"/> is the
    /// notebook it was made from, read as <paramref name="source"/>.
    /// </summary>
    public async Task<AppReport> RunAppAsync(string appPath, string notebook, LessonSource source, bool solutions, CancellationToken cancel = default)
    {
        var name = Path.GetFileNameWithoutExtension(appPath);
        var outputFolder = Path.Combine(Folders.Artifacts, solutions ? "apps-solutions-runs" : "apps-runs");
        Directory.CreateDirectory(outputFolder);
        var resultsFile = Path.Combine(outputFolder, name + ".results.txt");
        var progressFile = Path.Combine(outputFolder, name + ".progress.json");
        var outputFile = Path.Combine(outputFolder, name + ".output.txt");
        File.Delete(resultsFile);
        File.Delete(progressFile);

        if (LibTorchRoute.Needs(notebook)) await DotnetRepl.RestoreToolsAsync(Folders.Root, cancel);   // the root's launch checks the tools
        var (root, problem) = await LibTorchRoute.RootForAsync(notebook, Folders, cancel);
        if (problem is not null) return Failed(name, solutions, appPath, problem);

        // In the root, no build server may outlive the step: it would keep the root's mounts alive.
        string[] servers = root is null ? [] : ["--disable-build-servers"];
        Task<ReplRun> Dotnet(string[] arguments, TimeSpan limit)
        {
            var (program, programArguments) = root?.WrapDotnet(Folders.Root, arguments) ?? ("dotnet", arguments);
            return DotnetRepl.RunAsync(Folders.Root, programArguments, limit, new Dictionary<string, string>
            {
                [ResultsFile.Variable] = resultsFile,
                [ExerciseLog.ProgressVariable] = progressFile,
            }, cancel, program);
        }
        var appText = await File.ReadAllTextAsync(appPath, cancel);
        var cells = source.Cells.Select(c => c.Cell).ToList();

        var build = await Dotnet(["build", appPath, .. servers], timeout);
        if (build.TimedOut || build.ExitCode != 0)
        {
            await File.WriteAllTextAsync(outputFile, build.Output, cancel);
            var cell = build.TimedOut ? null : AppFailure.Find(build.Output, appPath, appText, cells);
            return new AppReport(name, solutions, build.Elapsed, TimeSpan.Zero, [], [], cell,
                build.TimedOut ? $"its build timed out after {timeout.TotalSeconds:0} s."
                : cell is null ? $"dotnet build exited with code {build.ExitCode}. The end of its output:\n{DotnetRepl.Tail(build.Output)}" : null, appPath);
        }

        var run = await Dotnet(["run", "--file", appPath, "--no-build", .. servers], TimeSpan.FromTicks(Math.Max((timeout - build.Elapsed).Ticks, TimeSpan.TicksPerSecond)));
        await File.WriteAllTextAsync(outputFile, run.Output, cancel);
        var results = LessonEngine.ReadResults(resultsFile);
        var exercises = LessonEngine.ReadExercises(resultsFile);
        AppReport Report(CellError? cell, string? why) =>
            new(name, solutions, build.Elapsed, run.Elapsed, results, exercises, cell, why, appPath);
        if (run.TimedOut)
            return Report(null, $"timed out after {timeout.TotalSeconds:0} s, its build included.");
        if (run.ExitCode != 0)
        {
            var cell = AppFailure.Find(run.Output, appPath, appText, cells);
            return Report(cell, cell is null ? $"dotnet run exited with code {run.ExitCode}. The end of its output:\n{DotnetRepl.Tail(run.Output)}" : null);
        }
        var charts = run.Output.Split('\n').Count(l => l.StartsWith(ChartLine, StringComparison.Ordinal));
        var minimumCharts = ExecutedNotebook.MinimumCharts(notebook);
        problem = charts < minimumCharts
            ? $"it saved {charts} charts, but the notebook promises at least {minimumCharts} (metadata mlcourse.minimumCharts)."
            : WrongExercises(source, exercises, solutions);
        return Report(null, problem);
    }

    /// <summary>Why the exercise outcomes are not what the mode expects (<see cref="LessonEngine.ExpectedOutcome"/>, as for the notebook), or null.</summary>
    private static string? WrongExercises(LessonSource source, IReadOnlyList<ExerciseOutcome> outcomes, bool solutions)
    {
        var wrong = source.Cells.Select(c => c.Cell.Exercise).OfType<string>()
            .Select(id => (Id: id, Reported: outcomes.LastOrDefault(o => o.Exercise == id)?.Outcome ?? "never checked"))
            .Where(e => !LessonEngine.ExpectedOutcome(e.Id, e.Reported, solutions)).ToList();
        return wrong.Count == 0 ? null
            : $"{(solutions ? "with the solutions every exercise must be correct (a reflection: submitted)" : "as shipped every exercise must be not attempted")}, but " +
              string.Join("; ", wrong.Select(w => $"exercise {w.Id} reported {w.Reported}")) + ".";
    }

    private static AppReport Failed(string lesson, bool solutions, string appPath, string problem) =>
        new(lesson, solutions, TimeSpan.Zero, TimeSpan.Zero, [], [], null, problem, appPath);
}
