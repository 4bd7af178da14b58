using System.Diagnostics;
using System.Text.Json.Nodes;
using MLCourse;
using MLCourse.Exercises;

namespace MLCourse.Runner;

/// <summary>
/// Runs lesson notebooks headlessly: the lesson's folder as working directory, a time limit per lesson, the executed
/// copy written under <c>artifacts/</c> (never over the source), exercise checks recorded into a progress file there
/// (never the learner's), and a <see cref="LessonReport"/> built from what the executed notebook holds. The runner's
/// console and the notebook tests both use it.
/// </summary>
public sealed class LessonEngine(CourseFolders folders, TimeSpan timeout)
{
    /// <summary>The default time limit for one lesson.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public CourseFolders Folders { get; } = folders;

    /// <summary>Where the lessons' pinned results live: <c>tests/expected-results/NN-name.json</c>.</summary>
    public string ExpectedResultsFolder => Path.Combine(Folders.Root, "tests", "expected-results");

    /// <summary>
    /// Runs a lesson from its own folder and checks it. As shipped, every exercise must report "not attempted". In
    /// solution mode, a copy of the lesson with each exercise's answer cell replaced by its solution (from the helper
    /// library's catalog) runs instead, and every exercise must report what <see cref="ExpectedOutcome"/> says. Either
    /// way every code cell must run without an error, the promised charts must be drawn, and every result published must
    /// be within its expected band; in solution mode (or for a lesson without exercises, which runs the same either way)
    /// every expected result must also be published. The executed copy goes to <c>artifacts/notebooks/</c>
    /// (<c>artifacts/notebooks-solutions/</c> in solution mode).
    /// </summary>
    /// <exception cref="RunnerEnvironmentException">The machine cannot run lessons at all (see its message).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled (the kernel is stopped).</exception>
    public async Task<LessonReport> RunAsync(Lesson lesson, bool solutions = false, CancellationToken cancel = default)
    {
        var (report, complete) = await RunCheckedAsync(lesson, solutions, cancel);
        return report.ExecutedNotebook is null ? report : report.WithProblems(CompareWithExpected(lesson, report, complete));
    }

    /// <summary>
    /// Runs a lesson in solution mode and, if it passed every other check, rewrites its expected results from what it
    /// published (keeping each result's tolerance and reason; see <see cref="ExpectedResults.Update"/>). Returns the report
    /// and what changed in the file, or null when the run failed and nothing was written.
    /// </summary>
    public async Task<(LessonReport Report, string? Changes)> UpdateExpectedAsync(Lesson lesson, CancellationToken cancel = default)
    {
        var (report, _) = await RunCheckedAsync(lesson, solutions: true, cancel);
        if (!report.Passed) return (report, null);
        try
        {
            var before = ExpectedResults.Load(ExpectedResultsFolder, lesson.Name);
            var after = before.Update(report.Results);
            var changes = before.DescribeChanges(after);
            if (changes != "unchanged" || !File.Exists(ExpectedResults.PathOf(ExpectedResultsFolder, lesson.Name))) after.Save(ExpectedResultsFolder);
            return (report, changes);
        }
        catch (InvalidDataException e)
        {
            return (report.WithProblems([e.Message]), null);
        }
    }

    /// <summary>
    /// What every exercise must report in a run: as shipped, not attempted; with the solutions in place, correct, except a
    /// reflection, which is never correct: submitted. This is the one place that says what solution mode expects of an exercise.
    /// </summary>
    public static bool ExpectedOutcome(string exercise, string outcome, bool solutions) =>
        !solutions ? outcome == nameof(Outcome.NotAttempted)
        : outcome == (ExerciseCatalog.Find(exercise).IsReflection ? nameof(Outcome.Submitted) : nameof(Outcome.Correct));

    /// <summary>Runs the lesson and checks everything but its results. Complete: every result the lesson can publish was due.</summary>
    private async Task<(LessonReport Report, bool Complete)> RunCheckedAsync(Lesson lesson, bool solutions, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var source = JsonNode.Parse(await File.ReadAllTextAsync(lesson.Path, cancel))!;
            var exercises = ExecutedNotebook.ExerciseCells(source);
            var notebook = lesson.Path;
            if (solutions && exercises.Count > 0)
            {
                foreach (var (cell, id) in exercises)
                    source["cells"]![cell]!["source"] = ExerciseCatalog.Find(id).SolutionCode;
                notebook = Path.Combine(Folders.Artifacts, "solutions", Path.GetFileName(lesson.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(notebook)!);
                await File.WriteAllTextAsync(notebook, source.ToJsonString(), cancel);
            }
            var report = await RunAsync(notebook, Path.GetDirectoryName(lesson.Path)!,
                Path.Combine(Folders.Artifacts, solutions && exercises.Count > 0 ? "notebooks-solutions" : "notebooks"), cancel);

            var wrong = exercises
                .Select(e => (e.Exercise, Reported: report.Exercises.LastOrDefault(r => r.Exercise == e.Exercise)?.Outcome ?? "never checked"))
                .Where(e => !ExpectedOutcome(e.Exercise, e.Reported, solutions))
                .ToList();
            if (wrong.Count > 0 && report.Passed) // after a failed cell, the cell's error says it
                report = report.WithProblems([
                    $"{(solutions ? "with the solutions in place every exercise must be correct (a reflection: submitted)" : "as shipped every exercise must be not attempted")}, but " +
                    string.Join("; ", wrong.Select(w => $"exercise {w.Exercise} reported {w.Reported}")) + "."]);
            return (report, solutions || exercises.Count == 0);
        }
        catch (Exception e) when (e is not OperationCanceledException and not RunnerEnvironmentException)
        {
            return (LessonReport.Failed(lesson.Name, clock.Elapsed, $"the runner could not run it: {e.GetType().Name}: {e.Message}"), false);
        }
    }

