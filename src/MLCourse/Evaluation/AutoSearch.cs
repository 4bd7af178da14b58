using System.Diagnostics;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Charts;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Evaluation;

/// <summary>
/// A family of pipelines an <see cref="AutoSearch"/> may try: a name (usually the trainer's), how to draw random settings,
/// and how to build the pipeline for a setting. Settings are any record or anonymous object, as in <see cref="HyperparameterSearch"/>.
/// </summary>
public sealed class SearchCandidate
{
    private readonly Func<Random, (object Settings, IEstimator<ITransformer> Pipeline)> draw;

    private SearchCandidate(string name, Func<Random, (object, IEstimator<ITransformer>)> draw) => (Name, this.draw) = (name, draw);

    /// <summary>The family's name, shown in the leaderboard.</summary>
    public string Name { get; }

    /// <summary>A candidate whose settings <paramref name="sample"/> draws and <paramref name="build"/> turns into a pipeline.</summary>
    public static SearchCandidate Of<T>(string name, Func<Random, T> sample, Func<T, IEstimator<ITransformer>> build) where T : notnull =>
        new(name, random =>
        {
            var settings = sample(random);
            return (settings, build(settings));
        });

    internal (object Settings, IEstimator<ITransformer> Pipeline) Draw(Random random) => draw(random);
}

/// <summary>
/// One trial of an automated search: which family, which settings, the cross-validated score, how long it took, whether it
/// beat every trial before it, and its pipeline (not fitted; fit it on all the training data to use it).
/// </summary>
public sealed record AutoTrial(int Number, string Candidate, object Settings, CrossValidationSummary Score, double Seconds, bool Improved, IEstimator<ITransformer> Pipeline);

/// <summary>
/// A transparent automated search, the idea behind AutoML in a page of code. It tries every candidate family once, then
/// spends each further trial on the family that is best so far (70%) or on a random one (30%, so that a family unlucky in
/// its first draw gets another chance), with freshly drawn settings, scoring each pipeline with the caller's
/// cross-validation. It stops at the first of: the maximum number of trials, <c>patience</c> trials in a row without
/// improvement (early stopping), or the time budget (checked before each trial after the first; a started trial finishes).
/// The same seed draws the same trials, so the trial limit and early stopping give the same result on every machine;
/// only a budget that runs out can change it. Use the budget as a safety net and say so when it is hit
/// (<see cref="AutoSearchResult.BudgetRanOut"/>).
/// </summary>
public static class AutoSearch
{
    /// <summary>Runs the search; see the class summary for the strategy.</summary>
    /// <exception cref="ArgumentException">No candidates, no scoring function, or limits that allow no trial.</exception>
    public static AutoSearchResult Run(IReadOnlyList<SearchCandidate> candidates, Func<IEstimator<ITransformer>, CrossValidationSummary> score,
        bool higherIsBetter, TimeSpan budget, int maxTrials = 40, int patience = 10, int seed = 1)
    {
        Require.NotEmpty(candidates, nameof(candidates), "at least one SearchCandidate to search over",
            "Describe each model family with SearchCandidate.Of(name, sample, build).");
        Require.That(candidates.All(c => c is not null), nameof(candidates), "a SearchCandidate in every place", () => "null", "Remove the null from the list.");
        Require.NotNull(score, nameof(score), "a function that cross-validates a pipeline");
        Require.AtLeast(maxTrials, 1, nameof(maxTrials), "trial", "or the search cannot run at all");
        Require.AtLeast(patience, 1, nameof(patience), "trial of patience", "or the search stops before it starts");
        Require.That(budget > TimeSpan.Zero, nameof(budget), "a positive time budget", () => budget.ToString(),
            "Give a safety budget such as TimeSpan.FromMinutes(5); the trial limit is what should end the search.");

        var random = new Random(seed);
        var trials = new List<AutoTrial>();
        (AutoTrial Trial, SearchCandidate Candidate)? best = null;
        var clock = Stopwatch.StartNew();
        var sinceImprovement = 0;
        string stoppedBecause;
        var budgetRanOut = false;
        while (true)
        {
            if (trials.Count == maxTrials) { stoppedBecause = $"it reached the maximum of {maxTrials} trials"; break; }
            if (sinceImprovement == patience) { stoppedBecause = $"{patience} trials in a row brought no improvement (early stopping)"; break; }
            if (trials.Count > 0 && clock.Elapsed >= budget) { stoppedBecause = $"the time budget of {budget.TotalSeconds:0} s ran out"; budgetRanOut = true; break; }

            var candidate = trials.Count < candidates.Count ? candidates[trials.Count]
                : random.NextDouble() < 0.3 ? candidates[random.Next(candidates.Count)]
                : best!.Value.Candidate;
            var (settings, pipeline) = candidate.Draw(random);
            var started = clock.Elapsed;
            var result = score(pipeline);
            var improved = best is null || (higherIsBetter ? result.Mean > best.Value.Trial.Score.Mean : result.Mean < best.Value.Trial.Score.Mean);
            var trial = new AutoTrial(trials.Count + 1, candidate.Name, settings, result, (clock.Elapsed - started).TotalSeconds, improved, pipeline);
            trials.Add(trial);
            if (improved) best = (trial, candidate);
            sinceImprovement = improved ? 0 : sinceImprovement + 1;
        }
        return new AutoSearchResult(trials, best!.Value.Trial, stoppedBecause, clock.Elapsed.TotalSeconds, higherIsBetter, budgetRanOut);
    }
}

