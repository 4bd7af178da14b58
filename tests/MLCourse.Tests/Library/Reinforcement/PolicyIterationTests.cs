using MLCourse.Reinforcement;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class PolicyIterationTests
{
    [Fact]
    public void It_reaches_the_hand_computed_optimum_of_the_small_example()
    {
        // Same optimum as ValueIterationTests: V(A) = 18, V(B) = 20, go in A, stay in B.
        var solved = PolicyIteration.Solve(SmallMdp.Create(), gamma: 0.9, Policy.Uniform(3, 2));

        Assert.Equal(18, solved.Values[SmallMdp.A], 8);
        Assert.Equal(20, solved.Values[SmallMdp.B], 8);
        Assert.Equal([SmallMdp.Go, SmallMdp.Stay, -1], solved.Policy);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    public void On_the_cliff_it_agrees_with_value_iteration(double slip)
    {
        var cliff = GridWorld.Cliff(slip: slip);
        var byValues = ValueIteration.Solve(cliff, gamma: 1);
        var byPolicies = PolicyIteration.Solve(cliff, gamma: 1, Policy.Uniform(48, 4));

        Assert.True(byPolicies.Values.Zip(byValues.Values).All(v => Math.Abs(v.First - v.Second) <= 1e-9));
        Assert.All(Enumerable.Range(0, 48).Where(s => !cliff.Ends(s)), s => Assert.Contains(byPolicies.Policy[s], byValues.OptimalActions(s)));
        Assert.True(byPolicies.Rounds >= 2 && byPolicies.EvaluationSweeps > byPolicies.Rounds);
    }

    [Fact]
    public void On_the_dry_cliff_from_the_random_policy_it_takes_nine_rounds()
    {
        var solved = PolicyIteration.Solve(GridWorld.Cliff(), gamma: 1, Policy.Uniform(48, 4));

        Assert.Equal(9, solved.Rounds);                          // 8 improvements, then one that changes nothing
        Assert.Equal(162_914, solved.EvaluationSweeps);          // 162,785 of them evaluate the random policy
        Assert.Equal(-13, solved.Values[36]);
    }

    [Fact]
    public void Bad_arguments_are_explained()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyIteration.Solve(SmallMdp.Create(), 0.9, null!));
        Assert.StartsWith("Expected a policy for 3 states and 2 actions",
            Assert.Throws<ArgumentException>(() => PolicyIteration.Solve(SmallMdp.Create(), 0.9, Policy.Uniform(2, 2))).Message);
    }
}
