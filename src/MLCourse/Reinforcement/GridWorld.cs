using System.Text;

namespace MLCourse.Reinforcement;

/// <summary>
/// A grid the agent walks on, one cell per state (state = row × columns + column, row 0 at the top), with four actions
/// numbered as in Gymnasium's CliffWalking: 0 up, 1 right, 2 down, 3 left. Every step costs −1. Cells are drawn from a
/// map: <c>S</c> start, <c>G</c> goal (reaching it ends the episode), <c>C</c> cliff (stepping in costs −100 and sends the
/// agent back to the start), <c>#</c> wall (the agent stays put), <c>.</c> open ground; moving off the grid also leaves the
/// agent where it was. On a slippery grid a move goes sideways (to one of the two perpendicular directions) with
/// probability <see cref="Slip"/>.
/// </summary>
public sealed class GridWorld : FiniteMdp
{
    /// <summary>Action numbers.</summary>
    public const int Up = 0, Right = 1, Down = 2, Left = 3;

    /// <summary>The reward for a step, and for stepping into the cliff.</summary>
    public const double StepReward = -1, CliffReward = -100;

    /// <summary>An arrow for each action, for drawing a policy.</summary>
    public static readonly IReadOnlyList<string> Arrows = ["↑", "→", "↓", "←"];

    private static readonly (int Row, int Column)[] Moves = [(-1, 0), (0, 1), (1, 0), (0, -1)];
    private readonly string[] map;
    private readonly string stateName, stateNumbering;   // for the message about an unknown state: built once, not on every step

    private GridWorld(string[] map, double slip, int maxSteps)
        : base(Rules(map, slip), StartOf(map), maxSteps, ["up", "right", "down", "left"]) =>
        (this.map, Slip, stateName, stateNumbering) = (map, slip, $"a state of this {map.Length} × {map[0].Length} grid", $"row × {map[0].Length} + column");

    /// <summary>How many rows and columns the grid has.</summary>
    public int Rows => map.Length;

    /// <inheritdoc cref="Rows"/>
    public int Columns => map[0].Length;

    /// <summary>The probability that a move goes sideways instead (0 on a deterministic grid).</summary>
    public double Slip { get; }

    /// <summary>The goal's state (the first one in reading order, if the map has several).</summary>
    public int Goal => Enumerable.Range(0, StateCount).First(s => CellAt(s) == 'G');

    /// <summary>
    /// Sutton and Barto's cliff walk (Example 6.6, Gymnasium's CliffWalking): start bottom-left, goal bottom-right,
    /// the cliff between them. The best path runs along the cliff's edge: <c>columns + 1</c> steps on the 4 × 12 grid, return −13.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 rows or 3 columns, or a slip outside [0, 1].</exception>
    public static GridWorld Cliff(int rows = 4, int columns = 12, double slip = 0, int maxSteps = 1000)
    {
        Require.AtLeast(rows, 2, nameof(rows), "rows", "one for the cliff and at least one to walk on");
        Require.AtLeast(columns, 3, nameof(columns), "columns", "for the start, at least one cliff cell and the goal");
        var open = Enumerable.Repeat(new string('.', columns), rows - 1);
        return FromMap([.. open, "S" + new string('C', columns - 2) + "G"], slip, maxSteps);
    }

