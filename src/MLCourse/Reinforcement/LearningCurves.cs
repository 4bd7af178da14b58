namespace MLCourse.Reinforcement;

/// <summary>Turning noisy per-episode numbers into curves you can read: the mean over runs, then a moving average.</summary>
public static class LearningCurves
{
    /// <summary>The mean of several runs, episode by episode.</summary>
    /// <exception cref="ArgumentException">No runs, or runs of different lengths.</exception>
    public static double[] Mean(IReadOnlyList<IReadOnlyList<double>> runs)
    {
        Require.NotNull(runs, nameof(runs), "the runs to average");
        Require.That(runs.Count > 0 && runs.All(r => r?.Count == runs[0].Count), nameof(runs), "one or more runs of the same length",
            $"{runs.Count} runs of lengths {string.Join(", ", runs.Select(r => r?.Count ?? 0).Distinct())}", "Average runs of the same number of episodes.");
        return Enumerable.Range(0, runs[0].Count).Select(i => runs.Average(r => r[i])).ToArray();
    }

    /// <summary>The trailing moving average over <paramref name="window"/> values (fewer at the start, where there are fewer).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window below 1.</exception>
    public static double[] Smooth(IReadOnlyList<double> values, int window)
    {
        Require.NotNull(values, nameof(values), "the values to smooth");
        Require.AtLeast(window, 1, nameof(window), "value per point", "so that each point averages something");
        return Enumerable.Range(0, values.Count).Select(i =>
        {
            var from = Math.Max(0, i - window + 1);
            return Enumerable.Range(from, i - from + 1).Average(j => values[j]);
        }).ToArray();
    }
}
