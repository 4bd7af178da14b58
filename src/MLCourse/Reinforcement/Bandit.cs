namespace MLCourse.Reinforcement;

/// <summary>
/// A multi-armed bandit with yes/no payoffs: arm a pays 1 with probability p[a] and 0 otherwise (a slot machine, or a
/// version of a web page that a visitor clicks or not). The agent does not know the probabilities; it learns them by pulling.
/// </summary>
public sealed class Bandit
{
    private readonly double[] probabilities;
    private readonly Random random;

    /// <summary>A bandit whose arms pay with <paramref name="probabilities"/>; <paramref name="seed"/> fixes its luck.</summary>
    /// <exception cref="ArgumentException">No arms, or a probability outside [0, 1].</exception>
    public Bandit(IReadOnlyList<double> probabilities, int seed)
    {
        Require.NotEmpty(probabilities, nameof(probabilities), "a payoff probability for each arm", "A bandit needs at least one arm: give each arm's probability, e.g. [0.3, 0.5].");
        var bad = probabilities.ToList().FindIndex(p => !(p >= 0 && p <= 1));
        Require.That(bad < 0, nameof(probabilities), "payoff probabilities between 0 and 1", $"{probabilities[bad]} for arm {bad}",
            "Give each arm the share of pulls that pay, e.g. 0.3.");
        (this.probabilities, random) = (probabilities.ToArray(), new Random(seed));
    }

    /// <summary>How many arms there are.</summary>
    public int ArmCount => probabilities.Length;

    /// <summary>Each arm's payoff probability (its mean reward): what the agent tries to learn.</summary>
    public IReadOnlyList<double> Means => probabilities;

    /// <summary>The best arm's mean reward.</summary>
    public double BestMean => probabilities.Max();

    /// <summary>Pulls <paramref name="arm"/>: 1 with its probability, else 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown arm.</exception>
    public double Pull(int arm)
    {
        Require.OneOf(arm, probabilities.Length, nameof(arm), "an arm of this bandit", "in the order of the probabilities");
        return random.NextDouble() < probabilities[arm] ? 1 : 0;
    }
}
