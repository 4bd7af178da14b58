using MLCourse;

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

    /// <summary>Runs a lesson from its own folder; the executed copy goes to <c>artifacts/notebooks/</c>.</summary>
    public Task<LessonReport> RunAsync(Lesson lesson, CancellationToken cancel = default) =>
        RunAsync(lesson.Path, Path.GetDirectoryName(lesson.Path)!, Path.Combine(Folders.Artifacts, "notebooks"), cancel);

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
        var run = await DotnetRepl.RunNotebookAsync(notebook, workingDirectory, executed, timeout,
            new Dictionary<string, string> { [LessonResults.FileVariable] = resultsFile }, cancel);

        var results = ReadResults(resultsFile);
        if (!File.Exists(executed))
            return Failed(name, run, results, run.TimedOut
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
            notebookRun.Errors, notebookRun.Charts, run.Elapsed, results, problem, executed);
    }

    private static LessonReport Failed(string name, ReplRun run, IReadOnlyList<LessonResult> results, string problem) =>
        new(name, false, 0, [], 0, run.Elapsed, results, problem, null);

    /// <summary>The <c>name=value</c> (result) and <c>name~value</c> (timing) lines the lesson published; a later value for the same name wins.</summary>
    internal static IReadOnlyList<LessonResult> ReadResults(string file)
    {
        if (!File.Exists(file)) return [];
        var results = new List<LessonResult>();
        foreach (var line in File.ReadLines(file))
        {
            var cut = line.IndexOfAny(['=', '~']);
            if (cut <= 0) continue;
            var result = new LessonResult(line[..cut], line[(cut + 1)..], line[cut] == '~');
            results.RemoveAll(r => r.Name == result.Name);
            results.Add(result);
        }
        return results;
    }

    private static string Tail(string text, int lines = 20) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(lines)).TrimEnd();
}