/// <summary>
/// What an <see cref="AutoSearch"/> tried and found. <see cref="BudgetRanOut"/> says that the time budget, not the trial
/// limit or early stopping, ended the search: then how many trials ran depends on the machine's speed, and the result
/// may differ from run to run.
/// </summary>
public sealed record AutoSearchResult(IReadOnlyList<AutoTrial> Trials, AutoTrial Best, string StoppedBecause, double Seconds, bool HigherIsBetter, bool BudgetRanOut)
{
    /// <summary>The trials ranked best first: rank, trial number, family, settings, score mean and spread, seconds.</summary>
    public DataFrame ToLeaderboard(string metric)
    {
        var ranked = (HigherIsBetter ? Trials.OrderByDescending(t => t.Score.Mean) : Trials.OrderBy(t => t.Score.Mean)).ThenBy(t => t.Number).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("rank", Enumerable.Range(1, ranked.Count)),
            new Int32DataFrameColumn("trial", ranked.Select(t => t.Number)),
            new StringDataFrameColumn("trainer", ranked.Select(t => t.Candidate)),
            new StringDataFrameColumn("settings", ranked.Select(t => t.Settings.ToString())),
            new DoubleDataFrameColumn($"{metric} (mean)", ranked.Select(t => Math.Round(t.Score.Mean, 4))),
            new DoubleDataFrameColumn($"{metric} (std)", ranked.Select(t => Math.Round(t.Score.StandardDeviation, 4))),
            new DoubleDataFrameColumn("seconds", ranked.Select(t => Math.Round(t.Seconds, 1))));
    }

    /// <summary>Each trial's score (one colour per family) and the best score so far, trial by trial.</summary>
    public GenericChart PlotProgress(string title, string metric)
    {
        var families = Trials.Select(t => t.Candidate).Distinct().ToList();
        var points = families.Select((family, i) =>
        {
            var mine = Trials.Where(t => t.Candidate == family).ToList();
            return Chart.Point<int, double, string>(x: mine.Select(t => t.Number), y: mine.Select(t => t.Score.Mean), Name: family,
                MarkerColor: Color.fromString(Plots.Palette[i % Plots.Palette.Count]));
        });
        var bestSoFar = new List<double>();
        foreach (var trial in Trials)
            bestSoFar.Add(trial.Improved ? trial.Score.Mean : bestSoFar[^1]);
        var line = Chart.Line<int, double, string>(x: Trials.Select(t => t.Number), y: bestSoFar, Name: "best so far",
            LineColor: Color.fromString("#000000"));
        return Plots.Finish(Chart.Combine(points.Append(line)), title, "trial", metric);
    }
}
