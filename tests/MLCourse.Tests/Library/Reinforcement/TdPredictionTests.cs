using MLCourse.Reinforcement;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class TdPredictionTests
{
    [Fact]
    public void One_episode_applies_the_td0_update_step_by_step()
    {
        // "go" everywhere: A → B (reward 0), B → T (reward 10, the end). With α = 0.5, γ = 0.9, from zeros:
        // V(A) += 0.5 · (0 + 0.9 · V(B) − V(A)) = 0 (V(B) is still 0); V(B) += 0.5 · (10 − 0) = 5.
        // Second episode: V(A) += 0.5 · (0.9 · 5 − 0) = 2.25; V(B) += 0.5 · (10 − 5) = 7.5.
        var history = TdPrediction.Estimate(SmallMdp.Create(), Policy.Greedy([SmallMdp.Go, SmallMdp.Go, -1], 2), episodes: 2, alpha: 0.5, gamma: 0.9, seed: 1);

        Assert.Equal([0, 5, 0], history[0]);
        Assert.Equal([2.25, 7.5, 0], history[1]);
    }

    [Fact]
    public void On_the_cliff_its_estimate_of_the_start_approaches_the_exact_value_and_repeats_with_its_seed()
    {
        var cliff = GridWorld.Cliff();
        var policy = Policy.Greedy(ValueIteration.Solve(cliff, gamma: 1).Policy, 4, epsilon: 0.1);
        var exact = PolicyEvaluation.Evaluate(cliff, policy, gamma: 1).Values[cliff.Start];                 // −45.80
        var runs = Enumerable.Range(1, 10).Select(seed => TdPrediction.Estimate(cliff, policy, episodes: 1000, alpha: 0.02, gamma: 1, seed)).ToList();
        double Error(int episode) => runs.Average(h => Math.Abs(h[episode - 1][cliff.Start] - exact));

        Assert.True(Error(10) > 40);                  // it starts at 0, 45.8 away
        Assert.True(Error(1000) < 6);                 // measured 3.3: the noise a constant step size leaves
        Assert.Equal(runs[0][999], TdPrediction.Estimate(cliff, policy, 1000, 0.02, 1, seed: 1)[999]);
    }

    [Fact]
    public void Bad_arguments_are_explained()
    {
        var cliff = GridWorld.Cliff();
        Assert.StartsWith("Expected a policy for 48 states and 4 actions",
            Assert.Throws<ArgumentException>(() => TdPrediction.Estimate(cliff, Policy.Uniform(3, 4), 1, 0.1, 1, 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => TdPrediction.Estimate(cliff, Policy.Uniform(48, 4), 1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TdPrediction.Estimate(cliff, Policy.Uniform(48, 4), 0, 0.1, 1, 1));
    }
}
