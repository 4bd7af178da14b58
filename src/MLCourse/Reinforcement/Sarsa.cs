namespace MLCourse.Reinforcement;

/// <summary>
/// SARSA (Rummery and Niranjan, 1994), named after the five things each update uses: State, Action, Reward, next State,
/// next Action. After each step it moves Q(s, a) towards r + γ · Q(s′, a′), where a′ is the action the agent really takes
/// next, random moves included. So it learns the values of the policy it follows (on-policy), exploration and all.
/// </summary>
public static class Sarsa
{
    /// <inheritdoc cref="QLearning.Train"/>
    public static LearningRun Train(IEnvironment environment, int episodes, double alpha, double gamma, double epsilon, int seed) =>
        TemporalDifference.Train(environment, episodes, alpha, gamma, epsilon, seed, sarsa: true);

    /// <summary>
    /// The update for one step (s, a, r, s′, a′): Q(s, a) ← Q(s, a) + α · (target − Q(s, a)), target = r when the episode
    /// terminated at s′, else r + γ · Q(s′, a′).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">α not in (0, 1], γ outside [0, 1], or an unknown state or action.</exception>
    public static void Update(QTable q, int state, int action, double reward, int next, int nextAction, bool terminated, double alpha, double gamma)
    {
        Require.NotNull(q, nameof(q), "the Q-table to update");
        TemporalDifference.CheckSettings(alpha, gamma);
        Apply(q, state, action, reward, next, nextAction, terminated, alpha, gamma);
    }

    /// <summary>The update itself, for the learning loop, which checked α and γ once.</summary>
    internal static void Apply(QTable q, int state, int action, double reward, int next, int nextAction, bool terminated, double alpha, double gamma)
    {
        var target = terminated ? reward : reward + gamma * q[next, nextAction];
        q[state, action] += alpha * (target - q[state, action]);
    }
}
