namespace MLCourse.Reinforcement;

/// <summary>
/// TD(0) prediction (Sutton and Barto, section 6.1): learns a fixed policy's state values from experience alone. It plays
/// episodes with the policy and after every step moves V(s) a step α towards the target r + γ · V(s′) (r alone when the
/// step ended the episode). The target leans on the current estimate of the next state, which is itself still learning.
/// </summary>
public static class TdPrediction
{
    /// <summary>
    /// Plays <paramref name="episodes"/> episodes of <paramref name="environment"/> with <paramref name="policy"/>, all estimates
    /// starting at 0; returns the estimates after each episode (element e holds them after episode e + 1), so that a learning
    /// curve can be drawn against exact values. Seeded: the same seed gives the same estimates.
    /// </summary>
    /// <exception cref="ArgumentException">A policy for a different number of states or actions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">α not in (0, 1], γ outside [0, 1], or no episodes.</exception>
    public static double[][] Estimate(IEnvironment environment, Policy policy, int episodes, double alpha, double gamma, int seed)
    {
        Require.NotNull(environment, nameof(environment), "an environment to learn in");
        Require.NotNull(policy, nameof(policy), "the policy whose values to learn");
        Require.That(policy.StateCount == environment.StateCount && policy.ActionCount == environment.ActionCount, nameof(policy),
            $"a policy for {environment.StateCount} states and {environment.ActionCount} actions, as the environment has",
            $"{policy.StateCount} states and {policy.ActionCount} actions", "Make the policy for this environment.");
        Require.AtLeast(episodes, 1, nameof(episodes), "episode", "so that there is something to learn from");
        TemporalDifference.CheckSettings(alpha, gamma);
        var seeds = new Random(seed);
        var random = new Random(seeds.Next());            // the policy's draws, apart from the environment's
        var values = new double[environment.StateCount];
        var history = new double[episodes][];
        for (var episode = 0; episode < episodes; episode++)
        {
            var state = environment.Reset(episode == 0 ? seeds.Next() : null).Observation;
            while (true)
            {
                var step = environment.Step(policy.Sample(state, random));
                var target = step.Terminated ? step.Reward : step.Reward + gamma * values[step.Observation];
                values[state] += alpha * (target - values[state]);
                if (step.Terminated || step.Truncated) break;
                state = step.Observation;
            }
            history[episode] = (double[])values.Clone();
        }
        return history;
    }
}
