using MLCourse.Reinforcement;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class PolicyEvaluationTests
{
    [Fact]
    public void A_fixed_policy_is_worth_what_bellmans_expectation_equation_gives_by_hand()
    {
        // γ = 0.9. Always "stay": V(A) = 1 / 0.1 = 10, V(B) = 2 / 0.1 = 20. Always "go": V(B) = 10, V(A) = 0 + 0.9 · 10 = 9.
        // Half and half: V(B) = 0.5 (2 + 0.9 V(B)) + 0.5 · 10, so V(B) = 6 / 0.55; V(A) = 0.5 (1 + 0.9 V(A)) + 0.5 · 0.9 V(B), so V(A) = (0.5 + 0.45 V(B)) / 0.55.
        var mdp = SmallMdp.Create();
        var stay = PolicyEvaluation.Evaluate(mdp, Policy.Greedy([SmallMdp.Stay, SmallMdp.Stay, -1], 2), gamma: 0.9);
        var go = PolicyEvaluation.Evaluate(mdp, Policy.Greedy([SmallMdp.Go, SmallMdp.Go, -1], 2), gamma: 0.9);
        var half = PolicyEvaluation.Evaluate(mdp, Policy.Uniform(3, 2), gamma: 0.9);

        Assert.Equal([10, 20, 0], stay.Values.Select(v => Math.Round(v, 8)));
        Assert.Equal([9, 10, 0], go.Values.Select(v => Math.Round(v, 8)));
        Assert.Equal(3, go.Sweeps);                                         // sweep 1 sets V(B), sweep 2 V(A), sweep 3 changes nothing
        Assert.Equal(6 / 0.55, half.Values[SmallMdp.B], 8);
        Assert.Equal((0.5 + 0.45 * 6 / 0.55) / 0.55, half.Values[SmallMdp.A], 8);
    }

    [Fact]
    public void On_the_cliff_the_optimal_policy_is_worth_the_optimal_values_and_other_policies_less()
    {
        var cliff = GridWorld.Cliff();
        var optimum = ValueIteration.Solve(cliff, gamma: 1);
        var optimal = PolicyEvaluation.Evaluate(cliff, Policy.Greedy(optimum.Policy, 4), gamma: 1);
        var exploring = PolicyEvaluation.Evaluate(cliff, Policy.Greedy(optimum.Policy, 4, epsilon: 0.1), gamma: 1);
        var random = PolicyEvaluation.Evaluate(cliff, Policy.Uniform(48, 4), gamma: 1);

        Assert.Equal(optimum.Values, optimal.Values);
        // From an independent Python implementation that solves (I − P_π) V = r_π by Gaussian elimination, without sweeps.
        Assert.Equal(-45.803322245, exploring.Values[cliff.Start], 6);
        Assert.Equal(-65375.130399, random.Values[cliff.Start], 3);
        Assert.Equal(162_785, random.Sweeps);                              // a policy that takes long to finish takes long to evaluate
    }

    [Fact]
    public void A_policy_that_never_ends_is_explained_and_mismatched_policies_are_refused()
    {
        var cliff = GridWorld.Cliff();
        var intoTheWall = Policy.Greedy(Enumerable.Range(0, 48).Select(s => cliff.Ends(s) ? -1 : GridWorld.Left).ToList(), 4);

        Assert.StartsWith("Expected values that settle within 100 sweeps; found values still changing. With γ = 1, a policy that never reaches",
            Assert.Throws<InvalidOperationException>(() => PolicyEvaluation.Evaluate(cliff, intoTheWall, gamma: 1, maxSweeps: 100)).Message);
        Assert.StartsWith("Expected a policy for 48 states and 4 actions, as the environment has; found 3 states and 2 actions.",
            Assert.Throws<ArgumentException>(() => PolicyEvaluation.Evaluate(cliff, Policy.Uniform(3, 2), gamma: 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyEvaluation.Evaluate(cliff, Policy.Uniform(48, 4), gamma: 1.5));
    }
}
