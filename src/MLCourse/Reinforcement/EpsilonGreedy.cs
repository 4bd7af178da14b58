namespace MLCourse.Reinforcement;

/// <summary>
/// ε-greedy: with probability ε pick an action at random (explore), otherwise the one with the highest estimate
/// (exploit), ties broken at random. As a bandit agent it estimates each arm's payoff by the average of the rewards it
/// has seen from that arm, or, given a constant step size α, by moving the estimate a step α towards each new reward.
/// Optimistic initial values (Sutton and Barto, section 2.6) start every estimate high: each reward then disappoints,
/// so even a greedy agent tries every arm before it settles.
/// </summary>
public sealed class EpsilonGreedy : IBanditAgent
{
    private readonly double[] estimates;
    private readonly int[] pulls;
    private readonly Random random;

    /// <summary>
    /// An agent for a bandit with <paramref name="arms"/> arms that explores with probability <paramref name="epsilon"/>.
    /// Every estimate starts at <paramref name="initialEstimate"/>; without a <paramref name="stepSize"/> an estimate is the
    /// average of the arm's rewards (the first reward replaces the initial value), with one it moves a step α towards each reward.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">ε outside [0, 1], a step size not in (0, 1], or fewer than one arm.</exception>
    public EpsilonGreedy(int arms, double epsilon, int seed, double initialEstimate = 0, double? stepSize = null)
    {
        Require.AtLeast(arms, 1, nameof(arms), "arm", "so that there is an arm to pull");
        CheckEpsilon(epsilon);
        Require.Number(double.IsFinite(initialEstimate), nameof(initialEstimate), "a finite first estimate for every arm", $"{initialEstimate}", "Try 0, or 1 (optimistic) for rewards between 0 and 1.");
        Require.Number(stepSize is null || (stepSize > 0 && stepSize <= 1), nameof(stepSize), "a step size α more than 0 and at most 1, or none for the average",
            $"{stepSize}", "Try 0.1, or leave it out.");
        (estimates, pulls, random, Epsilon, InitialEstimate, StepSize) =
            (Enumerable.Repeat(initialEstimate, arms).ToArray(), new int[arms], new Random(seed), epsilon, initialEstimate, stepSize);
    }

    /// <summary>The probability of a random pull.</summary>
    public double Epsilon { get; }

    /// <summary>What every estimate starts at.</summary>
    public double InitialEstimate { get; }

    /// <summary>The constant step size α of the updates, or null when each estimate is the average of its arm's rewards.</summary>
    public double? StepSize { get; }

    /// <inheritdoc />
    public string Name => $"{(Epsilon == 0 ? "greedy" : "ε-greedy")} (ε = {Epsilon:0.###}" +
        (InitialEstimate == 0 ? "" : $", Q₁ = {InitialEstimate:0.###}") + (StepSize is { } alpha ? $", α = {alpha:0.###}" : "") + ")";

    /// <inheritdoc />
    public IReadOnlyList<double> Estimates => estimates;

    /// <inheritdoc />
    public int Choose() => Pick(estimates, Epsilon, random);   // ε was checked once, by the constructor

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        Require.OneOf(arm, estimates.Length, nameof(arm), "an arm of this bandit", "as the bandit numbers them");
        pulls[arm]++;
        if (StepSize is { } alpha) estimates[arm] += alpha * (reward - estimates[arm]);   // a constant step: recent rewards weigh more
        else estimates[arm] += (reward - estimates[arm]) / pulls[arm];                 // 1/n: the running average of the arm's rewards
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
