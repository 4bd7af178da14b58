using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class RegretCurveTests
{
    private sealed class Always(int arm) : IBanditAgent
    {
        public string Name => $"always {arm}";
        public IReadOnlyList<double> Estimates => [];
        public int Choose() => arm;
        public void Update(int arm, double reward) { }
    }

    [Fact]
    public void Regret_adds_the_gap_to_the_best_arm_on_every_pull()
    {
        double[] arms = [0.2, 0.5, 0.3];

        var best = RegretCurve.Measure(arms, (_, _) => new Always(1), pulls: 10, runs: 3, seed: 1);
        var worst = RegretCurve.Measure(arms, (_, _) => new Always(0), pulls: 10, runs: 3, seed: 1);

        Assert.All(best.Regret, r => Assert.Equal(0, r));
        Assert.Equal(Enumerable.Range(1, 10).Select(t => Math.Round(0.3 * t, 12)), worst.Regret.Select(r => Math.Round(r, 12)));
        Assert.Equal("always 0", worst.Agent);
    }

    [Fact]
    public void Ucb_with_a_small_bonus_beats_epsilon_greedy_and_both_beat_greedy_and_runs_repeat()
    {
        double[] arms = [0.3, 0.1, 0.5, 0.2, 0.4];
        RegretCurve Run(Func<int, int, IBanditAgent> agent) => RegretCurve.Measure(arms, agent, pulls: 2000, runs: 100, seed: 1);

        var greedy = Run((k, s) => new EpsilonGreedy(k, 0, s));
        var epsilon = Run((k, s) => new EpsilonGreedy(k, 0.1, s));
        var ucb = Run((k, _) => new Ucb(k, 0.5));

        Assert.True(ucb.Final < epsilon.Final && epsilon.Final < greedy.Final, $"{ucb.Final} < {epsilon.Final} < {greedy.Final}");
        Assert.Equal(epsilon.Regret, Run((k, s) => new EpsilonGreedy(k, 0.1, s)).Regret);
        Assert.Throws<ArgumentOutOfRangeException>(() => RegretCurve.Measure(arms, (k, s) => new Ucb(k, 1), pulls: 0, runs: 1, seed: 1));
    }
}
