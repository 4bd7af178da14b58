using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class BanditTests
{
    [Fact]
    public void Arms_pay_with_their_probabilities_and_the_luck_repeats_with_the_seed()
    {
        double[] Pulls(int seed) { var b = new Bandit([0.2, 0.7], seed); return Enumerable.Range(0, 4000).Select(i => b.Pull(i % 2)).ToArray(); }

        var pulls = Pulls(5);
        Assert.Equal(pulls, Pulls(5));
        Assert.InRange(pulls.Where((_, i) => i % 2 == 0).Average(), 0.17, 0.23);
        Assert.InRange(pulls.Where((_, i) => i % 2 == 1).Average(), 0.67, 0.73);
        Assert.Equal(0.7, new Bandit([0.2, 0.7], 1).BestMean);
    }

    [Fact]
    public void Bad_arms_are_explained()
    {
        Assert.StartsWith("Expected a payoff probability for each arm; found none. A bandit needs at least one arm", Assert.Throws<ArgumentException>(() => new Bandit([], 1)).Message);
        Assert.StartsWith("Expected payoff probabilities between 0 and 1; found 1.2 for arm 1.", Assert.Throws<ArgumentException>(() => new Bandit([0.5, 1.2], 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 1 (in the order of the probabilities); found 2.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new Bandit([0.5, 0.2], 1).Pull(2)).Message);
    }
}
