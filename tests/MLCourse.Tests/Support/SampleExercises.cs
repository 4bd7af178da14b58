using MLCourse.Exercises;

namespace MLCourse.Tests.Support;

/// <summary>Exercises of no lesson (ids 99.x), to test the exercise engine on its own.</summary>
internal static class SampleExercises
{
    /// <summary>99.1: the answer is 42, exactly; two hints.</summary>
    public static Exercise<double?> Number() =>
        new("99.1", "sample", Checks.Number(() => 42, 0), ["first hint", "second hint"], "double? answer = 42;");

    /// <summary>99.3: a reflection of at least five words, with no key ideas.</summary>
    public static Exercise<string?> Reflection() =>
        new("99.3", "sample reflection", Checks.Reflection(5, "The order of the days matters."), ["a hint"], "string? answer = \"...\";");
}
