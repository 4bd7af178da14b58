namespace MLCourse.Reinforcement;

/// <summary>
/// A policy π(a | s): for every state, the probability of taking each action. A deterministic policy puts all of a
/// state's probability on one action; an ε-greedy one spreads ε evenly over all actions and the rest on its best action.
/// Policy evaluation reads the probabilities; an agent that follows the policy draws its actions with <see cref="Sample"/>.
/// </summary>
public sealed class Policy
{
    private readonly double[][] probabilities;

    private Policy(double[][] probabilities) => this.probabilities = probabilities;

    /// <summary>How many states and actions the policy covers.</summary>
    public int StateCount => probabilities.Length;

    /// <inheritdoc cref="StateCount"/>
    public int ActionCount => probabilities[0].Length;

    /// <summary>π(<paramref name="action"/> | <paramref name="state"/>): the probability of taking the action in the state.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state or action.</exception>
    public double this[int state, int action]
    {
        get
        {
            Require.OneOf(state, StateCount, nameof(state), "a state of this policy", "as the environment numbers them");
            Require.OneOf(action, ActionCount, nameof(action), "an action of this policy", "as the environment numbers them");
            return probabilities[state][action];
        }
    }

    /// <summary>The random walker's policy: every action equally likely in every state.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one state or action.</exception>
    public static Policy Uniform(int states, int actions)
    {
        Require.AtLeast(states, 1, nameof(states), "state", "so that the policy has a state to act in");
        Require.AtLeast(actions, 1, nameof(actions), "action", "so that the policy has an action to take");
        return new Policy(Enumerable.Range(0, states).Select(_ => Enumerable.Repeat(1.0 / actions, actions).ToArray()).ToArray());
    }

    /// <summary>
    /// Takes <paramref name="actions"/>[s] in state s (e.g. a <see cref="ValueIteration"/>'s Policy), except with probability
    /// <paramref name="epsilon"/> an action drawn evenly from all <paramref name="actionCount"/>, as an ε-greedy agent does,
    /// so its best action has probability 1 − ε + ε / actionCount. ε = 0 (the default) gives the deterministic policy.
    /// A state whose action is −1 (where nothing more happens) gets every action equally likely: it is never acted in.
    /// </summary>
    /// <exception cref="ArgumentException">No states.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An action that is neither −1 nor one of the actions, fewer than one action, or ε outside [0, 1].</exception>
    public static Policy Greedy(IReadOnlyList<int> actions, int actionCount, double epsilon = 0)
    {
        Require.NotEmpty(actions, nameof(actions), "an action for each state", "Give one action per state, e.g. a ValueIteration's Policy.");
        Require.AtLeast(actionCount, 1, nameof(actionCount), "action", "so that the policy has an action to take");
        EpsilonGreedy.CheckEpsilon(epsilon);
        var bad = actions.ToList().FindIndex(a => a < -1 || a >= actionCount);
        Require.Number(bad < 0, nameof(actions), $"actions numbered 0 to {actionCount - 1}, or −1 where nothing more happens", $"{(bad < 0 ? 0 : actions[bad])} in state {bad}",
            "Give the action to take in each state, as the environment numbers them.");
        return new Policy(actions.Select(best => Enumerable.Range(0, actionCount)
            .Select(a => best < 0 ? 1.0 / actionCount : (a == best ? 1 - epsilon : 0) + epsilon / actionCount).ToArray()).ToArray());
    }

    /// <summary>An action for <paramref name="state"/>, drawn with the policy's probabilities.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state.</exception>
    public int Sample(int state, Random random)
    {
        Require.OneOf(state, StateCount, nameof(state), "a state of this policy", "as the environment numbers them");
        Require.NotNull(random, nameof(random), "a Random to draw with");
        var (row, draw) = (probabilities[state], random.NextDouble());
        for (var a = 0; a < row.Length - 1; a++)
        {
            if (draw < row[a]) return a;
            draw -= row[a];
        }
        return row.Length - 1;
    }
}
