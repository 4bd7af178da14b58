namespace MLCourse.Reinforcement;

/// <summary>
/// A learning agent's estimates Q(s, a): the return it expects after taking action a in state s, one number per state
/// and action, all starting at 0. The greedy policy takes the action with the highest estimate.
/// </summary>
public sealed class QTable
{
    private readonly double[,] q;

    /// <summary>A table of zeros for <paramref name="states"/> states and <paramref name="actions"/> actions.</summary>
    public QTable(int states, int actions)
    {
        Require.AtLeast(states, 1, nameof(states), "state", "so that the table has a row");
        Require.AtLeast(actions, 1, nameof(actions), "action", "so that the table has a column");
        q = new double[states, actions];
    }

    /// <summary>How many states and actions the table has.</summary>
    public int StateCount => q.GetLength(0);

    /// <inheritdoc cref="StateCount"/>
    public int ActionCount => q.GetLength(1);

    /// <summary>The estimate for <paramref name="action"/> in <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown state or action.</exception>
    public double this[int state, int action]
    {
        get { Check(state, action); return q[state, action]; }
        set { Check(state, action); q[state, action] = value; }
    }

    /// <summary>The estimates of every action in <paramref name="state"/>, in action order.</summary>
    public double[] ActionValues(int state)
    {
        Check(state, 0);
        var values = new double[ActionCount];
        for (var a = 0; a < values.Length; a++) values[a] = q[state, a];
        return values;
    }

    /// <summary>The highest estimate in <paramref name="state"/>: the state's value under the greedy policy.</summary>
    public double Max(int state) => ActionValues(state).Max();

    /// <summary>The greedy action in <paramref name="state"/>: the highest estimate, the lowest-numbered action on a tie.</summary>
    public int Greedy(int state)
    {
        var values = ActionValues(state);
        return Array.IndexOf(values, values.Max());
    }

    /// <summary><see cref="Max"/> of every state, in state order (for a value map).</summary>
    public double[] StateValues() => Enumerable.Range(0, StateCount).Select(Max).ToArray();

    /// <summary><see cref="Greedy"/> of every state, in state order (for drawing the policy as arrows).</summary>
    public int[] GreedyPolicy() => Enumerable.Range(0, StateCount).Select(Greedy).ToArray();

    /// <summary>
    /// The entry-by-entry mean of several tables of the same shape, e.g. of several seeded runs: one run's estimates
    /// jitter with its luck, their mean shows what the runs have in common.
    /// </summary>
    /// <exception cref="ArgumentException">No tables, or tables of different shapes.</exception>
    public static QTable Mean(IReadOnlyList<QTable> tables)
    {
        Require.NotNull(tables, nameof(tables), "the tables to average");
        Require.That(tables.Count > 0 && tables.All(t => t is not null && t.StateCount == tables[0].StateCount && t.ActionCount == tables[0].ActionCount),
            nameof(tables), "one or more tables with the same numbers of states and actions",
            $"{(tables.Count == 0 ? "none" : string.Join(", ", tables.Select(t => t is null ? "null" : $"{t.StateCount} × {t.ActionCount}").Distinct()))}",
            "Average the tables of runs on the same environment.");
        var mean = new QTable(tables[0].StateCount, tables[0].ActionCount);
        for (var s = 0; s < mean.StateCount; s++)
            for (var a = 0; a < mean.ActionCount; a++)
                mean.q[s, a] = tables.Average(t => t.q[s, a]);
        return mean;
    }

    private void Check(int state, int action)
    {
        Require.OneOf(state, StateCount, nameof(state), "a state of this table", "as the environment numbers them");
        Require.OneOf(action, ActionCount, nameof(action), "an action of this table", "as the environment numbers them");
    }
}
