using System.Diagnostics;
using System.Globalization;
using MLCourse;
using MLCourse.Runner;
using MLCourse.Runner.Apps;

// The course runner: dotnet run --project src/MLCourse.Runner -- [lesson ...] [--timeout seconds]
// Runs each lesson in the real notebook kernel, shows progress, prints a table, exits 1 if any lesson failed.

// --export-apps, --check-apps, --run-apps: the lessons as .NET 10 file-based apps (Apps/AppsCommand).
if (AppsCommand.Handles(args)) return await AppsCommand.RunAsync(args);

var selectors = new List<string>();
var timeout = LessonEngine.DefaultTimeout;
var solutions = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-h" or "--help":
            Console.WriteLine("""
                Runs the course's lesson notebooks headlessly in the real .NET Interactive kernel.

                usage: dotnet run --project src/MLCourse.Runner -- [LESSON ...] [--timeout SECONDS] [--solutions]

                  LESSON       a lesson number (03) or name (03-explore-visualize); all lessons when none is given
                  --timeout    the time limit for one lesson, in seconds (default 600)
                  --solutions  run each exercise's solution in place of its answer cell (the lesson files are not changed);
                               every exercise must then be correct (as shipped, every one must be "not attempted")

                The lessons as .NET 10 file-based apps (apps/): --export-apps, --check-apps, --run-apps (see --run-apps --help).

                Executed notebooks go to artifacts/notebooks/, the summary table to artifacts/report.md.
                Exit code: 0 when every lesson ran without an error cell, 1 otherwise, 2 for bad arguments.
                """);
            return 0;
        case "--timeout" when i + 1 < args.Length && int.TryParse(args[i + 1], out var seconds) && seconds > 0:
            timeout = TimeSpan.FromSeconds(seconds);
            i++;
            break;
        case "--solutions":
            solutions = true;
            break;
        case var option when option.StartsWith('-'):
            Console.Error.WriteLine($"Unknown option or missing value: '{option}'. See --help.");
            return 2;
        default:
            selectors.Add(args[i]);
            break;
    }
}

CourseFolders folders;
IReadOnlyList<Lesson> lessons;
try
{
    folders = CourseFolders.Find(AppContext.BaseDirectory);
    lessons = Lesson.Select(Lesson.All(folders.Notebooks), selectors);
}
catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var engine = new LessonEngine(folders, timeout);
var reports = new List<LessonReport>();
var total = Stopwatch.StartNew();
Console.WriteLine($"Running {lessons.Count} lesson(s){(solutions ? " with the exercise solutions" : "")} in the real kernel (dotnet-repl), up to {timeout.TotalSeconds:0} s each.");
for (var n = 0; n < lessons.Count; n++)
{
    var lesson = lessons[n];
    var label = $"[{n + 1}/{lessons.Count}] {lesson.Name}";
    var report = await WithProgress(label, () => engine.RunAsync(lesson, solutions, cancel.Token));
    reports.Add(report);
    var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
    Console.WriteLine(report.Passed ? $"{label}: passed in {seconds} s" : $"{label}: FAILED in {seconds} s\n{report.Describe()}");
}

Console.WriteLine();
Console.WriteLine(ReportTable.Render(reports));
var failed = reports.Count(r => !r.Passed);
Console.WriteLine($"\n{reports.Count - failed} of {reports.Count} lessons passed in {total.Elapsed.TotalSeconds:0} s.");
Directory.CreateDirectory(folders.Artifacts);
File.WriteAllText(Path.Combine(folders.Artifacts, "report.md"), ReportTable.RenderMarkdown(reports));
foreach (var report in reports.Where(r => !r.Passed))
    Console.Error.WriteLine(report.Describe());
return failed == 0 ? 0 : 1;

// Shows which lesson is running and for how long: in place on a terminal, a line every 30 s in a log.
static async Task<LessonReport> WithProgress(string label, Func<Task<LessonReport>> run)
{
    var clock = Stopwatch.StartNew();
    var interactive = !Console.IsOutputRedirected;
    var every = interactive ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30);
    if (!interactive) Console.WriteLine($"{label}: running");
    using var timer = new Timer(_ =>
    {
        var line = $"{label}: running, {clock.Elapsed.TotalSeconds:0} s";
        if (interactive) Console.Write("\r" + line); else Console.WriteLine(line);
    }, null, every, every);
    var report = await run();
    await timer.DisposeAsync();
    if (interactive) Console.Write("\r" + new string(' ', label.Length + 24) + "\r");
    return report;
}
