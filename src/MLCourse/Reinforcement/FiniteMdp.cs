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
    private readonly string actionNumbering;   // "0 up, 1 right, …", for the message about an unknown action: built once, not on every step
    private Random random = new(0);
    private int? state;
    private int steps;

    /// <summary>
    /// Rules <paramref name="rules"/>[state][action] (each a list of transitions whose probabilities add up to 1, or
    /// empty for every action of a state where nothing more happens), the state every episode starts in, and the step limit.
    /// </summary>
    /// <exception cref="ArgumentException">No states, states with different numbers of actions, probabilities that do not add up to 1, an unknown next state, or not one name per action.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A start that is not a state, or one where nothing happens; fewer than one step per episode.</exception>
    public FiniteMdp(IReadOnlyList<IReadOnlyList<IReadOnlyList<Transition>>> rules, int start, int maxSteps = 1000, IReadOnlyList<string>? actionNames = null)
    {
        Require.NotNull(rules, nameof(rules), "the rules: for each state, for each action, its transitions");
        Require.That(rules.Count > 0 && rules[0].Count > 0, nameof(rules), "at least one state with at least one action", "empty rules",
            "Give rules[state][action]: the list of transitions of each action in each state.");
        StateCount = rules.Count;
        ActionCount = rules[0].Count;
        for (var s = 0; s < StateCount; s++)
        {
            Require.That(rules[s].Count == ActionCount, nameof(rules), $"the same actions in every state ({ActionCount}, as in state 0)", $"{rules[s].Count} in state {s}",
                "Give every state the same actions; an action that changes nothing can lead back to its own state.");
            var ends = rules[s].All(a => a.Count == 0);
            for (var a = 0; a < ActionCount; a++)
            {
                var total = rules[s][a].Sum(t => t.Probability);
                Require.That(ends || Math.Abs(total - 1) <= 1e-9, nameof(rules), $"the probabilities of state {s}, action {a} to add up to 1", $"{total}",
                    "List every outcome of an action (a state where nothing more happens has no outcomes for any action).");
                foreach (var t in rules[s][a])
                    Require.That(t.NextState >= 0 && t.NextState < StateCount, nameof(rules), $"next states numbered 0 to {StateCount - 1}, as the rules' first index",
                        $"{t.NextState} as a next state of state {s}, action {a}", "Number the states as the rules list them.");
            }
        }
        Require.OneOf(start, StateCount, nameof(start), "a state", "the rules' first index");
        Require.Number(!Ends(rules[start]), nameof(start), "a start state where something happens", $"state {start}, which has no outcomes for any action",
            "An episode cannot start where it has ended: start where the agent can act.");
        Require.AtLeast(maxSteps, 1, nameof(maxSteps), "step per episode", "so that an episode can happen");
        this.rules = rules.Select(s => s.Select(a => a.ToArray()).ToArray()).ToArray();
        Start = start;
        MaxSteps = maxSteps;
        ActionNames = actionNames ?? Enumerable.Range(0, ActionCount).Select(a => a.ToString()).ToList();
        Require.That(ActionNames.Count == ActionCount, nameof(actionNames), $"one name per action ({ActionCount})", $"{ActionNames.Count} names",
            "Name every action, in the order of the actions.");
        actionNumbering = string.Join(", ", ActionNames.Select((name, a) => $"{a} {name}"));
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
        var current = state ?? throw new InvalidOperationException(Require.Message("a running episode",
            "none (it has not started, or it terminated or was truncated)", "Call Reset() to start one."));
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
        Require.OneOf(action, ActionCount, nameof(action), "an action of this environment", actionNumbering);

    /// <summary>Gymnasium's info for a step: the probability of the outcome that happened (one read-only dictionary per probability).</summary>
    private IReadOnlyDictionary<string, object> Info(double probability)
    {
        if (!infos.TryGetValue(probability, out var info))
            infos[probability] = info = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object>(new Dictionary<string, object> { ["prob"] = probability });
        return info;
    }

    private static bool Ends(IReadOnlyList<IReadOnlyList<Transition>> actions) => actions.All(a => a.Count == 0);
}
