using MLCourse.Reinforcement;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 12, reinforcement learning.</summary>
public static class Lesson12
{
    /// <summary>The click rates of the six headlines of exercise 12.3: one far ahead of the rest.</summary>
    public static IReadOnlyList<double> Headlines { get; } = [0.20, 0.90, 0.30, 0.40, 0.10, 0.50];

    /// <summary>How many readers exercise 12.3's budget holds.</summary>
    public const int Readers = 10_000;

    /// <summary>
    /// Exercise 12.1's process: A = 0, B = 1, the goal = 2, fallen = 3. Action 0 walks (A → B for −1, B → goal for +10);
    /// action 1 jumps to the goal, landing (+10) with probability 0.8 and falling (−5, the end) otherwise.
    /// </summary>
    internal static FiniteMdp Jump() => new(
        [
            [[new(1, 1, -1, false)], [new(0.8, 2, 10, true), new(0.2, 3, -5, true)]],
            [[new(1, 2, 10, true)], [new(0.8, 2, 10, true), new(0.2, 3, -5, true)]],
            [[], []],
            [[], []],
        ],
        start: 0, actionNames: ["walk", "jump"]);

    private static double ValueOfA() => ValueIteration.Solve(Jump(), gamma: 0.9).Values[0];

    /// <summary>12.1: an optimal value, by hand.</summary>
    public static Exercise<double?> ValueByHand { get; } = new(
        "12.1", "a value by hand",
        Checks.Number(ValueOfA, tolerance: 1e-6,
            (() => 9, "That adds the rewards without discounting: the +10 comes one step later, so it counts 0.9 × 10."),
            (() => 8.1, "The discount applies to what comes after this step, not to this step's own reward: −1 + 0.9 × 10."),
            (() => 7, "That is what jumping from A is worth. Is it the best thing to do in A?"),
            (() => 10, "That is what B is worth; A is one step further away.")),
        ["V*(A) is the value of the best action in A. Work out each action's value: walking, then jumping.",
         "Jumping is a gamble: 0.8 × 10 + 0.2 × (−5). Walking earns −1 now and then whatever B is worth, discounted once: −1 + 0.9 × V*(B).",
         "V*(B) is the better of walking (+10) and jumping (the same gamble as from A)."],
        """double? valueOfA = Math.Max(-1 + 0.9 * Math.Max(10, 0.8 * 10 + 0.2 * -5), 0.8 * 10 + 0.2 * -5);""");

    private static readonly OneTransition[] UpdateCases =
    [
        new(0, -1, [-2, -1, -3, -4], false, 0.5, 1),
        new(-5, -1, [-6, -4, -7, -5], false, 0.1, 0.9),
        new(2, 10, [100, 0, 0, 0], true, 0.5, 0.9),
        new(-10, -100, [-14, -13, -12, -13], false, 0.5, 1),
        new(3, 1, [2, 5], false, 1, 0.5),
    ];

    /// <summary>The library's own update (<see cref="QLearning.Update"/>) applied to one transition.</summary>
    private static double Updated(OneTransition t)
    {
        var q = new QTable(2, t.NextQ.Length);
        q[0, 0] = t.Q;
        for (var a = 0; a < t.NextQ.Length; a++) q[1, a] = t.NextQ[a];
        QLearning.Update(q, 0, 0, t.Reward, 1, t.Terminated, t.Alpha, t.Gamma);
        return q[0, 0];
    }

