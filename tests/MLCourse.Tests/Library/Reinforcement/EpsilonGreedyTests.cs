using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class EpsilonGreedyTests
{
    [Fact]
    public void With_epsilon_zero_it_always_exploits_and_breaks_ties_at_random_among_the_best()
    {
        var random = new Random(1);
        var choices = Enumerable.Range(0, 1000).Select(_ => EpsilonGreedy.Choose([0.1, 0.5, 0.5, 0.2], 0, random)).ToList();

        Assert.All(choices, c => Assert.Contains(c, new[] { 1, 2 }));
        Assert.InRange(choices.Count(c => c == 1), 400, 600);
    }

    [Fact]
    public void With_epsilon_one_every_action_is_equally_likely()
    {
        var random = new Random(1);
        var counts = Enumerable.Range(0, 4000).Select(_ => EpsilonGreedy.Choose([0.1, 0.9, 0.2, 0.3], 1, random)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enumerable.Range(0, 4), a => Assert.InRange(counts[a], 900, 1100));
    }

    [Fact]
    public void As_an_agent_it_averages_each_arms_rewards()
    {
        var agent = new EpsilonGreedy(arms: 2, epsilon: 0, seed: 1);
        agent.Update(0, 1);
        agent.Update(0, 0);
        agent.Update(1, 1);

        Assert.Equal([0.5, 1.0], agent.Estimates);
        Assert.Equal(1, agent.Choose());
        Assert.Equal("ε-greedy (ε = 0.1)", new EpsilonGreedy(2, 0.1, 1).Name);
        Assert.StartsWith("Expected the share of moves made at random (ε) between 0 and 1; found -0.2.", Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedy(2, -0.2, 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 1 (as the bandit numbers them); found 2.", Assert.Throws<ArgumentOutOfRangeException>(() => agent.Update(2, 1)).Message);
    }
}
