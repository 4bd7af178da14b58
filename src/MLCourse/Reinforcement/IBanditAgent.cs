namespace MLCourse.Reinforcement;

/// <summary>An agent for a multi-armed bandit: it chooses an arm, sees the reward, and updates its estimates.</summary>
public interface IBanditAgent
{
    /// <summary>A short name for tables and legends, e.g. "UCB (c = 1)".</summary>
    string Name { get; }

    /// <summary>The agent's current estimate of each arm's mean reward.</summary>
    IReadOnlyList<double> Estimates { get; }

    /// <summary>The arm to pull next.</summary>
    int Choose();

    /// <summary>Learns from the <paramref name="reward"/> that pulling <paramref name="arm"/> gave.</summary>
    void Update(int arm, double reward);
}
