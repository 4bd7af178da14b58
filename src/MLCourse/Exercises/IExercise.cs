namespace MLCourse.Exercises;

/// <summary>What every exercise has, whatever the type of its answer (for the catalog and the runner).</summary>
public interface IExercise
{
    /// <summary>e.g. <c>01.2</c>.</summary>
    string Id { get; }

    /// <summary>A few words naming the exercise.</summary>
    string Title { get; }

    /// <summary>The code that solves it, run in place of the learner's answer cell in solution mode.</summary>
    string SolutionCode { get; }

    /// <summary>Its hints, in order (what <c>Hint(1)</c>, <c>Hint(2)</c>, … show).</summary>
    IReadOnlyList<string> Hints { get; }

    /// <summary>Whether it is a reflection, which is submitted rather than solved.</summary>
    bool IsReflection { get; }
}
