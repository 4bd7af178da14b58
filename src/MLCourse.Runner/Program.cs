using System.Runtime.InteropServices;
using MLCourse;
using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Processes;
using MLCourse.Runner.Reports;
using MLCourse.Runner.Site;

// The course runner: dotnet run --project src/MLCourse.Runner -- [lesson ...] [options]; see RunnerOptions.Usage.
// Parses the command line, finds the course and its lessons, and dispatches; exit codes: ExitCodes.

RunnerOptions options;
try
{
    options = RunnerOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message} See --help.");
    return ExitCodes.Usage;
}
if (options.Help)
{
    Console.WriteLine(RunnerOptions.Usage);
    return ExitCodes.Passed;
}

// The course in the current folder (or above it), else the one this runner was built in.
if ((CourseFolders.TryFind(Environment.CurrentDirectory) ?? CourseFolders.TryFind(AppContext.BaseDirectory)) is not { } folders)
{
    Console.Error.WriteLine(CourseFolders.NotFoundMessage(Environment.CurrentDirectory));
    return ExitCodes.Environment;
}
IReadOnlyList<Lesson> all, lessons;
try
{
    all = Lesson.All(folders.Notebooks);
    lessons = Lesson.Select(all, options.Lessons);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Usage;
}
catch (DirectoryNotFoundException e)
{
    Console.Error.WriteLine($"{e.Message} Restore the lessons with 'git checkout -- notebooks'.");
    return ExitCodes.Environment;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);   // names the notebook and what to fix in it
    return ExitCodes.Environment;
}

// Ctrl+C (or SIGTERM, SIGHUP) once: stop what is running (a kernel, an app, a build), then report what ran. Twice: quit at once.
using var cancel = new CancellationTokenSource();
void Stop(PosixSignalContext signal)
{
    if (cancel.IsCancellationRequested)
    {
        ChildProcess.StopAll();   // quitting at once: take every kernel, app and build along
        return;
    }
    signal.Cancel = true;
    Console.Error.WriteLine($"\n{(signal.Signal == PosixSignal.SIGINT ? "Ctrl+C" : signal.Signal.ToString())}: what is running is being stopped, then the table so far is written. Ctrl+C again quits at once.");
    cancel.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

try
{
    if (options.Command == RunnerCommand.ExportApps) return AppFiles.ExportAll(folders, lessons, Console.Out, cancel.Token);
    if (options.Command == RunnerCommand.CheckApps) return AppFiles.CheckAll(folders, lessons, Console.Out, cancel.Token);
    if (options.Command == RunnerCommand.RunFile) return await OwnProgram.RunAsync(folders, all, options.File!, options.Timeout, Console.Out, cancel.Token);
    if (options.NoRun) return SiteCommand.FromLastRun(folders, all);

    var run = await CourseRun.RunAsync(new LessonEngine(folders, options.Timeout), lessons, options, Console.Out, !Console.IsOutputRedirected, cancel.Token);
    if (!options.Site || run.ExitCode is not (ExitCodes.Passed or ExitCodes.LessonsFailed)) return run.ExitCode;
    // A run with a failed lesson publishes nothing, and removes an earlier site so that it is not taken for this run's.
    var site = SiteCommand.Build(folders, lessons.Zip(run.Reports, (lesson, report) => new SiteLesson(lesson, report)).ToList());
    return run.ExitCode == ExitCodes.Passed ? site : run.ExitCode;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Stopped.");
    return ExitCodes.Interrupted;
}
catch (Exception e)
{
    Console.Error.WriteLine($"The runner stopped on an unexpected error, a bug in the runner: {e.GetType().Name}: {e.Message}");
    return ExitCodes.LessonsFailed;
}
