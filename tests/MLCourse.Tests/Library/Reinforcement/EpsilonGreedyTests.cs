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

    [Fact]
    public void Optimistic_initial_values_with_a_constant_step_decay_towards_the_rewards()
    {
        // Q₁ = 1, α = 0.1: a reward of 0 takes the estimate to 0.9, then 0.81 (each step keeps 90% of it), a reward of 1 keeps it at 1.
        var agent = new EpsilonGreedy(arms: 2, epsilon: 0, seed: 1, initialEstimate: 1, stepSize: 0.1);
        agent.Update(0, 0);
        agent.Update(0, 0);
        agent.Update(1, 1);

        Assert.Equal(0.81, agent.Estimates[0], 12);
        Assert.Equal(1, agent.Estimates[1]);
        Assert.Equal(1, agent.Choose());
        // Without a step size the first reward replaces the initial value: the optimism lasts one pull.
        var averaging = new EpsilonGreedy(arms: 2, epsilon: 0, seed: 1, initialEstimate: 1);
        averaging.Update(0, 0);
        Assert.Equal([0.0, 1.0], averaging.Estimates);
        Assert.Equal("greedy (ε = 0, Q₁ = 1, α = 0.1)", agent.Name);
        Assert.Equal("greedy (ε = 0)", new EpsilonGreedy(2, 0, 1).Name);
        Assert.StartsWith("Expected a step size α more than 0 and at most 1, or none for the average; found 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedy(2, 0, 1, stepSize: 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedy(2, 0, 1, initialEstimate: double.NaN));
    }
}
