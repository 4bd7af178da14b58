using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class HyperparameterSearchTests
{
    // A made-up score: best at depth 3, whatever the rate; the spread is fixed.
    private static CrossValidationSummary Score(int depth, double rate) => CrossValidationSummary.Of([10 - Math.Abs(depth - 3) - rate, 10 - Math.Abs(depth - 3) + rate]);

    private static readonly IReadOnlyList<(int depth, double rate)> Grid =
        (from depth in new[] { 1, 2, 3, 4 } from rate in new[] { 0.1, 0.2 } select (depth, rate)).ToList();

    [Fact]
    public void Grid_search_tries_every_setting_and_ranks_the_best_first()
    {
        var trials = HyperparameterSearch.Grid(Grid.Select(g => new { g.depth, g.rate }), s => Score(s.depth, s.rate), higherIsBetter: true);

        Assert.Equal(8, trials.Count);
        Assert.Equal(3, trials[0].Settings.depth);
        Assert.Equal(10.0, trials[0].Score.Mean, 12);
        Assert.True(trials.Zip(trials.Skip(1)).All(p => p.First.Score.Mean >= p.Second.Score.Mean));
    }

    [Fact]
    public void Random_search_draws_the_same_settings_for_the_same_seed()
    {
        var first = HyperparameterSearch.Random(Grid, trials: 3, seed: 5, s => Score(s.depth, s.rate), higherIsBetter: false);
        var again = HyperparameterSearch.Random(Grid, trials: 3, seed: 5, s => Score(s.depth, s.rate), higherIsBetter: false);

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(t => t.Settings), again.Select(t => t.Settings));
        Assert.True(first[0].Score.Mean <= first[2].Score.Mean);   // lower is better here
    }

    [Fact]
    public void The_leaderboard_has_rank_settings_and_score_columns()
    {
        var board = HyperparameterSearch.Grid(Grid.Select(g => new { g.depth, g.rate }), s => Score(s.depth, s.rate), true).ToLeaderboard("score");

        Assert.Equal(["rank", "depth", "rate", "score (mean)", "score (std)"], board.Columns.Select(c => c.Name));
        Assert.Equal(1, board["rank"][0]);
    }

    [Fact]
    public void Too_many_random_trials_are_explained()
    {
        Assert.StartsWith("Expected a number of trials between 1 and 8; found 9. Draw at most the 8 settings there are; to try them all, use Grid.",
            Assert.Throws<ArgumentOutOfRangeException>(() => HyperparameterSearch.Random(Grid, 9, 1, s => Score(s.depth, s.rate), true)).Message);
    }
}