    /// <summary>A grid from a map, one string per row, e.g. <c>["....", "S#.G"]</c>; see the class summary for the letters.</summary>
    /// <exception cref="ArgumentException">Rows of different lengths, an unknown letter, or not exactly one S and at least one G.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A slip outside [0, 1].</exception>
    public static GridWorld FromMap(IReadOnlyList<string> map, double slip = 0, int maxSteps = 1000)
    {
        Require.NotNull(map, nameof(map), "a map: one string per row");
        Require.InRange(slip, 0, 1, nameof(slip), "the probability that a move goes sideways", "Try 0 (no slipping) or 0.1.");
        Require.That(map.Count > 0 && map[0] is { Length: > 0 } && map.All(r => r?.Length == map[0].Length), nameof(map), "rows of the same length",
            $"rows of lengths {string.Join(", ", map.Select(r => r?.Length ?? 0))}", "Write the map as equally long rows, e.g. [\"....\", \"S#.G\"].");
        var cells = string.Concat(map);
        var unknown = cells.FirstOrDefault(c => !"SGC#.".Contains(c));
        Require.That(unknown == default, nameof(map), "the letters S (start), G (goal), C (cliff), # (wall) and . (open ground)", $"'{unknown}'",
            "Draw the map with those letters only.");
        Require.That(cells.Count(c => c == 'S') == 1 && cells.Contains('G'), nameof(map), "exactly one start (S) and at least one goal (G)",
            $"{cells.Count(c => c == 'S')} and {cells.Count(c => c == 'G')}", "Mark where the agent starts and where it is going.");
        return new GridWorld([.. map], slip, maxSteps);
    }

    /// <summary>The state of the cell at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public int StateOf(int row, int column)
    {
        Require.OneOf(row, Rows, nameof(row), "a row of this grid", "0 is the top row");
        Require.OneOf(column, Columns, nameof(column), "a column of this grid", "0 is the left column");
        return row * Columns + column;
    }

    /// <summary>The map letter of a state's cell: S, G, C, # or '.'.</summary>
    public char CellAt(int state)
    {
        CheckState(state);
        return map[state / Columns][state % Columns];
    }

    /// <summary>
    /// The map as text, one line per row; with a <paramref name="path"/> (states in order) and its
    /// <paramref name="actions"/>, each cell the agent stood on, the start included, shows the arrow of the move made
    /// there, so a path reads like directions.
    /// </summary>
    public string Render(IReadOnlyList<int>? path = null, IReadOnlyList<int>? actions = null)
    {
        var rows = map.Select(r => r.ToCharArray().Select(c => c.ToString()).ToArray()).ToArray();
        for (var i = 0; path is not null && actions is not null && i < Math.Min(path.Count, actions.Count); i++)
        {
            if (CellAt(path[i]) is 'S' or '.') rows[path[i] / Columns][path[i] % Columns] = Arrows[actions[i]];
        }
        var text = new StringBuilder();
        foreach (var row in rows) text.AppendLine(string.Join(" ", row));
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rows} × {Columns} grid world{(Slip > 0 ? $", slip {Slip}" : "")}\n{Render()}";

    /// <inheritdoc />
    protected override void CheckState(int state) =>
        Require.OneOf(state, StateCount, nameof(state), stateName, stateNumbering);

    private static int StartOf(string[] map) => string.Concat(map).IndexOf('S');

    private static Transition[][][] Rules(string[] map, double slip)
    {
        var (rows, columns) = (map.Length, map[0].Length);
        var start = StartOf(map);
        Transition Move(int row, int column, int direction, double probability)
        {
            var (r, c) = (row + Moves[direction].Row, column + Moves[direction].Column);
            if (r < 0 || r >= rows || c < 0 || c >= columns || map[r][c] == '#') (r, c) = (row, column);
            return map[r][c] switch
            {
                'C' => new Transition(probability, start, CliffReward, false),
                'G' => new Transition(probability, r * columns + c, StepReward, true),
                _ => new Transition(probability, r * columns + c, StepReward, false),
            };
        }
        return Enumerable.Range(0, rows * columns).Select(state =>
        {
            var (row, column) = (state / columns, state % columns);
            var standable = map[row][column] is 'S' or '.';
            return Enumerable.Range(0, 4).Select(action => !standable ? [] : new[]
            {
                Move(row, column, action, 1 - slip),
                Move(row, column, (action + 1) % 4, slip / 2),
                Move(row, column, (action + 3) % 4, slip / 2),
            }.Where(t => t.Probability > 0).ToArray()).ToArray();
        }).ToArray();
    }
}
