using MLCourse.Reinforcement;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class ValueIterationTests
{
    [Fact]
    public void Values_match_the_hand_computed_optimum_of_a_three_state_example()
    {
        // By hand, γ = 0.9. In B: staying for ever is worth 2 / (1 − 0.9) = 20, more than leaving with 10, so V(B) = 20.
        // In A: staying for ever is worth 1 / 0.1 = 10; going is worth 0 + 0.9 · 20 = 18, so V(A) = 18.
        var optimum = ValueIteration.Solve(SmallMdp.Create(), gamma: 0.9);

        Assert.Equal(18, optimum.Values[SmallMdp.A], 8);
        Assert.Equal(20, optimum.Values[SmallMdp.B], 8);
        Assert.Equal(0, optimum.Values[SmallMdp.T]);
        Assert.Equal([SmallMdp.Go, SmallMdp.Stay, -1], optimum.Policy);
        Assert.Equal(10, optimum.ActionValue(SmallMdp.B, SmallMdp.Go), 8);
        Assert.Equal(1 + 0.9 * 18, optimum.ActionValue(SmallMdp.A, SmallMdp.Stay), 8);                     // Q*(A, stay) = 17.2
    }

    [Fact]
    public void A_move_that_can_fail_is_worth_its_expectation()
    {
        // "go" now reaches B with probability 0.8 and otherwise stays in A (reward 0). Going is worth
        // V = 0.8 · 0.9 · 20 + 0.2 · 0.9 · V, so V = 14.4 / 0.82 = 17.5609…, still more than staying (10).
        var optimum = ValueIteration.Solve(SmallMdp.Create(goSucceeds: 0.8), gamma: 0.9);

        Assert.Equal(14.4 / 0.82, optimum.Values[SmallMdp.A], 8);
        Assert.Equal(SmallMdp.Go, optimum.Policy[SmallMdp.A]);
    }

    [Fact]
    public void With_no_discount_a_short_sighted_gamma_of_zero_takes_the_biggest_reward_now()
    {
        var optimum = ValueIteration.Solve(SmallMdp.Create(), gamma: 0);

        Assert.Equal(1, optimum.Values[SmallMdp.A]);       // stay (1) beats go (0) when only this step counts
        Assert.Equal(10, optimum.Values[SmallMdp.B]);      // go (10) beats stay (2)
        Assert.Equal([SmallMdp.Stay, SmallMdp.Go, -1], optimum.Policy);
    }

    [Fact]
    public void On_the_cliff_every_value_is_minus_the_number_of_steps_to_the_goal()
    {
        var cliff = GridWorld.Cliff();
        var optimum = ValueIteration.Solve(cliff, gamma: 1);

        Assert.Equal(-13, optimum.Values[cliff.Start]);                 // up, 11 × right, down
        Assert.Equal(-14, optimum.Values[cliff.StateOf(0, 0)]);         // 2 down, 11 right, 1 down
        Assert.Equal(-1, optimum.Values[cliff.StateOf(2, 11)]);
        Assert.Equal(-12, optimum.Values[cliff.StateOf(2, 0)]);
        Assert.Equal([GridWorld.Up], optimum.OptimalActions(cliff.Start));
        Assert.Equal([GridWorld.Right, GridWorld.Down], optimum.OptimalActions(cliff.StateOf(0, 0)));   // two shortest ways
        Assert.Empty(optimum.OptimalActions(cliff.Goal));
    }

    [Fact]
    public void A_slippery_cliff_keeps_the_optimal_path_off_the_edge()
    {
        var optimum = ValueIteration.Solve(GridWorld.Cliff(slip: 0.1), gamma: 1);
        var path = Episode.Play(GridWorld.Cliff(), s => optimum.Policy[s], seed: 1);   // the policy walked where nothing slips

        Assert.DoesNotContain(GridWorld.Cliff().StateOf(2, 5), path.States);
        Assert.Contains(GridWorld.Cliff().StateOf(1, 5), path.States);
        // Values from an independent numpy implementation of value iteration on the same slippery cliff.
        Assert.Equal(-23.285091, optimum.Values[36], 6);
        Assert.Equal(-9.729675, optimum.Values[1 * 12 + 5], 6);
        Assert.Equal(-1.299853, optimum.Values[2 * 12 + 11], 6);
    }

    [Fact]
    public void Values_that_never_settle_are_explained_and_gamma_outside_0_1_is_refused()
    {
        var loop = new FiniteMdp([[[new(1, 0, 1, false)]]], start: 0);

        Assert.StartsWith("Expected values that settle within 50 sweeps; found values still changing. With γ = 1, values can grow without end",
            Assert.Throws<InvalidOperationException>(() => ValueIteration.Solve(loop, gamma: 1, maxSweeps: 50)).Message);
        Assert.Equal("Expected a discount γ (how much a reward one step later is worth) between 0 and 1; found 1.1. Try 1 for an episodic task, or 0.9. (Parameter 'gamma')",
            Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: 1.1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: -0.5));
    }
}
