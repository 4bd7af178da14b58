using System.Diagnostics;

namespace MLCourse.Deployment;

/// <summary>Measures the latency of a single call (e.g. one prediction), after a warm-up, one call at a time.</summary>
public static class Latency
{
    /// <summary>Times <paramref name="calls"/> calls of <paramref name="call"/> after <paramref name="warmUp"/> untimed ones.</summary>
    /// <exception cref="ArgumentNullException">No call.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 100 calls (a 99th percentile needs at least 100), or a negative warm-up.</exception>
    public static LatencySummary Measure(Action call, int calls = 2000, int warmUp = 200)
    {
        Require.NotNull(call, nameof(call), "the call to time, e.g. () => engine.Predict(car)");
        Require.AtLeast(calls, 100, nameof(calls), "calls", "so that the 99th percentile is a measured call, not the slowest one");
        Require.AtLeast(warmUp, 0, nameof(warmUp), "warm-up calls", "or 0 for none");
        for (var i = 0; i < warmUp; i++) call();
        var micros = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        return new LatencySummary(calls, Percentile(micros, 50), Percentile(micros, 99), micros.Average());
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    /// <exception cref="ArgumentException">No values, or a value that is not a number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A percent outside 0–100.</exception>
    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        Require.NotEmpty(values, nameof(values), "at least one value", "A percentile of no values is undefined: time some calls first.");
        Require.That(values.All(double.IsFinite), nameof(values), "numbers only", $"{values.First(v => !double.IsFinite(v))}",
            "Drop the values that are not numbers first.");
        Require.InRange(percent, 0, 100, nameof(percent), "a percent", "Give 50 for the median and 99 for p99, not 0.99.");
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
    }
}