    private IReadOnlyList<string> CompareWithExpected(Lesson lesson, LessonReport report, bool complete)
    {
        try
        {
            return ExpectedResults.Load(ExpectedResultsFolder, lesson.Name).Compare(report.Results, complete && report.Passed);
        }
        catch (InvalidDataException e)
        {
            return [e.Message];
        }
    }

    /// <summary>
    /// Runs any notebook with <paramref name="workingDirectory"/> as the kernel's current directory
    /// (relative paths in the notebook resolve against it) and writes the executed copy into <paramref name="outputFolder"/>,
    /// with the results file the lesson publishes into and the progress file its checks record into.
    /// </summary>
    public async Task<LessonReport> RunAsync(
        string notebook, string workingDirectory, string outputFolder, CancellationToken cancel = default)
    {
        var name = Path.GetFileNameWithoutExtension(notebook);
        Directory.CreateDirectory(outputFolder);
        var executed = Path.Combine(outputFolder, name + ".ipynb");
        var resultsFile = Path.Combine(outputFolder, name + ".results.txt");
        File.Delete(executed);
        File.Delete(resultsFile);

        await DotnetRepl.RestoreToolsAsync(Folders.Root, cancel);
        var launch = await LibTorchRoute.ForAsync(notebook, Folders, cancel);   // natively, in a Debian 13 root, or not at all
        if (launch.Problem is not null)
            return new LessonReport(name, 0, [], 0, TimeSpan.Zero, [], [], [launch.Problem], null);
        var run = await DotnetRepl.RunNotebookAsync(notebook, workingDirectory, executed, timeout,
            new Dictionary<string, string>
            {
                [ResultsFile.Variable] = resultsFile,
                [ExerciseLog.ProgressVariable] = Path.Combine(outputFolder, "progress.json"),
            }, cancel, launch);

        var results = ReadResults(resultsFile);
        var exercises = ReadExercises(resultsFile);
        if (!File.Exists(executed))
            return LessonReport.Failed(name, run.Elapsed, run.TimedOut
                    ? $"timed out after {timeout.TotalSeconds:0} s before the executed notebook was written."
                    : $"dotnet-repl exited with code {run.ExitCode} without writing an executed notebook: the kernel crashed or was stopped. Its output:\n{DotnetRepl.Tail(run.Output)}")
                with { Results = results, Exercises = exercises };

        var notebookRun = ExecutedNotebook.Read(executed);
        var minimumCharts = ExecutedNotebook.MinimumCharts(notebook);
        var problems = new List<string>();
        if (run.TimedOut) problems.Add($"timed out after {timeout.TotalSeconds:0} s.");
        if (notebookRun.NotRun.Count > 0)
            problems.Add($"the kernel never ran cell{(notebookRun.NotRun.Count == 1 ? "" : "s")} {string.Join(", ", notebookRun.NotRun)}: it stopped before the end of the notebook.");
        if (notebookRun.Errors.Count == 0 && problems.Count == 0)
        {
            if (run.ExitCode != 0)
                problems.Add($"dotnet-repl exited with code {run.ExitCode} but no cell holds an error. Its output:\n{DotnetRepl.Tail(run.Output)}");
            else if (notebookRun.Charts < minimumCharts)
                problems.Add($"it drew {notebookRun.Charts} charts, but its metadata (mlcourse.minimumCharts) promises at least {minimumCharts}: a chart cell printed something else, or was removed.");
        }
        return new LessonReport(name, notebookRun.CodeCells, notebookRun.Errors, notebookRun.Charts, run.Elapsed, results, exercises, problems, executed)
            { TargetSeconds = ExecutedNotebook.TargetSeconds(notebook) };
    }

    /// <summary>The <c>name=value</c> (result) and <c>name~value</c> (timing) lines the lesson published; a later value for the same name wins.</summary>
    internal static IReadOnlyList<LessonResult> ReadResults(string file)
    {
        if (!File.Exists(file)) return [];
        var results = new List<LessonResult>();
        foreach (var line in File.ReadLines(file).Where(l => !l.StartsWith('!')))
        {
            var cut = line.IndexOfAny(['=', '~']);
            if (cut <= 0) continue;
            var result = new LessonResult(line[..cut], line[(cut + 1)..], line[cut] == '~');
            results.RemoveAll(r => r.Name == result.Name);
            results.Add(result);
        }
        return results;
    }

    /// <summary>The <c>!id=Outcome</c> lines the lesson's exercise checks wrote, in order.</summary>
    internal static IReadOnlyList<ExerciseOutcome> ReadExercises(string file) =>
        !File.Exists(file) ? [] : File.ReadLines(file)
            .Where(l => l.StartsWith('!') && l.Contains('='))
            .Select(l => new ExerciseOutcome(l[1..l.IndexOf('=')], l[(l.IndexOf('=') + 1)..]))
            .ToList();
}
