namespace MLCourse.Reinforcement;

/// <summary>
/// One episode played with a fixed policy: the states visited (the first is the start), the action taken in each, the
/// total reward (the return), and whether it reached its end (terminated) or was cut off by the step limit.
/// </summary>
public sealed record Episode(IReadOnlyList<int> States, IReadOnlyList<int> Actions, double Return, bool Terminated)
{
    /// <summary>Plays one episode of <paramref name="environment"/>, taking <paramref name="policy"/>(state) in every state.</summary>
    public static Episode Play(IEnvironment environment, Func<int, int> policy, int seed)
    {
        Require.NotNull(environment, nameof(environment), "an environment to play in");
        Require.NotNull(policy, nameof(policy), "a policy: the action to take in each state");
        return PlayFrom(environment, policy, environment.Reset(seed).Observation);
    }

    /// <summary>The mean return of <paramref name="episodes"/> episodes played with <paramref name="policy"/> (one seed for all, so it repeats).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one episode.</exception>
    public static double AverageReturn(IEnvironment environment, Func<int, int> policy, int episodes, int seed)
    {
        Require.NotNull(environment, nameof(environment), "an environment to play in");
        Require.NotNull(policy, nameof(policy), "a policy: the action to take in each state");
        Require.AtLeast(episodes, 1, nameof(episodes), "episode", "so that there is a return to average");
        var first = environment.Reset(seed).Observation;
        var total = PlayFrom(environment, policy, first).Return;
        for (var e = 1; e < episodes; e++) total += PlayFrom(environment, policy, environment.Reset().Observation).Return;
        return total / episodes;
    }

    private static Episode PlayFrom(IEnvironment environment, Func<int, int> policy, int state)
    {
        var (states, actions, total) = (new List<int> { state }, new List<int>(), 0.0);
        while (true)
        {
            var action = policy(state);
            var step = environment.Step(action);
            actions.Add(action);
            total += step.Reward;
            if (step.Terminated || step.Truncated) return new Episode(states, actions, total, step.Terminated);
            state = step.Observation;
            states.Add(state);
        }
    }
}
