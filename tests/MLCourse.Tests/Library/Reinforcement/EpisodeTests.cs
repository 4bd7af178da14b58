using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class EpisodeTests
{
    [Fact]
    public void Playing_the_optimal_cliff_policy_takes_13_steps()
    {
        var cliff = GridWorld.Cliff();
        var optimum = ValueIteration.Solve(cliff, 1);

        var episode = Episode.Play(cliff, s => optimum.Policy[s], seed: 1);

        Assert.Equal(-13, episode.Return);
        Assert.Equal(13, episode.Actions.Count);
        Assert.Equal([36, 24, 25], episode.States.Take(3));
        Assert.True(episode.Terminated);
        Assert.Equal(-13, Episode.AverageReturn(cliff, s => optimum.Policy[s], episodes: 5, seed: 1));
    }

    [Fact]
    public void A_policy_that_never_arrives_is_cut_off_at_the_step_limit()
    {
        var cliff = GridWorld.Cliff(maxSteps: 20);

        var stuck = Episode.Play(cliff, _ => GridWorld.Left, seed: 1);

        Assert.False(stuck.Terminated);
        Assert.Equal(-20, stuck.Return);
    }
}
