namespace MLCourse.Reinforcement;

/// <summary>
/// The optimal values and an optimal policy by policy iteration (Sutton and Barto, section 4.3): evaluate the current policy
/// exactly (<see cref="PolicyEvaluation"/>), make it greedy with respect to those values (policy improvement), and repeat
/// until the policy no longer changes. Each improvement gives a policy at least as good in every state, and there are
/// finitely many deterministic policies, so it stops, at an optimal one. It reaches the same values as
/// <see cref="ValueIteration"/> by a different route: few rounds, each a full evaluation.
/// </summary>
public sealed class PolicyIteration
{
    private PolicyIteration(double[] values, int[] policy, double gamma, int rounds, int sweeps) =>
        (Values, Policy, Gamma, Rounds, EvaluationSweeps) = (values, policy, gamma, rounds, sweeps);

    /// <summary>The optimal value V*(s) of each state (0 where nothing more happens).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>
    /// An optimal action in each state (−1 where nothing more happens). Where several actions tie, improvement keeps the
    /// policy's current one (so that it cannot switch between equals for ever): it may pick a different one of the tied
    /// actions than <see cref="ValueIteration"/>, which takes the lowest-numbered.
    /// </summary>
    public IReadOnlyList<int> Policy { get; }

    /// <summary>The discount the values were computed with.</summary>
    public double Gamma { get; }

    /// <summary>How many policies were evaluated: the rounds of evaluate-then-improve, the last one finding nothing to improve.</summary>
    public int Rounds { get; }

    /// <summary>The sweeps of all the evaluations together.</summary>
    public int EvaluationSweeps { get; }

    /// <summary>
    /// Solves <paramref name="mdp"/> with discount <paramref name="gamma"/>, starting from <paramref name="initial"/>. With γ = 1
    /// the first policy must reach the end of the episode from every state (the random walker's, <see cref="Reinforcement.Policy.Uniform"/>, does
    /// on a grid whose goal can be reached); each improvement keeps that true.
    /// </summary>
    /// <exception cref="ArgumentException">A policy for a different number of states or actions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">γ outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">An evaluation did not settle (see <see cref="PolicyEvaluation"/>), or the policy still changed after <paramref name="maxRounds"/> rounds.</exception>
    public static PolicyIteration Solve(FiniteMdp mdp, double gamma, Policy initial, double tolerance = 1e-10, int maxRounds = 1000)
    {
        var first = PolicyEvaluation.Evaluate(mdp, initial, gamma, tolerance);   // checks the arguments
        var (values, sweeps) = (first.Values.ToArray(), first.Sweeps);
        int[]? actions = null;
        for (var round = 1; round <= maxRounds; round++)
        {
            var improved = Enumerable.Range(0, mdp.StateCount).Select(s =>
            {
                if (mdp.Ends(s)) return -1;
                var best = ValueIteration.Best(mdp, values, s, gamma);
                return actions is not null && best.Contains(actions[s]) ? actions[s] : best[0];
            }).ToArray();
            if (actions is not null && improved.SequenceEqual(actions)) return new PolicyIteration(values, actions, gamma, round, sweeps);
            actions = improved;
            var evaluation = PolicyEvaluation.Sweep(mdp, Reinforcement.Policy.Greedy(actions, mdp.ActionCount), gamma, tolerance, maxSweeps: 1_000_000);
            (values, sweeps) = (evaluation.Values, sweeps + evaluation.Sweeps);
        }
        throw new InvalidOperationException(Require.Message($"a policy that stops changing within {maxRounds} rounds", "one still changing",
            "Raise maxRounds, or check the tolerance: values that never settle can make ties flip."));
    }
}
