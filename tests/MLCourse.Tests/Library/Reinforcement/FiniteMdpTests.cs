using MLCourse.Reinforcement;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class FiniteMdpTests
{
    [Fact]
    public void Step_follows_the_rules_and_ends_the_episode_as_gymnasium_does()
    {
        var mdp = SmallMdp.Create();
        var (start, info) = mdp.Reset(seed: 1);

        Assert.Equal(SmallMdp.A, start);
        Assert.Equal(1.0, info["prob"]);
        var (next, reward, terminated, truncated, _) = mdp.Step(SmallMdp.Go);
        Assert.Equal((SmallMdp.B, 0.0, false, false), (next, reward, terminated, truncated));
        var last = mdp.Step(SmallMdp.Go);
        Assert.Equal((SmallMdp.T, 10.0, true, false), (last.Observation, last.Reward, last.Terminated, last.Truncated));
    }

    [Fact]
    public void An_episode_is_truncated_at_the_step_limit()
    {
        var mdp = new FiniteMdp([[[new(1, 0, -1, false)]]], start: 0, maxSteps: 3);
        mdp.Reset();

        Assert.False(mdp.Step(0).Truncated);
        Assert.False(mdp.Step(0).Truncated);
        var last = mdp.Step(0);
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        Assert.Equal("Expected a running episode; found none (it has not started, or it terminated or was truncated). Call Reset() to start one.",
            Assert.Throws<InvalidOperationException>(() => mdp.Step(0)).Message);
    }

    [Fact]
    public void Random_outcomes_follow_their_probabilities_and_repeat_with_the_seed()
    {
        var mdp = SmallMdp.Create(goSucceeds: 0.8);
        int[] Outcomes(int seed)
        {
            mdp.Reset(seed);
            return Enumerable.Range(0, 2000).Select(_ => { var o = mdp.Step(SmallMdp.Go).Observation; mdp.Reset(); return o; }).ToArray();
        }

        var first = Outcomes(7);
        Assert.Equal(first, Outcomes(7));
        Assert.NotEqual(first, Outcomes(8));
        Assert.InRange(first.Count(o => o == SmallMdp.B) / 2000.0, 0.77, 0.83);
    }

    [Fact]
    public void Bad_rules_states_and_actions_are_explained()
    {
        Assert.StartsWith("Expected the probabilities of state 0, action 0 to add up to 1; found 0.9. List every outcome of an action",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(0.9, 0, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected the same actions in every state (1, as in state 0); found 2 in state 1.",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(1, 0, 0, false)]], [[new(1, 0, 0, false)], [new(1, 0, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected next states numbered 0 to 0, as the rules' first index; found 5 as a next state of state 0, action 0.",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(1, 5, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected a start state where something happens; found state 1, which has no outcomes for any action. An episode cannot start where it has ended",
            Assert.Throws<ArgumentOutOfRangeException>(() => new FiniteMdp([[[new(1, 1, 0, true)]], [[]]], 1)).Message);

        var mdp = SmallMdp.Create();
        Assert.Contains("Reset", Assert.Throws<InvalidOperationException>(() => mdp.Step(0)).Message);
        mdp.Reset();
        var action = Assert.Throws<ArgumentOutOfRangeException>(() => mdp.Step(2));
        Assert.Equal("Expected an action of this environment: a number from 0 to 1 (0 stay, 1 go); found 2. There are 2, numbered from 0. (Parameter 'action')", action.Message);
        Assert.StartsWith("Expected a state of this environment: a number from 0 to 2 (the rules' first index); found 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => mdp.Transitions(3, 0)).Message);
    }
}
