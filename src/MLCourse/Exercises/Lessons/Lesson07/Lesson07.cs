namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 07, models on the edge.</summary>
public static class Lesson07
{
    /// <summary>07.1: the nearest-rank 99th percentile.</summary>
    public static Exercise<Func<double[], double>?> P99 { get; } = new(
        "07.1", "the 99th percentile, by hand",
        Checks.Function<double[], double>(
            [([.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()], 99),
             ([5, 1, 3], 5),
             ([.. Enumerable.Range(1, 200).Select(i => (double)i)], 198),
             ([.. Enumerable.Range(1, 1000).Select(i => (double)(i % 10 == 0 ? 1000 : 1))], 1000),
             ([7], 7),
             ([.. Enumerable.Range(1, 60).Select(i => (double)(i * 37 % 61))], 60)],   // 60 distinct values; 0.99 × 60 = 59.4: rounding would take rank 59
            (a, b) => Math.Abs(a - b) < 1e-9),
        ["Sort first: values.Order().ToArray(). The answer is one of the values, at a position that depends on how many there are.",
         "At least 99% of n values must be at or below the answer: that is the value at 1-based rank ceil(0.99 × n).",
         "Arrays count from 0, so take sorted[(int)Math.Ceiling(0.99 * n) - 1]."],
        """Func<double[], double>? p99 = values => values.Order().ToArray()[(int)Math.Ceiling(0.99 * values.Length) - 1];""");

    /// <summary>
    /// The steps of 07.2, in the order the exercise lists them, that ConvertToOnnx refuses (Microsoft.ML.OnnxConverter 0.24.0, as in 0.23.1;
    /// the tests export each step to confirm it): NormalizeRobustScaling and FastTreeTweedie export, the others do not.
    /// </summary>
    internal static readonly string[] StepsThatDoNotExport = ["NormalizeLogMeanVariance", "NormalizeBinning", "Gam"];

    /// <summary>The five steps of 07.2, in the order the exercise lists them.</summary>
    private static readonly string[] MoreSteps = ["NormalizeRobustScaling", "NormalizeLogMeanVariance", "NormalizeBinning", "FastTreeTweedie", "Gam"];

    /// <summary>07.2: which of five more steps cannot be exported, found by trying.</summary>
    public static Exercise<IEnumerable<string>?> BlockedSteps { get; } = new(
        "07.2", "which steps block the export?",
        Checks.Selection<string>(MoreSteps, () => StepsThatDoNotExport, "steps",
            (() => ["NormalizeRobustScaling", "NormalizeLogMeanVariance", "NormalizeBinning"],
                "Not every normalizer fails, and not every trainer exports: try each of the five with TryExport rather than judging by the name."),
            (() => [], "Some of them do fail: try each of the five with TryExport.")),
        ["Make an array of (name, estimator) pairs, as section 5 does, with the five steps exactly as the exercise writes them.",
         "TryExport(estimator) fits the step on the training cars and tries the export: it returns \"exports\" or \"fails (…)\".",
         "Keep the names of the steps that do not say \"exports\": steps.Where(…).Select(s => s.Step)."],
        """
        var moreSteps = new (string Step, IEstimator<ITransformer> Estimator)[]
        {
            ("NormalizeRobustScaling", ml.Transforms.NormalizeRobustScaling("Horsepower")),
            ("NormalizeLogMeanVariance", ml.Transforms.NormalizeLogMeanVariance("Weight_in_lbs")),
            ("NormalizeBinning", ml.Transforms.NormalizeBinning("Displacement")),
            ("FastTreeTweedie", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.FastTreeTweedie("Miles_per_Gallon"))),
            ("Gam", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.Gam("Miles_per_Gallon"))),
        };
        IEnumerable<string>? blockedSteps = moreSteps.Where(s => TryExport(s.Estimator) != "exports").Select(s => s.Step).ToList();
        """);

    /// <summary>07.3: why watch the 99th percentile.</summary>
    public static Exercise<string?> WhyP99 { get; } = new(
        "07.3", "why p99?",
        Checks.Reflection(15,
            "The median says what a typical request waits; the p99 is what one request in a hundred waits, and a busy service " +
            "answers thousands per second, so many users see it every second. A page that makes several calls hits the slow tail " +
            "far more often than 1%. Timeouts, service-level objectives and user experience are set by the tail, and a p99 " +
            "100 times the median points to a cause (garbage collection, cold starts, contention) worth fixing.",
            new KeyIdea("how many requests land in the tail", "thousand", "million", "per second", "every second", "many users", "volume", "busy", "traffic", "1%", "one in a hundred", "1 in 100", "one percent", "scale"),
            new KeyIdea("pages that make several calls", "several calls", "many calls", "multiple calls", "multiple requests", "several requests", "fan out", "fan-out", "page", "chain", "each request makes", "20 calls", "microservice", "downstream"),
            new KeyIdea("what the tail decides (timeouts or experience)", "timeout", "time out", "slo", "sla", "service level", "experience", "frustrat", "worst", "perceiv", "annoy"),
            new KeyIdea("what a long tail points to", "garbage", "gc", "cold", "contention", "pause", "spike", "root cause", "jitter", "lock", "queue", "warm")),
        ["At 10,000 requests per second, how many requests a second are at or beyond the p99?", "A page that makes 20 calls: how likely is it that at least one is slow?"],
        """string? whyP99 = "One request in a hundred waits the p99, which for a busy service is many users every second, and a page that makes many calls hits the slow tail far more often; timeouts and user experience are set by the tail, not the median, and a long tail points to a cause, such as garbage collection, worth fixing.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [P99, BlockedSteps, WhyP99];
}
