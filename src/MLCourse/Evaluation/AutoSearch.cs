using System.Diagnostics;
using Microsoft.ML;

namespace MLCourse.Evaluation;

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
    /// <exception cref="ArgumentNullException">No list of candidates, or no scoring function.</exception>
    /// <exception cref="ArgumentException">No candidates, or a null among them.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Limits that allow no trial, or a budget that is not positive.</exception>
    public static AutoSearchResult Run(IReadOnlyList<SearchCandidate> candidates, Func<IEstimator<ITransformer>, CrossValidationSummary> score,
        bool higherIsBetter, TimeSpan budget, int maxTrials = 40, int patience = 10, int seed = 1)
    {
        Require.NotEmpty(candidates, nameof(candidates), "at least one SearchCandidate to search over",
            "Describe each model family with SearchCandidate.Of(name, sample, build).");
        Require.That(candidates.All(c => c is not null), nameof(candidates), "a SearchCandidate in every place", "null", "Remove the null from the list.");
        Require.NotNull(score, nameof(score), "a function that cross-validates a pipeline");
        Require.AtLeast(maxTrials, 1, nameof(maxTrials), "trial", "or the search cannot run at all");
        Require.AtLeast(patience, 1, nameof(patience), "trial of patience", "or the search stops before it starts");
        Require.Number(budget > TimeSpan.Zero, nameof(budget), "a positive time budget", $"{budget}",
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
