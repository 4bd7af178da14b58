using System.Globalization;
using MLCourse.Exercises;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.Engine;

/// <summary>
/// Executes a lesson's notebook in the real kernel, with the course's pinned dotnet-repl, from the lesson's folder (relative
/// paths in it resolve there) and with a time limit. dotnet-repl runs every cell and writes the executed notebook.
/// <para>
/// With the solutions, one kernel proves both modes: the lesson runs as shipped, then the runner's own cell marks the
/// <see cref="ResultsFile"/>, and each answer cell runs again with its exercise's solution, followed by its check (where
/// later cells build on the answers, every cell from the first answer cell on: <see cref="Lesson.SolutionsTail"/>). The
/// runner writes the notebook the kernel runs under <c>artifacts/run/</c>, never over the lesson.
/// </para>
/// </summary>
internal sealed class NotebookExecutor(CourseFolders folders, TimeSpan timeout, LibTorchRoute route)
{
    /// <summary>The cells the runner adds between the lesson as shipped and its solutions.</summary>
    private static readonly NotebookCell[] SolutionsMarker =
    [
        new(0, false, "## The exercises again, with their solutions in place\n\nAdded by the course runner: each answer cell runs again with its exercise's solution, followed by its check (where later cells build on the answers, every cell from the first answer cell on).", "csharp", null),
        new(0, true, $"MLCourse.{nameof(ResultsFile)}.{nameof(ResultsFile.BeginSolutions)}();", "csharp", null,
            """{"polyglot_notebook":{"kernelName":"csharp"},"dotnet_interactive":{"language":"csharp"}}"""),
    ];

    public async Task<Execution> RunAsync(Lesson lesson, bool solutions, CancellationToken cancel)
    {
        var twoParts = solutions && lesson.HasExercises;
        var outputFolder = Path.Combine(folders.Artifacts, twoParts ? "notebooks-solutions" : "notebooks");
        var runFolder = Path.Combine(folders.Artifacts, "run");
        Directory.CreateDirectory(outputFolder);
        Directory.CreateDirectory(runFolder);
        var executed = Path.Combine(outputFolder, lesson.Name + ".ipynb");
        var resultsFile = Path.Combine(outputFolder, lesson.Name + ".results.txt");
        File.Delete(executed);
        File.Delete(resultsFile);

        // What the kernel runs, and for each of its cells the lesson's cell and whether the solutions are in place.
        var plan = lesson.Cells.Select(c => (Cell: c, Solutions: false)).ToList();
        if (twoParts) plan = [.. plan, .. SolutionsMarker.Select(c => (c, true)), .. lesson.SolutionsTail().Select(c => (c, true))];
        var notebook = Path.Combine(runFolder, lesson.Name + ".ipynb");
        await File.WriteAllTextAsync(notebook, lesson.NotebookJson(plan.Select(p => p.Cell)), cancel);

        await CourseTools.RestoreAsync(folders.Root, cancel);
        var where = await route.ForAsync(lesson, cancel);
        RunPart[] parts = twoParts ? [new(false, Publication.Empty), new(true, Publication.Empty)] : [new(solutions, Publication.Empty)];
        if (where.Problem is not null) return new Execution(parts, [], [], 0, TimeSpan.Zero, where.Problem, null);

        string[] repl = ["--run", notebook, "--exit-after-run", "--output-path", executed];
        var environment = new Dictionary<string, string>
        {
            [ResultsFile.Variable] = resultsFile,
            [ExerciseLog.ProgressVariable] = Path.Combine(outputFolder, lesson.Name + ".progress.json"),
        };
        var start = where.Root is null
            ? ProcessStart.Dotnet(lesson.Folder, ["repl", .. repl], environment)
            : where.Wrap(ProcessStart.Dotnet(lesson.Folder, [CourseTools.ReplProgram(folders.Root), .. repl], environment));
        var run = await ChildProcess.RunAsync(start, timeout, cancel);

        var published = ResultsFile.Read(resultsFile);
        parts = parts.Select((p, i) => p with { Published = published.ElementAtOrDefault(i) ?? Publication.Empty }).ToArray();
        var during = published.Count > 1 ? " while it ran the solutions" : "";   // the kernel had reached the second part
        if (!File.Exists(executed))
            return new Execution(parts, [], [], 0, run.Elapsed, run.TimedOut
                ? string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0} s{during}: the kernel (dotnet-repl) was still running the notebook, and was stopped before it wrote the executed copy.")
                : $"dotnet-repl exited with code {run.ExitCode}{during} without writing an executed notebook: the kernel crashed or was stopped. Its output:\n{run.Tail()}", null);

        var cells = ExecutedNotebook.Read(executed);
        var (errors, notRun, charts, chartsWithSolutions) = Collect(plan, cells);
        var failure =
            run.TimedOut ? string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0} s{during}: the kernel (dotnet-repl) was stopped before it finished the notebook.") :
            cells.Count != plan.Count ? $"the executed notebook has {cells.Count} cells, but the kernel was given {plan.Count}." :
            run.ExitCode != 0 && errors.Count == 0 && notRun.Count == 0 ? $"dotnet-repl exited with code {run.ExitCode} but no cell holds an error. Its output:\n{run.Tail()}" :
            null;
        return new Execution(parts, errors, notRun, charts, run.Elapsed, failure, executed) { ChartsWithSolutions = twoParts ? chartsWithSolutions : null };
    }

    /// <summary>
    /// What the executed <paramref name="cells"/> say about the lesson's cells, given what the kernel was asked to run
    /// (<paramref name="plan"/>: each cell and whether the solutions were in place): the failing cells and the cells never
    /// reached, numbered as the lesson numbers them, the charts of the lesson as shipped, and the charts it draws with the
    /// solutions in place (the cells the solutions part ran again as that part drew them, the others as the first part did).
    /// </summary>
    internal static (List<CellError> Errors, List<string> NotRun, int Charts, int ChartsWithSolutions) Collect(
        IReadOnlyList<(NotebookCell Cell, bool Solutions)> plan, IReadOnlyList<ExecutedCell> cells)
    {
        var errors = new List<CellError>();
        var notRun = new List<string>();
        var (charts, chartsWithSolutions) = (0, 0);
        var ranAgain = plan.Where(p => p.Solutions).Select(p => p.Cell.Number).ToHashSet();
        foreach (var ((source, withSolutions), cell) in plan.Zip(cells).Where(p => p.Second.IsCode))
        {
            if (!withSolutions) charts += cell.Charts;
            if (withSolutions || !ranAgain.Contains(source.Number)) chartsWithSolutions += cell.Charts;
            if (!cell.Ran) notRun.Add(withSolutions ? $"{source.Number} (with the solutions in place)" : $"{source.Number}");
            if (cell.Error is not null) errors.Add(new CellError(source.Number, CellText.Shorten(source.FirstLine), cell.Error, withSolutions));
        }
        return (errors, notRun, charts, chartsWithSolutions);
    }
}