    private static readonly (Func<OneTransition, double> Mistake, string Message)[] UpdateMistakes =
    [
        (t => t.Q + t.Alpha * (t.Reward + t.Gamma * t.NextQ.Max() - t.Q),
            "Right, except when the episode has ended: after a terminating step there is no next state, so the target is the reward alone."),
        (t => t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Max(),
            "That is the target. The update moves Q only a step α of the way towards it: Q + α · (target − Q)."),
        (t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Average()) - t.Q),
            "That averages the next state's values (expected SARSA for a random policy). Q-learning takes the best one: NextQ.Max()."),
        (t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.NextQ.Max()) - t.Q),
            "The next state's value must be discounted: multiply it by Gamma."),
    ];

    private static Judgement JudgeUpdate(Func<OneTransition, double>? answer)
    {
        var judgement = Checks.Function(UpdateCases.Select(c => (c, Updated(c))).ToList(), (a, b) => Math.Abs(a - b) < 1e-9)(answer);
        if (judgement.Correct) return judgement;
        foreach (var (mistake, message) in UpdateMistakes)
            if (UpdateCases.All(c => Same(answer!, mistake, c))) return Judgement.Wrong(message);
        return judgement;
    }

    private static bool Same(Func<OneTransition, double> answer, Func<OneTransition, double> mistake, OneTransition input)
    {
        try
        {
            return Math.Abs(answer(input) - mistake(input)) < 1e-9;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>12.2: the Q-learning update for one transition.</summary>
    public static Exercise<Func<OneTransition, double>?> QUpdate { get; } = new(
        "12.2", "the Q-learning update",
        JudgeUpdate,
        ["The target is what this step suggests Q(s, a) should be: the reward, plus the discounted value of the best action in the next state.",
         "When the episode terminated there is no next state: the target is the reward alone.",
         "Then move Q a step α towards the target: t.Q + t.Alpha * (target - t.Q)."],
        """Func<OneTransition, double>? qUpdate = t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Max()) - t.Q);""");

    /// <summary>
    /// The average reward per pull of ε-greedy on <see cref="Headlines"/> over <see cref="Readers"/> pulls, averaged over
    /// 500 runs seeded apart from any the lesson uses: the checker's own runs.
    /// </summary>
    internal static double HeldOutReward(double epsilon) =>
        RegretCurve.Measure(Headlines, (arms, seed) => new EpsilonGreedy(arms, epsilon, seed), pulls: Readers, runs: 500, seed: 20_12).AverageReward;

    /// <summary>
    /// 12.3: an ε for a budget of 10,000 pulls. The bar, 0.865 clicks per reader, lies between the best ε (0.02 to 0.03:
    /// 0.879) and the lesson's ε = 0.1 (0.848, which pays 0.1 × the average gap of 0.5 on every reader); see the tests for the spread.
    /// </summary>
    public static Exercise<double?> BestEpsilon { get; } = new(
        "12.3", "ε for a budget",
        Checks.Score<double?>(e => HeldOutReward(e!.Value), threshold: 0.865, "average reward per pull", failure: "That ε cannot be used ({0})."),
        ["Try a few values: RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, e, seed), pulls: Lesson12.Readers, runs: 200, seed: 1).AverageReward.",
         "Section 2 worked out what exploring costs: ε × the average gap, on every reader, for ever. Here the best headline gets 0.9 and a random one 0.4 on average: what does ε = 0.1 cost over 10,000 readers, and how many readers does it take to find a headline this far ahead?",
         "Compare 0.005, 0.01, 0.02, 0.03, 0.05, 0.1 and 0.2 and keep the best; the checker runs its own 500 runs and asks for at least 0.865 clicks per reader, which any ε near the best passes."],
        """
        double? bestEpsilon = new[] { 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2 }
            .MaxBy(e => RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, e, seed), pulls: Lesson12.Readers, runs: 200, seed: 1).AverageReward);
        """);

    /// <summary>The letter of the row value iteration's policy walks along on the slippery cliff when nothing slips: A edge, B one up, C top.</summary>
    internal static string SlipperyRow()
    {
        var optimum = ValueIteration.Solve(GridWorld.Cliff(slip: 0.1), gamma: 1);
        var cliff = GridWorld.Cliff();
        var walked = Episode.Play(cliff, s => optimum.Policy[s], seed: 1);
        var middle = walked.States.First(s => s % cliff.Columns == cliff.Columns / 2);
        return (middle / cliff.Columns) switch { 2 => "A", 1 => "B", 0 => "C", _ => "?" };
    }

    /// <summary>12.4: predict the optimal path on a slippery cliff.</summary>
    public static Exercise<string?> SlipperyPath { get; } = new(
        "12.4", "the path on a slippery cliff",
        answer => Checks.Text(SlipperyRow(), ["A", "B", "C"],
            ("A", "Along the edge, every step risks a sideways slip into the cliff (−100, and back to the start). Is that worth saving two steps?"),
            ("C", "The top row is safe, but it costs four extra steps; one row up is already out of reach of a single slip."))(answer),
        ["Along the edge, each step slips into the cliff with probability 0.05. What does that cost on average, per step?",
         "From one row above the edge, where does a single sideways slip land?"],
        """string? slipperyPath = "B";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [ValueByHand, QUpdate, BestEpsilon, SlipperyPath];
}
