namespace MLCourse.Reinforcement;

/// <summary>
/// Upper confidence bound (UCB1, Auer et al. 2002): pull every arm once, then the arm with the highest
/// estimate + c · √(ln t / n), where t is the number of pulls so far and n the arm's own pulls. The bonus is large for
/// arms tried rarely, and shrinks as an arm is tried, so exploration goes where the uncertainty is, not at random.
/// c = √2 is the textbook constant, with a guarantee for any rewards between 0 and 1; smaller c explores less.
/// </summary>
public sealed class Ucb : IBanditAgent
{
    private readonly double[] estimates;
    private readonly int[] pulls;
    private int total;

    /// <summary>An agent for <paramref name="arms"/> arms with exploration constant <paramref name="c"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">c below 0, or fewer than one arm.</exception>
    public Ucb(int arms, double c)
    {
        Require.AtLeast(arms, 1, nameof(arms), "arm", "so that there is an arm to pull");
        Require.Number(c >= 0, nameof(c), "a weight of the exploration bonus of 0 or more", $"{c}", "Try 1, or √2 for the textbook UCB1.");
        (estimates, pulls, C) = (new double[arms], new int[arms], c);
    }

    /// <summary>The weight of the exploration bonus.</summary>
    public double C { get; }

    /// <inheritdoc />
    public string Name => $"UCB (c = {C:0.##})";

    /// <inheritdoc />
    public IReadOnlyList<double> Estimates => estimates;

    /// <inheritdoc />
    public int Choose()
    {
        var untried = Array.IndexOf(pulls, 0);
        if (untried >= 0) return untried;
        var (best, choice) = (double.NegativeInfinity, 0);
        for (var a = 0; a < estimates.Length; a++)
        {
            var bound = estimates[a] + C * Math.Sqrt(Math.Log(total) / pulls[a]);
            if (bound > best) (best, choice) = (bound, a);   // the lowest-numbered arm on a tie
        }
        return choice;
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        Require.OneOf(arm, estimates.Length, nameof(arm), "an arm of this bandit", "as the bandit numbers them");
        total++;
        pulls[arm]++;
        estimates[arm] += (reward - estimates[arm]) / pulls[arm];
    }
}
