using System.Diagnostics;
using System.Globalization;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner;

/// <summary>
/// One run of the runner's console: each chosen lesson in turn, with progress, then the table. However the run ends
/// (every lesson done, Ctrl+C, a machine that cannot run lessons), it prints the table of the lessons run so far, writes
/// <c>artifacts/report.md</c> and <c>artifacts/report.json</c>, says in one sentence what happened, and returns its exit code
/// with the reports (the website is built from them in memory); never a stack trace.
/// </summary>
public static class CourseRun
{
    public static async Task<CourseRunOutcome> RunAsync(LessonEngine engine, IReadOnlyList<Lesson> lessons, RunnerOptions options,
        TextWriter output, bool interactive, CancellationToken cancel)
    {
        var reports = new List<LessonReport>();
        var updates = new List<string>();
        var total = Stopwatch.StartNew();
        string? stopped = null;
        var code = ExitCodes.Passed;
        var apps = options.Executor != Executor.Notebook;
        var kind = options.Executor switch { Executor.App => " app", Executor.Exercises => " exercises app", _ => "" };
        if (options.Executor == Executor.Exercises) lessons = lessons.Where(l => l.HasExercises).ToList();
        output.WriteLine($"Running {lessons.Count} lesson{kind}(s){(options.UpdateExpected ? " with the exercise solutions, to update their expected results," : options.Solutions ? " with the exercise solutions" : "")} " +
                         (apps ? string.Create(CultureInfo.InvariantCulture, $"with dotnet build and dotnet run --file, up to {engine.Timeout.TotalSeconds:0} s each, build included; what each one prints goes to ") +
                                 $"{Path.GetRelativePath(engine.Folders.Root, Path.Combine(engine.Folders.Artifacts, options.Solutions ? "apps-solutions-runs" : "apps-runs"))}/NN-name.output.txt."
                               : string.Create(CultureInfo.InvariantCulture, $"in the real kernel (dotnet-repl), up to {engine.Timeout.TotalSeconds:0} s each.")));
        try
        {
            for (var n = 0; n < lessons.Count; n++)
            {
                var lesson = lessons[n];
                var label = $"[{n + 1}/{lessons.Count}] {lesson.Name}{kind}";
                var report = await WithProgress(label, output, interactive, async () =>
                {
                    if (!options.UpdateExpected) return await engine.RunAsync(lesson, options.Executor, options.Solutions, cancel);
                    var (updated, changes) = await engine.UpdateExpectedAsync(lesson, cancel);
                    updates.Add(changes is null
                        ? $"{lesson.Name}: expected results NOT updated, because the run failed."
                        : $"{lesson.Name}: expected results {changes}.");
                    return updated;
                });
                cancel.ThrowIfCancellationRequested();   // stopped while the lesson ended: it was not finished, whatever it says
                reports.Add(report);
                var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                output.WriteLine(report.Passed ? $"{label}: passed in {seconds} s" : $"{label}: FAILED in {seconds} s\n{report.Describe()}");
            }
        }
        catch (OperationCanceledException)
        {
            (stopped, code) = ($"Stopped (Ctrl+C, or the runner was told to terminate) after {reports.Count} of {lessons.Count} lessons; the lesson that was running was not finished.", ExitCodes.Interrupted);
        }
        catch (RunnerEnvironmentException e)
        {
            (stopped, code) = ($"The lessons cannot run on this machine: {e.Message}", ExitCodes.Environment);
        }

        output.WriteLine();
        output.WriteLine(ReportTable.Render(reports));
        foreach (var update in updates) output.WriteLine(update);
        foreach (var slow in reports.Where(r => r.OverTarget))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{slow.Label} took {slow.Elapsed.TotalSeconds:0.0} s, over its target of {slow.TargetSeconds:0} s ") +
                             "(not a failure: wall-clock time depends on the machine and its load; re-measure on a quiet machine).");
        var failed = reports.Count(r => !r.Passed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{reports.Count - failed} of {reports.Count} lessons passed in {total.Elapsed.TotalSeconds:0} s."));
        var reportFile = Path.Combine(engine.Folders.Artifacts, "report.md");
        try
        {
            Directory.CreateDirectory(engine.Folders.Artifacts);
            File.WriteAllText(reportFile, ReportTable.RenderMarkdown(reports) + (stopped is null ? "" : $"\n{stopped}\n"));
            new RunReport(DateTimeOffset.UtcNow, reports).Write(Path.Combine(engine.Folders.Artifacts, RunReport.FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (stopped, code) = (stopped ?? $"The report could not be written to {reportFile}: {e.Message}", code == ExitCodes.Passed ? ExitCodes.Environment : code);
        }
        foreach (var report in reports.Where(r => !r.Passed))
            output.WriteLine(report.Describe());
        if (stopped is not null) output.WriteLine(stopped);
        return new CourseRunOutcome(code != ExitCodes.Passed ? code : failed > 0 ? ExitCodes.LessonsFailed : ExitCodes.Passed, reports);
    }

    /// <summary>Shows which lesson is running and for how long: in place on a terminal, a line every 30 s in a log.</summary>
    private static async Task<LessonReport> WithProgress(string label, TextWriter output, bool interactive, Func<Task<LessonReport>> run)
    {
        var clock = Stopwatch.StartNew();
        var every = interactive ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30);
        if (!interactive) output.WriteLine($"{label}: running");
        var timer = new Timer(_ =>
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{label}: running, {clock.Elapsed.TotalSeconds:0} s");
            lock (output) { if (interactive) output.Write("\r" + line); else output.WriteLine(line); }
        }, null, every, every);
        try
        {
            return await run();
        }
        finally
        {
            await timer.DisposeAsync();
            if (interactive) lock (output) output.Write("\r" + new string(' ', label.Length + 24) + "\r");
        }
    }
}
