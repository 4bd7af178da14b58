using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MLCourse.Forecasting;

/// <summary>
/// Gradient-boosted trees (ML.NET's FastTree) that forecast a day <see cref="Horizon"/> days ahead from
/// <see cref="LagFeatures"/>: a <em>direct</em> model, one per horizon. A horizon-1 model can also forecast further
/// <em>recursively</em>, feeding each forecast back in as if it had been observed (<see cref="PredictRecursive"/>).
/// One thread and a fixed seed, so the same data always gives the same model.
/// </summary>
public sealed class TreeForecaster
{
    private readonly ITransformer model;

    private TreeForecaster(ITransformer model, LagFeatures features, int horizon, DateTime start, bool relative) =>
        (this.model, Features, Horizon, Start, Relative) = (model, features, horizon, start, relative);

    /// <summary>
    /// Whether the trees learn each day as a ratio to its level, the mean of the last 28 known days, rather than as a count.
    /// Trees cannot extrapolate: a count above any they were trained on is out of their reach, while a ratio stays in range
    /// when the whole series rises.
    /// </summary>
    public bool Relative { get; }

    /// <summary>The features the model reads.</summary>
    public LagFeatures Features { get; }

    /// <summary>How many days ahead it forecasts.</summary>
    public int Horizon { get; }

    /// <summary>The date of day 0 of the series it was trained on.</summary>
    public DateTime Start { get; }

    /// <summary>
    /// Trains on the days <paramref name="targets"/> of <paramref name="series"/> (each with its features at
    /// <paramref name="horizon"/>). <paramref name="trees"/> trees of up to 31 leaves, learning rate 0.1.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 100 training days, or a lag shorter than the horizon.</exception>
    public static TreeForecaster Fit(DailySeries series, IEnumerable<int> targets, int horizon, LagFeatures features, int trees = 100, int seed = 1, bool relative = false)
    {
        var days = targets.ToList();
        Require.That(days.Count >= 100, nameof(targets), "at least 100 days to train on", $"{days.Count}", "Train on more days.");
        var rows = days.Select(t => features.Row(series.Values, series.Start, t, horizon)).ToList();
        var table = features.Table(rows, days.Select(t => series.Values[t] / (relative ? Level(series.Values, t, horizon) : 1)).ToList());
        var ml = new MLContext(seed);
        var pipeline = ml.Transforms.Concatenate("Features", [.. features.Names])
            .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = trees, NumberOfLeaves = 31, MinimumExampleCountPerLeaf = 20, LearningRate = 0.1, NumberOfThreads = 1,
            }));
        return new TreeForecaster(pipeline.Fit(table), features, horizon, series.Start, relative);
    }

    /// <summary>The forecasts of days <paramref name="targets"/>, from <paramref name="values"/> (read up to each target − horizon).</summary>
    public double[] Predict(IReadOnlyList<double> values, IReadOnlyList<int> targets)
    {
        var scores = Score(targets.Select(t => Features.Row(values, Start, t, Horizon)).ToList());
        return Relative ? [.. scores.Select((s, i) => s * Level(values, targets[i], Horizon))] : scores;
    }

    /// <summary>
    /// Recursive forecasts from each origin: day <c>origin</c> is the first forecast, made with the days before it; each
    /// forecast is then written into a copy of the values and read as if observed, for <paramref name="steps"/> days.
    /// Element [i][s] is the forecast from origins[i] of day origins[i] + s (s + 1 days ahead). Needs a horizon-1 model.
    /// </summary>
    public double[][] PredictRecursive(IReadOnlyList<double> values, IReadOnlyList<int> origins, int steps)
    {
        Require.That(Horizon == 1, nameof(Horizon), "a horizon-1 model", $"a horizon-{Horizon} model", "Forecast recursively with a model of tomorrow.");
        Require.AtLeast(steps, 1, nameof(steps), "step", "Forecast at least one day.");
        var copies = origins.Select(o => values.Take(o).Concat(new double[steps]).ToArray()).ToList();
        var forecasts = origins.Select(_ => new double[steps]).ToArray();
        for (var s = 0; s < steps; s++)
        {
            var step = s;
            var scored = Score(origins.Select((o, i) => Features.Row(copies[i], Start, o + step, 1)).ToList());
            for (var i = 0; i < origins.Count; i++)
                copies[i][origins[i] + s] = forecasts[i][s] = scored[i] * (Relative ? Level(copies[i], origins[i] + s, 1) : 1);
        }
        return forecasts;
    }

    /// <summary>The level of day t seen from horizon h: the mean of the 28 days up to t − h.</summary>
    internal static double Level(IReadOnlyList<double> values, int target, int horizon)
    {
        double sum = 0;
        for (var i = target - horizon - 27; i <= target - horizon; i++) sum += values[i];
        return sum / 28;
    }

    private double[] Score(IReadOnlyList<float[]> rows)
    {
        var scored = model.Transform(Features.Table(rows));
        return [.. scored.GetColumn<float>("Score").Select(v => (double)v)];
    }
}
