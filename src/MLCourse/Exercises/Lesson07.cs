namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 07, models on the edge.</summary>
public static class Lesson07
{
    private static readonly string[] PipelineSteps = ["Expression", "OneHotEncoding", "Concatenate", "NormalizeMeanVariance", "SDCA"];

    /// <summary>07.1: the nearest-rank 99th percentile.</summary>
    public static Exercise<Func<double[], double>?> P99 { get; } = new(
        "07.1", "the 99th percentile, by hand",
        Checks.Function<double[], double>(
            [([.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()], 99),
             ([5, 1, 3], 5),
             ([.. Enumerable.Range(1, 200).Select(i => (double)i)], 198),
             ([.. Enumerable.Range(1, 1000).Select(i => (double)(i % 10 == 0 ? 1000 : 1))], 1000),
             ([7], 7)],
            (a, b) => Math.Abs(a - b) < 1e-9),
        ["Sort first: values.Order().ToArray(). The answer is one of the values, at a position that depends on how many there are.",
         "At least 99% of n values must be at or below the answer: that is the value at 1-based rank ceil(0.99 × n).",
         "Arrays count from 0, so take sorted[(int)Math.Ceiling(0.99 * n) - 1]."],
        """Func<double[], double>? p99 = values => values.Order().ToArray()[(int)Math.Ceiling(0.99 * values.Length) - 1];""");

    /// <summary>07.2: the step that blocks an ONNX export.</summary>
    public static Exercise<string?> BlockingStep { get; } = new(
        "07.2", "what blocks the export?",
        Checks.Text("Expression", PipelineSteps,
            ("OneHotEncoding", "One-hot encoding exports: section 5 showed it."),
            ("Concatenate", "Concatenate exports: section 5 showed it."),
            ("NormalizeMeanVariance", "The normalizers export: section 5 showed it."),
            ("SDCA", "Linear models export: section 5 showed it.")),
        ["Look at the table of section 5: which kinds of step failed?", "A step that runs code you wrote has no ONNX operator to become."],
        """string? blockingStep = "Expression";""");

    /// <summary>07.3: why watch the 99th percentile.</summary>
    public static Exercise<string?> WhyP99 { get; } = new(
        "07.3", "why p99?",
        Checks.Reflection(15,
            "The median says what a typical request waits; the p99 is what one request in a hundred waits, and a busy service " +
            "answers thousands per second, so many users see it every second. A page that makes several calls hits the slow tail " +
            "far more often than 1%. Timeouts, service-level objectives and user experience are set by the tail, and a p99 " +
            "100 times the median points to a cause (garbage collection, cold starts, contention) worth fixing."),
        ["At 10,000 requests per second, how many requests a second are at or beyond the p99?", "A page that makes 20 calls: how likely is it that at least one is slow?"],
        """string? whyP99 = "One request in a hundred waits the p99, which for a busy service is many users every second, and a page that makes many calls hits the slow tail far more often; timeouts and user experience are set by the tail, not the median.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [P99, BlockingStep, WhyP99];
}
