using System.Text.Json.Nodes;
using MLCourse;
using MLCourse.Exercises;

namespace MLCourse.Runner;

/// <summary>
/// Runs lesson notebooks headlessly: the lesson's folder as working directory, a time limit per lesson,
/// the executed copy written under <c>artifacts/</c> (never over the source), and a <see cref="LessonReport"/>
/// built from what the executed notebook holds. The runner's console and the notebook tests both use it.
/// </summary>
public sealed class LessonEngine(CourseFolders folders, TimeSpan timeout)
{
    /// <summary>The default time limit for one lesson.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public CourseFolders Folders { get; } = folders;

    /// <summary>
    /// Runs a lesson from its own folder; the executed copy goes to <c>artifacts/notebooks/</c>. As shipped, every exercise
    /// must report "not attempted". In solution mode, a copy of the lesson with each exercise's answer cell replaced by its
    /// solution (from the helper library's catalog) runs instead, and every exercise must report "correct".
    /// </summary>
    public async Task<LessonReport> RunAsync(Lesson lesson, bool solutions = false, CancellationToken cancel = default)
    {
        var source = JsonNode.Parse(await File.ReadAllTextAsync(lesson.Path, cancel))!;
        var exercises = ExecutedNotebook.ExerciseCells(source);
        var notebook = lesson.Path;
        if (solutions)
        {
            foreach (var (cell, id) in exercises)
                source["cells"]![cell]!["source"] = ExerciseCatalog.Find(id).SolutionCode;
            notebook = Path.Combine(Folders.Artifacts, "solutions", Path.GetFileName(lesson.Path));
            Directory.CreateDirectory(Path.GetDirectoryName(notebook)!);
            await File.WriteAllTextAsync(notebook, source.ToJsonString(), cancel);
        }
        var report = await RunAsync(notebook, Path.GetDirectoryName(lesson.Path)!,
            Path.Combine(Folders.Artifacts, solutions ? "notebooks-solutions" : "notebooks"), cancel);
        var expected = solutions ? nameof(Outcome.Correct) : nameof(Outcome.NotAttempted);
        var wrong = exercises
            .Select(e => (e.Exercise, Reported: report.Exercises.LastOrDefault(r => r.Exercise == e.Exercise)?.Outcome ?? "never checked"))
            .Where(e => e.Reported != expected)
            .ToList();
        return wrong.Count == 0 || !report.Passed ? report : report with
        {
            Passed = false,
            Problem = $"{(solutions ? "in solution mode every exercise must be correct" : "as shipped every exercise must be not attempted")}, but " +
                      string.Join("; ", wrong.Select(w => $"exercise {w.Exercise} reported {w.Reported}")) + ".",
        };
    }

    /// <summary>
    /// Runs any notebook with <paramref name="workingDirectory"/> as the kernel's current directory
    /// (relative paths in the notebook resolve against it) and writes the executed copy into <paramref name="outputFolder"/>.
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
            return new LessonReport(name, false, 0, [], 0, TimeSpan.Zero, [], [], launch.Problem, null);
        var run = await DotnetRepl.RunNotebookAsync(notebook, workingDirectory, executed, timeout,
            new Dictionary<string, string> { [LessonResults.FileVariable] = resultsFile }, cancel, launch);

        var results = ReadResults(resultsFile);
        var exercises = ReadExercises(resultsFile);
        if (!File.Exists(executed))
            return Failed(name, run, results, exercises, run.TimedOut
                ? $"timed out after {timeout.TotalSeconds:0} s before the executed notebook was written."
                : $"dotnet-repl exited with code {run.ExitCode} without writing an executed notebook. Its output:\n{Tail(run.Output)}");

        var notebookRun = ExecutedNotebook.Read(executed);
        var minimumCharts = ExecutedNotebook.MinimumCharts(notebook);
        string? problem = (run.TimedOut, run.ExitCode, notebookRun.Errors.Count) switch
        {
            (true, _, _) => $"timed out after {timeout.TotalSeconds:0} s.",
            (_, _, 0) when run.ExitCode != 0 => $"dotnet-repl exited with code {run.ExitCode} but no cell holds an error. Its output:\n{Tail(run.Output)}",
            (_, _, 0) when notebookRun.Charts < minimumCharts =>
                $"it drew {notebookRun.Charts} charts, but its metadata (mlcourse.minimumCharts) promises at least {minimumCharts}: a chart cell printed something else, or was removed.",
            _ => null, // the cell errors say it
        };
        return new LessonReport(name, problem is null && notebookRun.Errors.Count == 0, notebookRun.CodeCells,
            notebookRun.Errors, notebookRun.Charts, run.Elapsed, results, exercises, problem, executed);
    }

    private static LessonReport Failed(string name, ReplRun run, IReadOnlyList<LessonResult> results, IReadOnlyList<ExerciseOutcome> exercises, string problem) =>
        new(name, false, 0, [], 0, run.Elapsed, results, exercises, problem, null);

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

    private static string Tail(string text, int lines = 20) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(lines)).TrimEnd();
}
