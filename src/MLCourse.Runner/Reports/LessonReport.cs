using System.Globalization;
using MLCourse.Runner.Engine;

namespace MLCourse.Runner.Reports;

/// <summary>
/// The outcome of running one lesson, as a notebook or as an app, as shipped or with the solutions. It passed when no cell
/// failed and nothing else went wrong (<see cref="Problems"/>: a timeout, cells that never ran, charts missing, exercises
/// not as the mode requires, results outside their expected bands). <see cref="Executed"/> is the executed notebook, or
/// the app's output.
/// </summary>
public sealed record LessonReport(
    string Lesson,
    Executor Executor,
    bool Solutions,
    int CodeCells,
    IReadOnlyList<CellError> Errors,
    int Charts,
    TimeSpan Elapsed,
    IReadOnlyList<LessonResult> Results,
    IReadOnlyList<ExerciseOutcome> Exercises,
    IReadOnlyList<string> Problems,
    string? Executed)
{
    public bool Passed => Errors.Count == 0 && Problems.Count == 0;

    /// <summary>The time the lesson should take, from its metadata (<c>mlcourse.targetSeconds</c>); null when it states none.</summary>
    public double? TargetSeconds { get; init; }

    /// <summary>For an app: how long its build took, part of <see cref="Elapsed"/>; null for a notebook.</summary>
    public TimeSpan? Build { get; init; }

    /// <summary>The run took longer than the lesson's target: shown in the table, not a failure.</summary>
    public bool OverTarget => TargetSeconds is { } target && Elapsed.TotalSeconds > target;

    /// <summary>The same report with more problems.</summary>
    public LessonReport WithProblems(IEnumerable<string> problems) => this with { Problems = [.. Problems, .. problems] };

    /// <summary>A report for a lesson that could not be run at all.</summary>
    public static LessonReport Failed(string lesson, Executor executor, bool solutions, TimeSpan elapsed, string problem) =>
        new(lesson, executor, solutions, 0, [], 0, elapsed, [], [], [problem], null);

    /// <summary>The lesson's name, and "app" for an app: how messages and the table name the run.</summary>
    public string Label => Executor switch { Executor.App => $"{Lesson} app", Executor.Exercises => $"{Lesson} exercises app", _ => Lesson };

    /// <summary>One paragraph that says why the lesson failed: lesson, cell number, the cell's first line, the error, and any other problem.</summary>
    public string Describe()
    {
        if (Passed) return string.Create(CultureInfo.InvariantCulture, $"{Label} passed: {CodeCells} code cells in {Elapsed.TotalSeconds:0.0} s.");
        var lines = new List<string>();
        if (Errors.Count > 0)
        {
            lines.Add($"{Label} failed at {Errors[0]}");
            lines.AddRange(Errors.Skip(1).Select(e => $"  and at {e}"));
        }
        lines.AddRange(Problems.Select((p, i) => i == 0 && Errors.Count == 0 ? $"{Label} failed: {p}" : $"  {p}"));
        if (Executed is not null) lines.Add($"  {(Executor != Executor.Notebook ? "its output" : "executed notebook")}: {Executed}");
        return string.Join(Environment.NewLine, lines);
    }
}
