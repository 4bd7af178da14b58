namespace MLCourse.Reinforcement;

/// <summary>
/// An environment whose rules are all written down: for every state and action, the list of possible
/// <see cref="Transition"/>s and their probabilities (a finite Markov decision process). Value iteration reads the rules
/// (<see cref="Transitions"/>); learning agents only <see cref="Reset"/> and <see cref="Step"/>, which draw from them.
/// A state with no transitions for any action is one where nothing more happens (a goal, or a place the agent can
/// never stand). Episodes longer than <see cref="MaxSteps"/> are cut off (truncated), as Gymnasium's <c>TimeLimit</c> does.
/// </summary>
public class FiniteMdp : IEnvironment
{
    private readonly Transition[][][] rules;
    private readonly Dictionary<double, IReadOnlyDictionary<string, object>> infos = [];
    private Random random = new(0);
    private int? state;
    private int steps;

    /// <summary>
    /// Rules <paramref name="rules"/>[state][action] (each a list of transitions whose probabilities add up to 1, or
    /// empty for every action of a state where nothing more happens), the state every episode starts in, and the step limit.
    /// </summary>
    /// <exception cref="ArgumentException">No states, states with different numbers of actions, probabilities that do not add up to 1, or an unknown next state.</exception>
    public FiniteMdp(IReadOnlyList<IReadOnlyList<IReadOnlyList<Transition>>> rules, int start, int maxSteps = 1000, IReadOnlyList<string>? actionNames = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0 || rules[0].Count == 0)
            throw new ArgumentException("An environment needs at least one state with at least one action; the rules are empty.", nameof(rules));
        StateCount = rules.Count;
        ActionCount = rules[0].Count;
        for (var s = 0; s < StateCount; s++)
        {
            if (rules[s].Count != ActionCount)
                throw new ArgumentException($"Every state needs the same actions: state 0 has {ActionCount}, state {s} has {rules[s].Count}.", nameof(rules));
            var ends = rules[s].All(a => a.Count == 0);
            for (var a = 0; a < ActionCount; a++)
            {
                var total = rules[s][a].Sum(t => t.Probability);
                if (!ends && Math.Abs(total - 1) > 1e-9)
                    throw new ArgumentException($"The probabilities of state {s}, action {a} add up to {total}, not 1. " +
                        "List every outcome of an action (a state where nothing more happens has no outcomes for any action).", nameof(rules));
                foreach (var t in rules[s][a])
                    Require.OneOf(t.NextState, StateCount, nameof(rules), $"a state (a next state of state {s}, action {a})", "the rules' first index");
            }
        }
        Require.OneOf(start, StateCount, nameof(start), "a state", "the rules' first index");
        if (Ends(rules[start])) throw new ArgumentException($"State {start} is one where nothing happens; an episode cannot start there.", nameof(start));
        Require.AtLeast(maxSteps, 1, nameof(maxSteps), "the most steps an episode may take");
        this.rules = rules.Select(s => s.Select(a => a.ToArray()).ToArray()).ToArray();
        Start = start;
        MaxSteps = maxSteps;
        ActionNames = actionNames ?? Enumerable.Range(0, ActionCount).Select(a => a.ToString()).ToList();
        if (ActionNames.Count != ActionCount)
            throw new ArgumentException($"Give one name per action: {ActionNames.Count} names for {ActionCount} actions.", nameof(actionNames));
    }

    /// <inheritdoc />
    public int StateCount { get; }

    /// <inheritdoc />
    public int ActionCount { get; }

    /// <summary>The state every episode starts in.</summary>
    public int Start { get; }

    /// <summary>The most steps an episode may take before it is truncated.</summary>
    public int MaxSteps { get; }

    /// <summary>What each action is called, for messages and charts.</summary>
    public IReadOnlyList<string> ActionNames { get; }

    /// <summary>The possible outcomes of <paramref name="action"/> in <paramref name="state"/> (Gymnasium's <c>P[state][action]</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state or action.</exception>
    public IReadOnlyList<Transition> Transitions(int state, int action)
    {
        CheckState(state);
        CheckAction(action);
        return rules[state][action];
    }

    /// <summary>True for a state where nothing more happens: no action has any outcome there.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state.</exception>
    public bool Ends(int state)
    {
        CheckState(state);
        return Ends(rules[state]);
    }

    /// <inheritdoc />
    public (int Observation, IReadOnlyDictionary<string, object> Info) Reset(int? seed = null)
    {
        if (seed is { } s) random = new Random(s);
        (state, steps) = (Start, 0);
        return (Start, Info(1.0));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No episode is running: call <see cref="Reset"/> first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An unknown action.</exception>
    public StepResult Step(int action)
    {
        var current = state ?? throw new InvalidOperationException(
            "No episode is running: call Reset() to start one (again after an episode terminated or was truncated).");
        CheckAction(action);
        var outcomes = rules[current][action];
        var draw = random.NextDouble();
        var taken = outcomes[^1];
        foreach (var outcome in outcomes)
        {
            if (draw < outcome.Probability) { taken = outcome; break; }
            draw -= outcome.Probability;
        }
        steps++;
        var truncated = !taken.Terminated && steps >= MaxSteps;
        state = taken.Terminated || truncated ? null : taken.NextState;
        return new StepResult(taken.NextState, taken.Reward, taken.Terminated, truncated, Info(taken.Probability));
    }

    /// <summary>Checks a state number, with a message that explains the numbering.</summary>
    protected virtual void CheckState(int state) =>
        Require.OneOf(state, StateCount, nameof(state), "a state of this environment", "the rules' first index");

    private void CheckAction(int action) =>
        Require.OneOf(action, ActionCount, nameof(action), "an action of this environment",
            string.Join(", ", ActionNames.Select((name, a) => $"{a} {name}")));

    /// <summary>Gymnasium's info for a step: the probability of the outcome that happened (one read-only dictionary per probability).</summary>
    private IReadOnlyDictionary<string, object> Info(double probability)
    {
        if (!infos.TryGetValue(probability, out var info))
            infos[probability] = info = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object>(new Dictionary<string, object> { ["prob"] = probability });
        return info;
    }

    private static bool Ends(IReadOnlyList<IReadOnlyList<Transition>> actions) => actions.All(a => a.Count == 0);
}
