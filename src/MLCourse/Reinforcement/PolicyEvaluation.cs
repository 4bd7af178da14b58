using System.Globalization;

namespace MLCourse.Reinforcement;

/// <summary>
/// The value of every state under a given policy, computed from the rules of an environment by iterative policy evaluation
/// (Sutton and Barto, section 4.1): start from 0 everywhere and sweep Bellman's expectation equation
/// V(s) ← Σ over a of π(a | s) · Σ p · (r + γ · V(s′)) (with V(s′) = 0 when the transition ends the episode)
/// over all states until no value changes by more than the tolerance. Value iteration takes the best action where this
/// takes the policy's average: it answers "how good is this policy?", not "what is the best one?".
/// </summary>
public sealed class PolicyEvaluation
{
    private PolicyEvaluation(double[] values, double gamma, int sweeps) => (Values, Gamma, Sweeps) = (values, gamma, sweeps);

    /// <summary>V^π(s) for each state: the expected return from it when following the policy (0 where nothing more happens).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The discount the values were computed with.</summary>
    public double Gamma { get; }

    /// <summary>How many sweeps over the states it took for the values to settle.</summary>
    public int Sweeps { get; }

    /// <summary>Evaluates <paramref name="policy"/> on <paramref name="mdp"/> with discount <paramref name="gamma"/>.</summary>
    /// <exception cref="ArgumentException">A policy for a different number of states or actions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">γ outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The values did not settle within <paramref name="maxSweeps"/> sweeps.</exception>
    public static PolicyEvaluation Evaluate(FiniteMdp mdp, Policy policy, double gamma, double tolerance = 1e-10, int maxSweeps = 1_000_000)
    {
        Require.NotNull(mdp, nameof(mdp), "an environment with written-down rules (a FiniteMdp)");
        Require.NotNull(policy, nameof(policy), "the policy to evaluate");
        Require.That(policy.StateCount == mdp.StateCount && policy.ActionCount == mdp.ActionCount, nameof(policy),
            $"a policy for {mdp.StateCount} states and {mdp.ActionCount} actions, as the environment has", $"{policy.StateCount} states and {policy.ActionCount} actions",
            "Make the policy for this environment, e.g. Policy.Uniform(env.StateCount, env.ActionCount).");
        Require.InRange(gamma, 0, 1, nameof(gamma), "a discount γ (how much a reward one step later is worth)", "Try 1 for an episodic task, or 0.9.");
        var (values, sweeps) = Sweep(mdp, policy, gamma, tolerance, maxSweeps);
        return new PolicyEvaluation(values, gamma, sweeps);
    }

    /// <summary>The sweeps themselves, for policy iteration, which checked its arguments once.</summary>
    internal static (double[] Values, int Sweeps) Sweep(FiniteMdp mdp, Policy policy, double gamma, double tolerance, int maxSweeps)
    {
        // Each state's outcomes, every action's weighted by the policy's probability of taking it, read once: the sweeps
        // below then run over plain arrays (a poor policy can take many thousands of sweeps to settle).
        var outcomes = Enumerable.Range(0, mdp.StateCount).Select(s => mdp.Ends(s) ? [] : Enumerable.Range(0, mdp.ActionCount)
            .SelectMany(a => mdp.Transitions(s, a).Select(t => (Weight: policy[s, a] * t.Probability, t.NextState, t.Reward, t.Terminated)))
            .Where(t => t.Weight > 0).ToArray()).ToArray();
        var values = new double[mdp.StateCount];
        var next = new double[mdp.StateCount];
        for (var sweep = 1; sweep <= maxSweeps; sweep++)
        {
            var change = 0.0;
            for (var s = 0; s < values.Length; s++)
            {
                var v = 0.0;
                foreach (var (weight, nextState, reward, terminated) in outcomes[s])
                    v += weight * (reward + (terminated ? 0 : gamma * values[nextState]));
                next[s] = v;
                change = Math.Max(change, Math.Abs(v - values[s]));
            }
            (values, next) = (next, values);
            if (change <= tolerance) return (values, sweep);
        }
        throw new InvalidOperationException(Require.Message(
            string.Create(CultureInfo.InvariantCulture, $"values that settle within {maxSweeps} sweeps"), "values still changing",
            string.Create(CultureInfo.InvariantCulture, $"With γ = {gamma}, a policy that never reaches a state where the episode ends has values that grow without end ") +
            "(e.g. one that walks into a wall for ever): use γ < 1, or a policy that reaches the goal, such as Policy.Uniform."));
    }
}
