using MLCourse.Exercises;

namespace MLCourse.Runner.Apps;

/// <summary>
/// Builds and runs a lesson's file-based app with <c>dotnet run --file</c>, as a learner would, and reports on it like the
/// notebook runner does: the results it published (through <see cref="LessonResults.FileVariable"/>), the exercise
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
    /// Runs the app of <paramref name="lesson"/>: as shipped, the committed <c>notebooks/NN-name.cs</c> (which must match its notebook);
    /// with <paramref name="solutions"/>, a fresh copy with each exercise's solution in its answer cell.
    /// </summary>
    public async Task<AppReport> RunAsync(Lesson lesson, bool solutions = false, CancellationToken cancel = default)
    {
        var appPath = Path.Combine(solutions ? AppFiles.SolutionsFolder(Folders) : AppFiles.Folder(Folders), lesson.Name + ".cs");
        try
        {
            if (solutions) AppFiles.Write(lesson, Folders, solutions: true);
            else if (AppFiles.Difference(lesson, Folders) is { } stale) return Failed(lesson.Name, solutions, appPath, stale);
        }
        catch (InvalidOperationException e)
        {
            return Failed(lesson.Name, solutions, appPath, e.Message);
        }
        return await RunAppAsync(appPath, lesson.Path, LessonSource.Load(lesson.Path, solutions), solutions, cancel);
    }

    /// <summary>Runs the app at <paramref name="appPath"/>, made from <paramref name="notebook"/> (read as <paramref name="source"/>).</summary>
    public async Task<AppReport> RunAppAsync(string appPath, string notebook, LessonSource source, bool solutions, CancellationToken cancel = default)
    {
        var name = Path.GetFileNameWithoutExtension(appPath);
        var outputFolder = Path.Combine(Folders.Artifacts, solutions ? "apps-solutions-runs" : "apps-runs");
        Directory.CreateDirectory(outputFolder);
        var resultsFile = Path.Combine(outputFolder, name + ".results.txt");
        var progressFile = Path.Combine(outputFolder, name + ".progress.json");
        File.Delete(resultsFile);
        File.Delete(progressFile);

        if (LibTorchRoute.Needs(notebook)) await DotnetRepl.RestoreToolsAsync(Folders.Root, cancel);   // the root's launch checks the tools
        var (root, problem) = await LibTorchRoute.RootForAsync(notebook, Folders, cancel);
        if (problem is not null) return Failed(name, solutions, appPath, problem);

        // In the root, no build server may outlive the run: it would keep the root's mounts alive.
        string[] arguments = ["run", "--file", appPath, .. root is null ? Array.Empty<string>() : ["--disable-build-servers"]];
        var (program, programArguments) = root?.WrapDotnet(Folders.Root, arguments) ?? ("dotnet", arguments);
        var run = await DotnetRepl.RunAsync(Folders.Root, programArguments, timeout, new Dictionary<string, string>
        {
            [LessonResults.FileVariable] = resultsFile,
            [ExerciseLog.ProgressVariable] = progressFile,
        }, cancel, program);
        await File.WriteAllTextAsync(Path.Combine(outputFolder, name + ".output.txt"), run.Output, cancel);

        var results = LessonEngine.ReadResults(resultsFile);
        var exercises = LessonEngine.ReadExercises(resultsFile);
        if (run.TimedOut)
            return new AppReport(name, solutions, false, run.Elapsed, results, exercises, null, $"timed out after {timeout.TotalSeconds:0} s.", appPath);
        if (run.ExitCode != 0)
        {
            var cell = AppFailure.Find(run.Output, appPath, await File.ReadAllTextAsync(appPath, cancel), source.Cells.Select(c => c.Cell).ToList());
            return new AppReport(name, solutions, false, run.Elapsed, results, exercises, cell,
                cell is null ? $"dotnet run exited with code {run.ExitCode}. The end of its output:\n{Tail(run.Output)}" : null, appPath);
        }
        var charts = run.Output.Split('\n').Count(l => l.StartsWith(ChartLine, StringComparison.Ordinal));
        var minimumCharts = ExecutedNotebook.MinimumCharts(notebook);
        var wrong = WrongExercises(source, exercises, solutions);
        problem = charts < minimumCharts
            ? $"it saved {charts} charts, but the notebook promises at least {minimumCharts} (metadata mlcourse.minimumCharts)."
            : wrong;
        return new AppReport(name, solutions, problem is null, run.Elapsed, results, exercises, null, problem, appPath);
    }

    /// <summary>Why the exercise outcomes are not what the mode expects (every one not attempted as shipped, correct with the solutions), or null.</summary>
    private static string? WrongExercises(LessonSource source, IReadOnlyList<ExerciseOutcome> outcomes, bool solutions)
    {
        var expected = solutions ? nameof(Outcome.Correct) : nameof(Outcome.NotAttempted);
        var wrong = source.Cells.Select(c => c.Cell.Exercise).OfType<string>()
            .Select(id => (Id: id, Reported: outcomes.LastOrDefault(o => o.Exercise == id)?.Outcome ?? "never checked"))
            .Where(e => e.Reported != expected).ToList();
        return wrong.Count == 0 ? null
            : $"{(solutions ? "with the solutions every exercise must be correct" : "as shipped every exercise must be not attempted")}, but " +
              string.Join("; ", wrong.Select(w => $"exercise {w.Id} reported {w.Reported}")) + ".";
    }

    private static AppReport Failed(string lesson, bool solutions, string appPath, string problem) =>
        new(lesson, solutions, false, TimeSpan.Zero, [], [], null, problem, appPath);

    private static string Tail(string text, int lines = 25) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(lines)).TrimEnd();
}
