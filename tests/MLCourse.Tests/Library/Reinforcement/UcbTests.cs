using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class UcbTests
{
    [Fact]
    public void It_tries_every_arm_once_then_picks_the_highest_upper_bound()
    {
        var ucb = new Ucb(arms: 3, c: 1);
        Assert.Equal(0, ucb.Choose());
        ucb.Update(0, 1);
        Assert.Equal(1, ucb.Choose());
        ucb.Update(1, 0);
        Assert.Equal(2, ucb.Choose());
        ucb.Update(2, 0);
        ucb.Update(0, 1);   // arm 0: 2 pulls, mean 1; arms 1 and 2: 1 pull, mean 0; t = 4

        // By hand: arm 0: 1 + √(ln 4 / 2) = 1.833; arms 1 and 2: 0 + √(ln 4 / 1) = 1.177. Arm 0 wins.
        Assert.Equal(0, ucb.Choose());
        for (var i = 0; i < 6; i++) ucb.Update(0, 0);   // arm 0: 8 pulls, mean 0.25; t = 10
        // arm 0: 0.25 + √(ln 10 / 8) = 0.786; arm 1: √(ln 10) = 1.517 (the lowest-numbered of the tied arms 1 and 2)
        Assert.Equal(1, ucb.Choose());
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        Assert.Equal("Expected a weight of the exploration bonus of 0 or more; found -1. Try 1, or √2 for the textbook UCB1. (Parameter 'c')",
            Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(3, -1)).Message);
        Assert.StartsWith("Expected at least 1 arm; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(0, 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 2", Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(3, 1).Update(-1, 0)).Message);
    }
}
