using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class SarsaTests
{
    [Fact]
    public void Update_uses_the_next_action_actually_taken()
    {
        var q = new QTable(2, 2);
        q[1, 0] = -2;
        q[1, 1] = -1;

        Sarsa.Update(q, state: 0, action: 0, reward: -1, next: 1, nextAction: 0, terminated: false, alpha: 0.5, gamma: 1);
        Assert.Equal(0.5 * (-1 + -2), q[0, 0], 12);                        // Q(s′, a′) = −2, although the best is −1
    }

    [Fact]
    public void On_the_cliff_it_earns_more_while_learning_than_q_learning_and_keeps_away_from_the_edge()
    {
        var cliff = GridWorld.Cliff();
        var sarsa = Sarsa.Train(cliff, 500, 0.5, 1, 0.1, seed: 1);
        var q = QLearning.Train(cliff, 500, 0.5, 1, 0.1, seed: 1);
        var path = Episode.Play(cliff, sarsa.Q.Greedy, seed: 1);

        Assert.True(sarsa.Returns.Skip(400).Average() > q.Returns.Skip(400).Average() + 10);
        Assert.True(path.Terminated);
        Assert.True(path.Return < -13);
        Assert.DoesNotContain(cliff.StateOf(2, 5), path.States);
    }

    [Fact]
    public void Seeded_runs_repeat_exactly_and_bad_settings_are_refused()
    {
        var cliff = GridWorld.Cliff();

        Assert.Equal(Sarsa.Train(cliff, 30, 0.5, 1, 0.1, 2).Returns, Sarsa.Train(cliff, 30, 0.5, 1, 0.1, 2).Returns);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Train(cliff, 30, 0.5, 1, epsilon: 2, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Train(cliff, 30, alpha: 0, 1, 0.1, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Update(new QTable(2, 2), 0, 0, 0, 1, nextAction: 2, false, 0.5, 1));
    }
}
