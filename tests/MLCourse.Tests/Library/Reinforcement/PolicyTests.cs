using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class PolicyTests
{
    [Fact]
    public void Uniform_gives_every_action_the_same_chance()
    {
        var policy = Policy.Uniform(states: 3, actions: 4);

        Assert.Equal(0.25, policy[2, 3]);
        Assert.Equal((3, 4), (policy.StateCount, policy.ActionCount));
    }

    [Fact]
    public void Greedy_with_epsilon_gives_the_best_action_one_minus_epsilon_plus_its_share_of_the_random_moves()
    {
        var policy = Policy.Greedy([1, -1], actionCount: 4, epsilon: 0.1);

        Assert.Equal(1 - 0.1 + 0.1 / 4, policy[0, 1], 12);      // 0.925
        Assert.Equal(0.025, policy[0, 0], 12);
        Assert.Equal(0.25, policy[1, 2]);                       // −1: a state where nothing happens, never acted in
        Assert.Equal(1, Policy.Greedy([2], 3)[0, 2]);
        Assert.Equal(0, Policy.Greedy([2], 3)[0, 0]);
    }

    [Fact]
    public void Sample_draws_with_the_policys_probabilities()
    {
        var policy = Policy.Greedy([0], actionCount: 2, epsilon: 0.5);   // action 0 with 0.75, action 1 with 0.25
        var random = new Random(1);
        var zeros = Enumerable.Range(0, 10_000).Count(_ => policy.Sample(0, random) == 0);

        Assert.InRange(zeros, 7300, 7700);                                 // 7,500 ± 4.6 standard deviations of 43
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(2, Policy.Greedy([2], 3).Sample(0, random)));
    }

    [Fact]
    public void Bad_arguments_are_explained()
    {
        Assert.StartsWith("Expected actions numbered 0 to 3, or −1 where nothing more happens; found 4 in state 1.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Greedy([0, 4], 4)).Message);
        Assert.StartsWith("Expected the share of moves made at random (ε) between 0 and 1; found 1.5.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Greedy([0], 4, 1.5)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Uniform(0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Uniform(2, 4)[2, 0]);
    }
}
