using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class QLearningTests
{
    [Fact]
    public void Update_moves_the_estimate_towards_reward_plus_discounted_best_next_value()
    {
        var q = new QTable(2, 2);
        q[1, 0] = -2;
        q[1, 1] = -1;

        QLearning.Update(q, state: 0, action: 0, reward: -1, next: 1, terminated: false, alpha: 0.5, gamma: 0.9);
        Assert.Equal(0.5 * (-1 + 0.9 * -1), q[0, 0], 12);                 // target uses the best next value, −1, not 0
        QLearning.Update(q, state: 0, action: 1, reward: 10, next: 1, terminated: true, alpha: 0.5, gamma: 0.9);
        Assert.Equal(5, q[0, 1], 12);                                      // an ending step has nothing after it
    }

    [Fact]
    public void It_learns_the_optimal_path_of_a_small_deterministic_grid()
    {
        var grid = GridWorld.FromMap(["....", ".#..", "S#.G"]);
        var optimum = ValueIteration.Solve(grid, gamma: 1);

        var run = QLearning.Train(grid, episodes: 300, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: 1);
        var path = Episode.Play(grid, run.Q.Greedy, seed: 1);

        Assert.True(path.Terminated);
        Assert.Equal(optimum.Values[grid.Start], path.Return);             // round the wall: up, up, right, right, then two downs and a right in some order
        Assert.Equal(-7, path.Return);
        Assert.All(path.States.Zip(path.Actions), p => Assert.Contains(p.Second, optimum.OptimalActions(p.First)));
    }

    [Fact]
    public void On_the_cliff_its_greedy_policy_walks_the_edge()
    {
        var cliff = GridWorld.Cliff();
        var run = QLearning.Train(cliff, episodes: 500, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: 1);

        Assert.Equal(-13, Episode.Play(cliff, run.Q.Greedy, seed: 1).Return);
        Assert.True(run.Returns.Skip(400).Average() < -30, "while exploring on the edge it falls off now and then");
    }

    [Fact]
    public void Seeded_runs_repeat_exactly()
    {
        var cliff = GridWorld.Cliff(slip: 0.1);

        var first = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 3);
        var again = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 3);
        var other = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 4);

        Assert.Equal(first.Returns, again.Returns);
        Assert.Equal(first.Q.StateValues(), again.Q.StateValues());
        Assert.NotEqual(first.Returns, other.Returns);
    }

    [Fact]
    public void Bad_settings_are_refused_with_what_to_do()
    {
        var cliff = GridWorld.Cliff();

        Assert.Equal("Expected the share of moves made at random (ε) between 0 and 1; found 1.5. Try 0.1. (Parameter 'epsilon')",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, 1, epsilon: 1.5, seed: 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, 1, epsilon: -0.1, seed: 1));
        Assert.Equal("Expected a step size α (how far each update moves an estimate towards its target) more than 0 and at most 1; found 0. " +
                     "At 0 nothing would be learned. Try 0.5 or 0.1. (Parameter 'alpha')",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, alpha: 0, 1, 0.1, seed: 1)).Message);
        Assert.Contains("found -0.5. At 0 nothing would be learned", Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, alpha: -0.5, 1, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected a discount γ (how much a reward one step later is worth) between 0 and 1; found 1.01.",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, gamma: 1.01, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected at least 1 episode; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, episodes: 0, 0.5, 1, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected a state of this table: a number from 0 to 47 (as the environment numbers them); found 48.",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Update(new QTable(48, 4), 0, 0, -1, next: 48, false, 0.5, 1)).Message);
    }
}
