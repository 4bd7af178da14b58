namespace MLCourse.Reinforcement;

/// <summary>
/// Q-learning (Watkins, 1989): after each step, move Q(s, a) towards r + γ · max over a′ of Q(s′, a′), the return if the
/// agent acted greedily from the next state on, whatever it will actually do there. So it learns the values of the
/// greedy policy while behaving ε-greedily (off-policy), and its greedy policy heads for the optimal one.
/// </summary>
public static class QLearning
{
    /// <summary>
    /// Learns from <paramref name="episodes"/> episodes of <paramref name="environment"/>, exploring with probability
    /// <paramref name="epsilon"/>, with step size <paramref name="alpha"/> and discount <paramref name="gamma"/>; seeded, so it repeats exactly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">α not in (0, 1], γ or ε outside [0, 1], or no episodes.</exception>
    public static LearningRun Train(IEnvironment environment, int episodes, double alpha, double gamma, double epsilon, int seed) =>
        TemporalDifference.Train(environment, episodes, alpha, gamma, epsilon, seed, sarsa: false);

    /// <summary>
    /// The update for one transition (s, a, r, s′): Q(s, a) ← Q(s, a) + α · (target − Q(s, a)), target = r when the
    /// episode terminated at s′, else r + γ · max Q(s′, ·).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">α not in (0, 1], γ outside [0, 1], or an unknown state or action.</exception>
    public static void Update(QTable q, int state, int action, double reward, int next, bool terminated, double alpha, double gamma)
    {
        Require.NotNull(q, nameof(q), "the Q-table to update");
        TemporalDifference.CheckSettings(alpha, gamma);
        Apply(q, state, action, reward, next, terminated, alpha, gamma);
    }

    /// <summary>The update itself, for the learning loop, which checked α and γ once.</summary>
    internal static void Apply(QTable q, int state, int action, double reward, int next, bool terminated, double alpha, double gamma)
    {
        var target = terminated ? reward : reward + gamma * q.Max(next);
        q[state, action] += alpha * (target - q[state, action]);
    }
}
