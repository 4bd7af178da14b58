using System.Globalization;

namespace MLCourse.Reinforcement;

/// <summary>
/// The optimal value of every state and an optimal policy, computed from the rules of an environment by value iteration:
/// start from 0 everywhere and sweep Bellman's optimality equation
/// V(s) ← max over a of Σ p · (r + γ · V(s′)) (with V(s′) = 0 when the transition ends the episode)
/// over all states until no value changes by more than the tolerance. This is the ground truth learning agents are
/// measured against; it needs the rules, which a learning agent never sees.
/// </summary>
public sealed class ValueIteration
{
    private readonly FiniteMdp mdp;
    private readonly double[] values;

    private ValueIteration(FiniteMdp mdp, double[] values, int[] policy, double gamma, int sweeps) =>
        (this.mdp, this.values, Policy, Gamma, Sweeps) = (mdp, values, policy, gamma, sweeps);

    /// <summary>The optimal value V*(s) of each state: the expected return from it when acting optimally (0 where nothing more happens).</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>An optimal action in each state (the lowest-numbered one when several tie; −1 where nothing more happens).</summary>
    public IReadOnlyList<int> Policy { get; }

    /// <summary>The discount the values were computed with.</summary>
    public double Gamma { get; }

    /// <summary>How many sweeps over the states it took for the values to settle.</summary>
    public int Sweeps { get; }

    /// <summary>How close two action values must be to count as a tie (both optimal).</summary>
    public const double TieTolerance = 1e-9;

    /// <summary>
    /// Solves <paramref name="mdp"/> with discount <paramref name="gamma"/>. γ = 1 (no discount) suits episodic tasks such as the
    /// cliff walk, where every sensible policy reaches the goal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">γ outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The values did not settle within <paramref name="maxSweeps"/> sweeps.</exception>
    public static ValueIteration Solve(FiniteMdp mdp, double gamma, double tolerance = 1e-10, int maxSweeps = 100_000)
    {
        Require.NotNull(mdp, nameof(mdp), "an environment with written-down rules (a FiniteMdp)");
        Require.InRange(gamma, 0, 1, nameof(gamma), "a discount γ (how much a reward one step later is worth)", "Try 1 for an episodic task, or 0.9.");
        var values = new double[mdp.StateCount];
        for (var sweep = 1; sweep <= maxSweeps; sweep++)
        {
            var next = Enumerable.Range(0, mdp.StateCount)
                .Select(s => mdp.Ends(s) ? 0 : Enumerable.Range(0, mdp.ActionCount).Max(a => Backup(mdp, values, s, a, gamma)))
                .ToArray();
            var change = next.Zip(values, (a, b) => Math.Abs(a - b)).Max();
            values = next;
            if (change <= tolerance)
            {
                var policy = Enumerable.Range(0, mdp.StateCount).Select(s => mdp.Ends(s) ? -1 : Best(mdp, values, s, gamma).First()).ToArray();
                return new ValueIteration(mdp, values, policy, gamma, sweep);
            }
        }
        throw new InvalidOperationException(Require.Message(
            string.Create(CultureInfo.InvariantCulture, $"values that settle within {maxSweeps} sweeps"), "values still changing",
            string.Create(CultureInfo.InvariantCulture, $"With γ = {gamma}, values can grow without end when a policy never reaches a state where the episode ends ") +
            "(e.g. a loop with a positive reward): use γ < 1, or check that the goal can be reached."));
    }

    /// <summary>The expected return of taking <paramref name="action"/> in <paramref name="state"/> and acting optimally after: Q*(s, a).</summary>
    public double ActionValue(int state, int action) => Backup(mdp, values, state, action, Gamma);

    /// <summary>Every optimal action in <paramref name="state"/> (several when they tie); empty where nothing more happens.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state.</exception>
    public IReadOnlyList<int> OptimalActions(int state) => mdp.Ends(state) ? [] : Best(mdp, values, state, Gamma);

    /// <summary>Σ p · (r + γ · V(s′)) over the outcomes of one action: the backup value iteration, policy evaluation and policy iteration share.</summary>
    internal static double Backup(FiniteMdp mdp, IReadOnlyList<double> values, int state, int action, double gamma) =>
        mdp.Transitions(state, action).Sum(t => t.Probability * (t.Reward + (t.Terminated ? 0 : gamma * values[t.NextState])));

    /// <summary>Every action within the tie tolerance of the best backup in <paramref name="state"/>, in action order.</summary>
    internal static List<int> Best(FiniteMdp mdp, IReadOnlyList<double> values, int state, double gamma)
    {
        var q = Enumerable.Range(0, mdp.ActionCount).Select(a => Backup(mdp, values, state, a, gamma)).ToArray();
        var max = q.Max();
        return Enumerable.Range(0, q.Length).Where(a => q[a] >= max - TieTolerance * Math.Max(1, Math.Abs(max))).ToList();
    }
}
