using MLCourse;
using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Site;

// The course runner: dotnet run --project src/MLCourse.Runner -- [lesson ...] [options]; see RunnerOptions.Usage.
// Parses the command line and dispatches; CourseRun does the work. Exit codes: ExitCodes.

// --export-apps, --check-apps, --run-apps: the lessons as .NET 10 file-based apps (Apps/AppsCommand).
if (AppsCommand.Handles(args)) return await AppsCommand.RunAsync(args);

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

if (CourseFolders.TryFind(AppContext.BaseDirectory) is not { } folders)
{
    Console.Error.WriteLine(CourseFolders.NotFoundMessage(AppContext.BaseDirectory));
    return ExitCodes.Environment;
}
IReadOnlyList<Lesson> lessons;
try
{
    lessons = Lesson.Select(Lesson.All(folders.Notebooks), options.Lessons);
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

if (options.NoRun)
{
    try
    {
        var last = RunReport.Read(Path.Combine(folders.Artifacts, RunReport.FileName));
        if (!last.Solutions) return SiteCommand.Build(folders, last.Lessons);
        Console.Error.WriteLine("The last run had the exercise solutions in place; the website shows the lessons as shipped. Run without --solutions first.");
    }
    catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
    {
        Console.Error.WriteLine(e.Message);
    }
    return ExitCodes.LessonsFailed;
}

// Ctrl+C once: stop the running lesson's kernel, then report what ran. Twice: quit at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    Console.Error.WriteLine("\nStopping: the running lesson's kernel is being stopped, then the table so far is written. Ctrl+C again quits at once.");
    cancel.Cancel();
};

try
{
    var code = await CourseRun.RunAsync(new LessonEngine(folders, options.Timeout), lessons, options, Console.Out, !Console.IsOutputRedirected, cancel.Token);
    if (!options.Site || code is not (ExitCodes.Passed or ExitCodes.LessonsFailed)) return code;
    var site = SiteCommand.Build(folders, RunReport.Read(Path.Combine(folders.Artifacts, RunReport.FileName)).Lessons);
    return code == ExitCodes.Passed ? site : code;
}
catch (Exception e)
{
    Console.Error.WriteLine($"The runner stopped on an unexpected error, a bug in the runner: {e.GetType().Name}: {e.Message}");
    return ExitCodes.LessonsFailed;
}
