using System.Globalization;
using MLCourse.Exercises;
using MLCourse.Runner.Apps;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.Engine;

/// <summary>
/// Executes a lesson's file-based app as a learner would: <c>dotnet build</c>, then <c>dotnet run --file --no-build</c>, from
/// the course folder, within one time limit for both. As shipped it runs the committed <c>notebooks/NN-name.cs</c>, which
/// must be what the notebook exports now; with the solutions, a fresh export with each exercise's solution in its answer cell
/// (<c>artifacts/apps-solutions/</c>). A failure is traced back to the notebook's cell (<see cref="AppFailure"/>). What the app
/// prints goes to <c>artifacts/apps-runs/NN-name.output.txt</c> (<c>apps-solutions-runs/</c> with the solutions).
/// </summary>
/// <param name="exercises">Run the lesson's exercises app (<c>notebooks/NN-name.exercises.cs</c>) instead; its output goes to <c>NN-name.exercises.output.txt</c>.</param>
internal sealed class AppExecutor(CourseFolders folders, TimeSpan timeout, LibTorchRoute route, bool exercises = false)
{
    public async Task<Execution> RunAsync(Lesson lesson, bool solutions, CancellationToken cancel)
    {
        RunPart[] parts = [new(solutions, Publication.Empty)];
        Execution Failed(string failure, TimeSpan elapsed = default, string? output = null) => new(parts, [], [], 0, elapsed, failure, output);

        ExportedApp app;
        try
        {
            app = solutions ? AppFiles.Write(lesson, folders, solutions: true, exercises) : AppFiles.Export(lesson, folders, exercises: exercises);
            if (!solutions && AppFiles.Difference(app, folders) is { } stale) return Failed(stale);
        }
        catch (InvalidOperationException e)
        {
            return Failed(e.Message);
        }

        var outputFolder = Path.Combine(folders.Artifacts, solutions ? "apps-solutions-runs" : "apps-runs");
        Directory.CreateDirectory(outputFolder);
        var name = lesson.Name + (exercises ? ".exercises" : "");
        var resultsFile = Path.Combine(outputFolder, name + ".results.txt");
        var outputFile = Path.Combine(outputFolder, name + ".output.txt");
        File.Delete(resultsFile);

        var where = await route.ForAsync(lesson, cancel);
        if (where.Problem is not null) return Failed(where.Problem);
        var environment = new Dictionary<string, string>
        {
            [ResultsFile.Variable] = resultsFile,
            [ExerciseLog.ProgressVariable] = Path.Combine(outputFolder, name + ".progress.json"),
        };
        // No build server may outlive the runner (inside the root it would also keep the root's mounts alive).
        ProcessStart Dotnet(params string[] arguments) => where.Wrap(ProcessStart.Dotnet(folders.Root, [.. arguments, "--disable-build-servers"], environment));
        var cells = solutions ? lesson.CellsWithSolutions() : lesson.Cells;

        var build = await ChildProcess.RunAsync(Dotnet("build", app.Path), timeout, cancel);
        if (!build.Succeeded)
        {
            await File.WriteAllTextAsync(outputFile, build.Output, cancel);
            if (build.TimedOut) return Failed(string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0} s: its build (dotnet build) was stopped before it finished."), build.Elapsed, outputFile);
            return AppFailure.Find(build.Output, app.Path, app.Text, cells) is { } cell
                ? new Execution(parts, [cell], [], 0, build.Elapsed, null, outputFile) { Build = build.Elapsed }
                : Failed($"dotnet build exited with code {build.ExitCode}. The end of its output:\n{build.Tail()}", build.Elapsed, outputFile);
        }

        var left = TimeSpan.FromTicks(Math.Max((timeout - build.Elapsed).Ticks, TimeSpan.TicksPerSecond));
        var run = await ChildProcess.RunAsync(Dotnet("run", "--file", app.Path, "--no-build"), left, cancel);
        await File.WriteAllTextAsync(outputFile, run.Output, cancel);
        parts = [parts[0] with { Published = ResultsFile.Read(resultsFile).FirstOrDefault() ?? Publication.Empty }];
        var elapsed = build.Elapsed + run.Elapsed;
        var failed = run.TimedOut || run.ExitCode == 0 ? null : AppFailure.Find(run.Output, app.Path, app.Text, cells);
        var failure =
            run.TimedOut ? string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0} s, its build included: the app (dotnet run --file) was stopped before it finished.") :
            run.ExitCode != 0 && failed is null ? $"dotnet run exited with code {run.ExitCode}. The end of its output:\n{run.Tail()}" :
            null;
        return new Execution(parts, failed is null ? [] : [failed], [], parts[0].Published.Charts, elapsed, failure, outputFile) { Build = build.Elapsed };
    }
}
