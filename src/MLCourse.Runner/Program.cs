using MLCourse;
using MLCourse.Runner;

// The course runner: dotnet run --project src/MLCourse.Runner -- [lesson ...] [options]; see RunnerOptions.Usage.
// Parses the command line and dispatches; CourseRun does the work. Exit codes: ExitCodes.

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
    return await CourseRun.RunAsync(new LessonEngine(folders, options.Timeout), lessons, options, Console.Out, !Console.IsOutputRedirected, cancel.Token);
}
catch (Exception e)
{
    Console.Error.WriteLine($"The runner stopped on an unexpected error, a bug in the runner: {e.GetType().Name}: {e.Message}");
    return ExitCodes.LessonsFailed;
}
