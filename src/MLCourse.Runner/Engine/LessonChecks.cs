using MLCourse.Exercises;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Engine;

/// <summary>
/// Every check a lesson's run must pass, the same for a notebook and an app: the executor finished, every cell ran without
/// an error, the promised charts were drawn, each exercise reported what its part of the run requires
/// (<see cref="ExpectedOutcome"/>), and every result is within its expected band (and, in a part with the solutions in
/// place or in a lesson without exercises, every expected result was published).
/// </summary>
public static class LessonChecks
{
    /// <summary>
    /// What every exercise must report in a part of a run: as shipped, not attempted; with the solutions in place, correct,
    /// except a reflection, which is never correct: submitted. The one place that says what solution mode expects of an exercise.
    /// </summary>
    public static bool ExpectedOutcome(string exercise, string outcome, bool withSolutions) =>
        !withSolutions ? outcome == nameof(Outcome.NotAttempted)
        : outcome == (ExerciseCatalog.Find(exercise).IsReflection ? nameof(Outcome.Submitted) : nameof(Outcome.Correct));

    /// <summary>The report of <paramref name="run"/>, a run of <paramref name="lesson"/>, its results checked against <paramref name="expected"/> (unless null).</summary>
    public static LessonReport Report(Lesson lesson, Executor executor, bool solutions, Execution run, Func<ExpectedResults>? expected)
    {
        var problems = new List<string>();
        if (run.Failure is not null) problems.Add(run.Failure);
        if (run.NotRun.Count > 0)
            problems.Add($"the kernel never ran cell{(run.NotRun.Count == 1 ? "" : "s")} {string.Join(", ", run.NotRun)}: it stopped before the end of the notebook.");
        var charts = executor == Executor.Exercises ? 0 : lesson.MinimumCharts;   // an exercises app leaves the charts to the lesson
        if (problems.Count == 0 && run.Errors.Count == 0)
        {
            if (run.Charts < charts)
                problems.Add($"it drew {run.Charts} charts, but its metadata (mlcourse.minimumCharts) promises at least {lesson.MinimumCharts}: a chart cell printed something else, or was removed.");
            else if (run.ChartsWithSolutions < charts)
                problems.Add($"with the solutions in place it drew {run.ChartsWithSolutions} charts, but its metadata (mlcourse.minimumCharts) promises at least {lesson.MinimumCharts}: a chart cell that builds on an answer printed something else.");
            else problems.AddRange(run.Parts.Select(p => WrongExercises(lesson, p)).OfType<string>());
        }

        var results = run.Parts.Aggregate(Publication.Empty, (sum, part) => sum with { Results = sum.ResultsThen(part.Published) }).Results;
        if (expected is not null)
        {
            var complete = problems.Count == 0 && run.Errors.Count == 0 && (run.Parts[^1].WithSolutions || !lesson.HasExercises);
            try
            {
                var pins = expected();
                problems.AddRange(run.Parts.SkipLast(1).SelectMany(p => pins.Compare(p.Published.Results, complete: false))
                    .Concat(pins.Compare(results, complete)).Distinct());
            }
            catch (InvalidDataException e)
            {
                problems.Add(e.Message);
            }
        }
        return new LessonReport(lesson.Name, executor, solutions, lesson.CodeCells.Count(), run.Errors, run.Charts, run.Elapsed, results,
            run.Parts.SelectMany(p => p.Published.Exercises).ToList(), problems, run.Executed)
        {
            TargetSeconds = executor == Executor.Exercises ? null : lesson.TargetSeconds,   // the lesson's target is for the whole lesson
            Build = run.Build,
        };
    }

    /// <summary>Why the exercises' outcomes in <paramref name="part"/> are not what it requires, or null when they are.</summary>
    private static string? WrongExercises(Lesson lesson, RunPart part)
    {
        var wrong = lesson.AnswerCells.Select(c => c.Exercise!)
            .Select(id => (Id: id, Reported: part.Published.Exercises.LastOrDefault(o => o.Exercise == id)?.Outcome ?? "never checked"))
            .Where(e => !ExpectedOutcome(e.Id, e.Reported, part.WithSolutions))
            .ToList();
        return wrong.Count == 0 ? null
            : $"{(part.WithSolutions ? "with the solutions in place every exercise must be correct (a reflection: submitted)" : "as shipped every exercise must be not attempted")}, but " +
              string.Join("; ", wrong.Select(w => $"exercise {w.Id} reported {w.Reported}")) + ".";
    }
}
