using System.Globalization;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.Apps;

/// <summary>
/// <c>--run-file FILE</c>: a learner's own lesson program, answers and all, run as <c>dotnet run --file FILE</c> would, but
/// where its lesson runs: in the Debian 13 root when TorchSharp's engine cannot load on this machine (<see cref="LibTorchRoute"/>).
/// Unlike <c>--run-apps</c>, it neither compares the file with its notebook nor checks results: it prints what the program
/// prints as it comes, and the program's checks record into the learner's progress, as they do outside the runner.
/// </summary>
public static class OwnProgram
{
    /// <summary>Runs <paramref name="file"/>; returns the runner's exit code (the program's failure is a lesson's failure).</summary>
    public static async Task<int> RunAsync(CourseFolders folders, IReadOnlyList<Lesson> lessons, string file, TimeSpan timeout, TextWriter output, CancellationToken cancel)
    {
        var path = Path.GetFullPath(file);
        var name = Path.GetFileName(path);
        if (!File.Exists(path) || !name.EndsWith(".cs", StringComparison.Ordinal))
        {
            output.WriteLine($"Expected a lesson program, a .cs file such as notebooks/11-neural-networks.cs; found {(File.Exists(path) ? $"{file}, which is not one" : $"no file {path}")}. Give its path from here.");
            return ExitCodes.Usage;
        }
        if (lessons.FirstOrDefault(l => name.StartsWith(l.Number + "-", StringComparison.Ordinal)) is not { } lesson)
        {
            output.WriteLine($"Expected a file named after its lesson, NN-name.cs or NN-name{AppExporter.ExercisesSuffix} (e.g. 11-neural-networks.cs); found {name}, which names none of the course's lessons ({lessons[0].Number} to {lessons[^1].Number}). Keep the lesson's number at the start of your copy's name.");
            return ExitCodes.Usage;
        }

        var route = await new LibTorchRoute(folders, LibTorchSettings.FromEnvironment()).ForAsync(lesson, cancel);
        if (route.Problem is not null)
        {
            output.WriteLine(route.Problem);
            return ExitCodes.Environment;
        }
        var shown = Path.GetRelativePath(folders.Root, path).Replace('\\', '/');
        output.WriteLine(route.Root is null
            ? $"Running {shown} here: lesson {lesson.Number} runs natively on this machine (dotnet run --file does the same)."
            : $"Running {shown} inside the Debian 13 root: TorchSharp's engine cannot load on this machine, and it can there.");
        var run = await ChildProcess.RunAsync(route.Wrap(ProcessStart.Dotnet(folders.Root, ["run", "--file", path, "--disable-build-servers"])), timeout, cancel, output.WriteLine);
        if (run.TimedOut)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stopped after {timeout.TotalSeconds:0} s, its build included (--timeout SECONDS gives it longer)."));
            return ExitCodes.LessonsFailed;
        }
        return run.ExitCode == 0 ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }
}
