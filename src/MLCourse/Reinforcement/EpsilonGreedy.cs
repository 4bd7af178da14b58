namespace MLCourse.Reinforcement;

/// <summary>
/// ε-greedy: with probability ε pick an action at random (explore), otherwise the one with the highest estimate
/// (exploit), ties broken at random. As a bandit agent it estimates each arm's payoff by the average of the rewards it
/// has seen from that arm.
/// </summary>
public sealed class EpsilonGreedy : IBanditAgent
{
    private readonly double[] estimates;
    private readonly int[] pulls;
    private readonly Random random;

    /// <summary>An agent for a bandit with <paramref name="arms"/> arms that explores with probability <paramref name="epsilon"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">ε outside [0, 1], or fewer than one arm.</exception>
    public EpsilonGreedy(int arms, double epsilon, int seed)
    {
        Require.AtLeast(arms, 1, nameof(arms), "arm", "so that there is an arm to pull");
        CheckEpsilon(epsilon);
        (estimates, pulls, random, Epsilon) = (new double[arms], new int[arms], new Random(seed), epsilon);
    }

    /// <summary>The probability of a random pull.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public string Name => Epsilon == 0 ? "greedy (ε = 0)" : $"ε-greedy (ε = {Epsilon:0.###})";

    /// <inheritdoc />
    public IReadOnlyList<double> Estimates => estimates;

    /// <inheritdoc />
    public int Choose() => Pick(estimates, Epsilon, random);   // ε was checked once, by the constructor

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        Require.OneOf(arm, estimates.Length, nameof(arm), "an arm of this bandit", "as the bandit numbers them");
        pulls[arm]++;
        estimates[arm] += (reward - estimates[arm]) / pulls[arm];   // the running average of the arm's rewards
    }

    /// <summary>The ε-greedy choice among <paramref name="estimates"/> (the learning agents use it on a row of their Q-table).</summary>
    /// <exception cref="ArgumentOutOfRangeException">ε outside [0, 1].</exception>
    public static int Choose(IReadOnlyList<double> estimates, double epsilon, Random random)
    {
        Require.NotNull(estimates, nameof(estimates), "the estimate of each action");
        Require.NotNull(random, nameof(random), "a Random to draw with");
        CheckEpsilon(epsilon);
        return Pick(estimates, epsilon, random);
    }

    /// <summary>The choice itself, for callers that checked ε once (the learning loops): nothing is checked again on every step.</summary>
    internal static int Pick(IReadOnlyList<double> estimates, double epsilon, Random random)
    {
        if (random.NextDouble() < epsilon) return random.Next(estimates.Count);
        var (best, ties, choice) = (double.NegativeInfinity, 0, 0);
        for (var a = 0; a < estimates.Count; a++)
        {
            if (estimates[a] > best) (best, ties, choice) = (estimates[a], 1, a);
            else if (estimates[a] == best && random.Next(++ties) == 0) choice = a;   // each tied action equally likely
        }
        return choice;
    }

    internal static void CheckEpsilon(double epsilon) =>
        Require.InRange(epsilon, 0, 1, "epsilon", "the share of moves made at random (ε)", "Try 0.1.");
}
