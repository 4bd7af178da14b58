using System.Globalization;

namespace MLCourse.Runner.Apps;

/// <summary>
/// What one run of a lesson's app did: whether it built and ran to the end with every exercise as expected and every
/// result within its band, how long the build and the run took, the results it published, the exercise outcomes, and
/// where it failed (the cell, as the notebook numbers it). <see cref="Run"/> is zero when the app never ran.
/// </summary>
public sealed record AppReport(
    string Lesson,
    bool Solutions,
    TimeSpan Build,
    TimeSpan Run,
    IReadOnlyList<LessonResult> Results,
    IReadOnlyList<ExerciseOutcome> Exercises,
    CellError? FailedCell,
    string? Problem,
    string App)
{
    /// <summary>Whether the app built, ran to the end and met every check: no failed cell and no problem.</summary>
    public bool Passed => FailedCell is null && Problem is null;

    /// <summary>The build and the run together: what a learner's <c>dotnet run --file</c> takes.</summary>
    public TimeSpan Elapsed => Build + Run;

    /// <summary>This report, failed for <paramref name="problems"/> as well (unchanged when there are none).</summary>
    public AppReport WithProblems(IReadOnlyList<string> problems) => problems.Count == 0 ? this : this with
    {
        Problem = string.Join("\n", (Problem is null ? problems : problems.Prepend(Problem))),
    };

    /// <summary>One paragraph: passed, with the build's and the run's seconds, or why not (lesson, cell, the cell's first line, the error).</summary>
    public string Describe()
    {
        var mode = Solutions ? " with the solutions" : "";
        var times = $"built in {Seconds(Build)} s, ran in {Seconds(Run)} s";
        if (Passed) return $"{Lesson} app{mode} passed: {times}.";
        var lines = new List<string> { $"{Lesson} app{mode} FAILED ({times}){(FailedCell is null ? "" : $" at {FailedCell}")}." };
        if (Problem is not null) lines.Add("  " + Problem.Replace("\n", "\n  "));
        lines.Add($"  app: {App}");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A table for the console: lesson, status, build and run seconds, exercises, results.</summary>
    public static string Table(IReadOnlyList<AppReport> reports)
    {
        string[] header = ["lesson", "status", "build s", "run s", "exercises", "results"];
        var rows = reports.Select(r => new[]
        {
            r.Lesson + (r.Solutions ? " (solutions)" : ""),
            r.Passed ? "passed" : "FAILED",
            Seconds(r.Build),
            Seconds(r.Run),
            r.Exercises.Count == 0 ? "-" : string.Join(" ", r.Exercises.GroupBy(e => e.Outcome).Select(g => $"{g.Count()} {g.Key}")),
            string.Join(", ", r.Results),
        }).Prepend(header).ToList();
        var widths = header.Select((_, c) => rows.Max(r => r[c].Length)).ToArray();
        return string.Join(Environment.NewLine, rows.Select(r => string.Join(" | ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()));
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
