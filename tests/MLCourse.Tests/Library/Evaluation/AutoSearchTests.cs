using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class AutoSearchTests
{
    private static readonly MLContext Ml = new(seed: 1);

    // Scores are faked from the settings, so the strategy is tested without training: family "a" scores its x, "b" scores 10 + x.
    private static AutoSearchResult Search(int maxTrials = 40, int patience = 5, double budgetSeconds = 60) =>
        AutoSearch.Run(
            [SearchCandidate.Of("a", r => new { x = r.Next(0, 100) }, s => Ml.Transforms.CopyColumns($"a{s.x}", "v")),
             SearchCandidate.Of("b", r => new { x = r.Next(0, 100) }, s => Ml.Transforms.CopyColumns($"b{s.x}", "v"))],
            pipeline => CrossValidationSummary.Of([Score(pipeline), Score(pipeline)]), higherIsBetter: false, TimeSpan.FromSeconds(budgetSeconds), maxTrials, patience, seed: 1);

    private static double Score(IEstimator<ITransformer> pipeline)
    {
        var data = Ml.Data.LoadFromEnumerable(new[] { new { v = 1f } });
        var name = pipeline.Fit(data).Transform(data).Schema.Select(c => c.Name).Single(n => n != "v");
        return (name[0] == 'a' ? 0 : 10) + int.Parse(name[1..]);
    }

    [Fact]
    public void Tries_each_family_first_then_stops_early_and_repeats_with_the_same_seed()
    {
        var result = Search();

        Assert.Equal(["a", "b"], result.Trials.Take(2).Select(t => t.Candidate));
        Assert.Contains("5 trials in a row brought no improvement", result.StoppedBecause);
        Assert.All(result.Trials.Skip(result.Trials.ToList().FindLastIndex(t => t.Improved) + 1), t => Assert.False(t.Improved));
        Assert.Equal(result.Trials.Min(t => t.Score.Mean), result.Best.Score.Mean);
        Assert.Equal(result.Trials.Select(t => t.Score.Mean), Search().Trials.Select(t => t.Score.Mean));
    }

    [Fact]
    public void Stops_at_the_trial_limit_and_ranks_the_leaderboard_best_first()
    {
        var result = Search(maxTrials: 3, patience: 100);
        var board = result.ToLeaderboard("MAE");

        Assert.Equal(3, result.Trials.Count);
        Assert.Contains("maximum of 3 trials", result.StoppedBecause);
        Assert.Equal(result.Best.Number, (int)board["trial"][0]);
        Assert.True((double)board["MAE (mean)"][0] <= (double)board["MAE (mean)"][2]);
    }

    [Fact]
    public void Each_bad_input_is_explained()
    {
        CrossValidationSummary Score(IEstimator<ITransformer> _) => CrossValidationSummary.Of([1, 2]);
        var one = SearchCandidate.Of("a", r => new { x = r.Next() }, s => Ml.Transforms.CopyColumns("b", "v"));

        Assert.Equal("Expected at least 1 trial; found 0. Use 1 or more, or the search cannot run at all. (Parameter 'maxTrials')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(maxTrials: 0)).Message);
        Assert.Equal("Expected at least 1 trial of patience; found 0. Use 1 or more, or the search stops before it starts. (Parameter 'patience')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(patience: 0)).Message);
        Assert.Equal("Expected a positive time budget; found 00:00:00. Give a safety budget such as TimeSpan.FromMinutes(5); " +
                     "the trial limit is what should end the search. (Parameter 'budget')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Search(budgetSeconds: 0)).Message);
        Assert.Equal("Expected at least one SearchCandidate to search over; found none. Describe each model family with SearchCandidate.Of(name, sample, build). (Parameter 'candidates')",
            Assert.Throws<ArgumentException>(() => AutoSearch.Run([], Score, false, TimeSpan.FromSeconds(1))).Message);
        Assert.Equal("Expected a function that cross-validates a pipeline; found null. Check what you pass as score: a variable that was never given a value is null. (Parameter 'score')",
            Assert.Throws<ArgumentNullException>(() => AutoSearch.Run([one], null!, false, TimeSpan.FromSeconds(1))).Message);
    }

    [Fact]
    public void A_budget_that_runs_out_is_reported_as_such()
    {
        var result = AutoSearch.Run(
            [SearchCandidate.Of("slow", r => new { x = r.Next() }, s => Ml.Transforms.CopyColumns("b", "v"))],
            _ => { Thread.Sleep(30); return CrossValidationSummary.Of([1, 2]); }, higherIsBetter: false, TimeSpan.FromMilliseconds(1), maxTrials: 5, patience: 5);

        Assert.True(result.BudgetRanOut);
        Assert.Single(result.Trials);   // the budget is checked before each trial; the first one always runs
        Assert.Contains("time budget", result.StoppedBecause);
        Assert.False(Search().BudgetRanOut);
    }
}
