namespace MLCourse.Reinforcement;

/// <summary>
/// How much an agent lost by not always pulling the best arm, averaged over many runs: after each pull, the regret so far
/// is the sum over pulls of (best arm's mean − pulled arm's mean). Its slope is the price of exploring and of mistakes:
/// a straight line means the agent keeps paying, a flattening curve means it has found the best arm.
/// </summary>
public sealed record RegretCurve(string Agent, IReadOnlyList<double> Regret, double AverageReward)
{
    /// <summary>The regret after the last pull.</summary>
    public double Final => Regret[^1];

    /// <summary>
    /// Runs <paramref name="runs"/> independent runs of <paramref name="pulls"/> pulls each on a bandit with
    /// <paramref name="probabilities"/>, a fresh agent from <paramref name="agent"/> (given the number of arms and a seed)
    /// per run; everything is seeded from <paramref name="seed"/>, so the curve repeats exactly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one pull or run.</exception>
    /// <exception cref="ArgumentException">No arms, or a probability outside [0, 1].</exception>
    public static RegretCurve Measure(IReadOnlyList<double> probabilities, Func<int, int, IBanditAgent> agent, int pulls, int runs, int seed)
    {
        Require.NotNull(agent, nameof(agent), "a function that makes an agent from the number of arms and a seed");
        Require.AtLeast(pulls, 1, nameof(pulls), "pull per run", "so that there is a curve to draw");
        Require.AtLeast(runs, 1, nameof(runs), "run", "so that there is a run to average");
        var regret = new double[pulls];
        var (reward, name) = (0.0, "");
        var seeds = new Random(seed);
        for (var run = 0; run < runs; run++)
        {
            var bandit = new Bandit(probabilities, seeds.Next());
            var player = agent(bandit.ArmCount, seeds.Next());
            var best = bandit.BestMean;
            name = player.Name;
            var lost = 0.0;
            for (var t = 0; t < pulls; t++)
            {
                var arm = player.Choose();
                var payoff = bandit.Pull(arm);
                player.Update(arm, payoff);
                reward += payoff;
                lost += best - bandit.Means[arm];
                regret[t] += lost / runs;
            }
        }
        return new RegretCurve(name, regret, reward / ((double)runs * pulls));
    }
}
