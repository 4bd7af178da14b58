using System.Globalization;
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
        new(0, -1, [-2, -1, -3, -4], false, 0.5, 1, 0.1),
        new(-5, -1, [-6, -4, -7, -5], false, 0.1, 0.9, 0.2),
        new(2, 10, [100, 0, 0, 0], true, 0.5, 0.9, 0.1),
        new(-10, -100, [-14, -13, -12, -13], false, 0.5, 1, 0.1),
        new(3, 1, [2, 5], false, 1, 0.5, 0.5),
        new(1, 0, [4, 4, 0], false, 0.5, 1, 0.3),   // a tie for the best: the greedy share goes to the best value, however it is split
    ];

    /// <summary>
    /// Expected SARSA's update (Sutton and Barto, section 6.6), the checker's own: the target is r + γ · the mean of Q(s′, ·)
    /// under the ε-greedy policy, which takes the best action with probability 1 − ε + ε / n and each other one with ε / n,
    /// so the mean is (1 − ε) · max + ε · average.
    /// </summary>
    internal static double ExpectedSarsa(OneTransition t) =>
        t.Q + t.Alpha * (Target(t, next => (1 - t.Epsilon) * next.Max() + t.Epsilon * next.Average()) - t.Q);

    private static double Target(OneTransition t, Func<double[], double> nextValue) => t.Terminated ? t.Reward : t.Reward + t.Gamma * nextValue(t.NextQ);

    private static double Step(OneTransition t, double target) => t.Q + t.Alpha * (target - t.Q);

    private static readonly (Func<OneTransition, double> Mistake, string Message)[] UpdateMistakes =
    [
        (t => Step(t, Target(t, next => next.Max())),
            "That is Q-learning's update: its target assumes the best action next. Expected SARSA weighs each next action by the chance that the ε-greedy agent takes it."),
        (t => Step(t, Target(t, next => next.Average())),
            "That weighs every next action equally, as an agent acting at random would. This agent is ε-greedy: only a share ε of its moves is random."),
        (t => Step(t, Target(t, next => (1 - t.Epsilon) * next.Max() + t.Epsilon * (next.Sum() - next.Max()) / (next.Length - 1))),
            "Close: but a random move is drawn from all the actions, the best one included, so the best action's chance is a little more than 1 − ε."),
        (t => Step(t, t.Reward + t.Gamma * ((1 - t.Epsilon) * t.NextQ.Max() + t.Epsilon * t.NextQ.Average())),
            "Right, except when the episode has ended: after a terminating step there is no next state, so the target is the reward alone."),
        (t => Target(t, next => (1 - t.Epsilon) * next.Max() + t.Epsilon * next.Average()),
            "That is the target. The update moves Q only a step α of the way towards it: Q + α · (target − Q)."),
        (t => Step(t, t.Terminated ? t.Reward : t.Reward + (1 - t.Epsilon) * t.NextQ.Max() + t.Epsilon * t.NextQ.Average()),
            "The next state's value must be discounted: multiply it by Gamma."),
    ];

    private static Judgement JudgeUpdate(Func<OneTransition, double>? answer)
    {
        var judgement = Checks.Function(UpdateCases.Select(c => (c, ExpectedSarsa(c))).ToList(), (a, b) => Math.Abs(a - b) < 1e-9)(answer);
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

    /// <summary>12.2: expected SARSA's update for one transition, an update the lesson describes but does not show.</summary>
    public static Exercise<Func<OneTransition, double>?> ExpectedSarsaUpdate { get; } = new(
        "12.2", "the expected SARSA update",
        JudgeUpdate,
        ["The update has the same shape as Q-learning's and SARSA's: Q + α · (target − Q), and the target is the reward alone when the episode terminated.",
         "The target's next-state part is an average of t.NextQ weighted by the ε-greedy policy: with n actions, a random move picks each with ε / n; the rest of the time (1 − ε) the best one is taken.",
         "So the best action's weight is 1 − ε + ε / n and every other action's is ε / n. Add them up: (1 − ε) · the maximum + ε · the plain average."],
        """Func<OneTransition, double>? expectedSarsa = t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * ((1 - t.Epsilon) * t.NextQ.Max() + t.Epsilon * t.NextQ.Average())) - t.Q);""");

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
        Checks.Score<double?>(e => HeldOutReward(e!.Value), threshold: 0.865, "clicks per reader", failure: "That ε cannot be used ({0}).",
            on: "over the checker's own 500 runs of 10,000 readers"),
        ["Try a few values: RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, e, seed), pulls: Lesson12.Readers, runs: 200, seed: 1).AverageReward.",
         "Section 2 worked out what exploring costs: ε × the average gap, on every reader, for ever. Here the best headline gets 0.9 and a random one 0.4 on average: what does ε = 0.1 cost over 10,000 readers, and how many readers does it take to find a headline this far ahead?",
         "Compare 0.005, 0.01, 0.02, 0.03, 0.05, 0.1 and 0.2 and keep the best; the checker runs its own 500 runs and asks for at least 0.865 clicks per reader, which any ε near the best passes."],
        """
        double? bestEpsilon = new[] { 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2 }
            .MaxBy(e => RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, e, seed), pulls: Lesson12.Readers, runs: 200, seed: 1).AverageReward);
        """);

    /// <summary>The slippery cliff of exercise 12.4: a move goes sideways with probability 0.1 (0.05 to either side).</summary>
    internal static GridWorld Ice() => GridWorld.Cliff(slip: 0.1);

    /// <summary>V*(start) of the slippery cliff, by value iteration: −23.285… (a linear solve and policy iteration agree, see the tests).</summary>
    internal static double SlipperyStartValue() => ValueIteration.Solve(Ice(), gamma: 1).Values[Ice().Start];

    /// <summary>
    /// The numbers a learner may give instead, each with what it is. None of the messages says whether the answer is too
    /// high or too low, so the exercise cannot be passed by trying candidates against the feedback.
    /// </summary>
    private static readonly (Func<double> Value, string Message)[] SlipperyMistakes =
    [
        (() => -13, "That is the start's value on dry ground (section 3). On ice some moves go sideways: compute the values for GridWorld.Cliff(slip: 0.1)."),
        (() => PolicyEvaluation.Evaluate(Ice(), Policy.Greedy(ValueIteration.Solve(GridWorld.Cliff(), gamma: 1).Policy, 4), gamma: 1).Values[Ice().Start],
            "That is what dry ground's optimal policy is worth on ice (its policy evaluation). V* is the value of the policy that is best on ice, which may walk elsewhere."),
        (() => ValueIteration.Solve(GridWorld.Cliff(slip: 0.05), gamma: 1).Values[Ice().Start],
            "That grid slips one move in twenty. `slip` is the total chance of going sideways, 0.05 to each side: GridWorld.Cliff(slip: 0.1)."),
        (() => ValueIteration.Solve(GridWorld.Cliff(slip: 0.2), gamma: 1).Values[Ice().Start],
            "That grid slips one move in five. `slip` is the total chance of going sideways, 0.05 to each side: GridWorld.Cliff(slip: 0.1)."),
        (() => ValueIteration.Solve(Ice(), gamma: 0.9).Values[Ice().Start],
            "That is with a discount γ = 0.9. The lesson's cliff values use γ = 1: a step costs the same now or later."),
    ];

    /// <summary>12.4: the optimal value of the start on a slippery cliff, computed.</summary>
    public static Exercise<double?> SlipperyStart { get; } = new(
        "12.4", "the start's value on a slippery cliff",
        Checks.Computed(SlipperyStartValue, 0.01, "V*(start) of GridWorld.Cliff(slip: 0.1) with γ = 1 (two decimals are enough)",
            "Compute it rather than guess: solve the grid as section 3 does, then read the start's value.",
            "That is V*(start) on ice; compare it with −13 on dry ground, and plot the policy to see where it walks.", SlipperyMistakes),
        ["Section 3 solved the dry cliff with ValueIteration.Solve(cliff, gamma: 1); do the same for the icy one.",
         "The start's value is Values[ice.Start]. Then draw ice.Plot(solved.Values, solved.Policy, \"…\") to see which way the optimal policy walks, and why."],
        """
        var ice = GridWorld.Cliff(slip: 0.1);
        double? slipperyStart = ValueIteration.Solve(ice, gamma: 1).Values[ice.Start];
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [ValueByHand, ExpectedSarsaUpdate, BestEpsilon, SlipperyStart];
}
