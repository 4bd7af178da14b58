// 12 · Reinforcement learning: agents that learn from reward
// Lesson 12 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/12-reinforcement-learning.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/12-reinforcement-learning.exercises.cs: the same
// exercises and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/12-reinforcement-learning.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 12
// and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook
// cell starts at a line like
//     // ── cell 12 ──────

// Build settings: an ordinary program, as the notebook kernel is (ML.NET, the lessons' JSON and the course's
// progress file use reflection, which a file-based app leaves out by default), with the kernel's namespaces
// and nullable rules, where a warning never stops a lesson.
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property ImplicitUsings=disable
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The notebook's packages. Their versions are pinned once, in Directory.Packages.props: Microsoft.ML@6.0.0,
// Microsoft.Data.Analysis@0.24.0, Plotly.NET@6.0.0, Plotly.NET.CSharp@0.14.0, XPlot.Plotly@4.1.0,
// Parquet.Net@6.1.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Diagnostics;
using Microsoft.Data.Analysis;
using MLCourse;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Reinforcement;
using Plotly.NET.CSharp;
using MLCourse.Exercises;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 12 · Reinforcement learning: agents that learn from reward
//
// Every model so far learned from examples that someone had labelled. Reinforcement learning has no labels:
// an **agent** acts, its **environment** answers each action with a **reward**, and the agent has to find out
// by trial and error which actions pay off in the long run. That is how programs learn to play games, how
// robots learn to walk in simulation, and one of the steps that tune large language models. This lesson works
// on small problems whose right answer is known exactly, so that every claim about what an agent learned can
// be checked.
//
// **You will learn to**
//
// - name the parts: agent, environment, state, action, reward, episode, policy, return, discount;
// - balance exploring and exploiting on a multi-armed bandit with ε-greedy, optimistic initial values and
//   UCB, and measure it as regret;
// - compute the optimal values and policy of a grid world exactly, with value iteration and with policy
//   iteration, and evaluate any policy;
// - predict a policy's values from experience with TD(0), and see what a constant step size costs;
// - learn from experience alone with Q-learning and SARSA, and read their learning curves, value maps and
//   policies;
// - explain why, on the cliff, SARSA learns the safe path and Q-learning the optimal risky one;
// - see where tables stop working, and where deep reinforcement learning takes over.
MLCourse.ConsoleDisplay.Heading(1, "12 · Reinforcement learning: agents that learn from reward");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ## 1. The setting
//
// | term | what it is | on the cliff walk below |
// |---|---|---|
// | **agent** | the learner and decision maker | the walker |
// | **environment** | everything the agent acts on; it answers each action with a new state and a reward | the grid |
// | **state** *s* | where the agent is, as far as it can tell | its cell: 48 cells, numbered row × 12 + column |
// | **action** *a* | what it can do | 0 up, 1 right, 2 down, 3 left |
// | **reward** *r* | a number after every step: the only feedback | −1 per step; −100 for stepping off the cliff |
// | **episode** | one attempt, from the start until it ends | from S until the goal G |
// | **policy** π | the agent's rule: which action in which state | an arrow in every cell |
// | **return** *G* | the rewards of an episode added up, each later one discounted by γ: *G* = *r*₁ + γ*r*₂ + γ²*r*₃ + … | −13 for the shortest walk (γ = 1) |
// | **value** *V*(*s*), *Q*(*s*, *a*) | the return to expect from a state, or from a state after taking an action | |
//
// Three things make this different from supervised learning:
//
// - **No labels.** Nobody says which action was right. A reward says only how good an outcome was.
// - **Delayed reward.** An action's consequences show up steps later: the move that leads to the cliff may be
//   three steps before the fall. Credit has to flow backwards.
// - **The agent chooses its own data.** An agent that never tries going right never learns what is there. It
//   must *explore* to learn and *exploit* what it knows to earn, and every step spent on one is not spent on
//   the other.
//
// The course's environments have the shape of Python's Gymnasium: `Reset()` starts an episode, `Step(action)`
// returns the next state, the reward, whether the episode *terminated* (it reached its end) or was
// *truncated* (cut off by a step limit), and an info dictionary. Here is the cliff walk, Sutton and Barto's
// Example 6.6:
MLCourse.ConsoleDisplay.Heading(2, "1. The setting");

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var lessonClock = Stopwatch.StartNew();   // times the lesson's own computing; section 5 publishes it
var cliff = GridWorld.Cliff();
Console.WriteLine(cliff);

// The walker starts at **S** and must reach **G**. Every step costs −1; stepping into the cliff **C** costs
// −100 and puts the walker back on S. An agent that acts at random:

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
var walker = new Random(1);
var (observation, info) = cliff.Reset(seed: 1);
double walkerReturn = 0;
int walkerSteps = 0, walkerFalls = 0;
var walkerArrived = false;
while (true)
{
    var (nextState, stepReward, terminated, truncated, stepInfo) = cliff.Step(walker.Next(cliff.ActionCount));   // a random action
    walkerReturn += stepReward;
    walkerSteps++;
    if (stepReward == GridWorld.CliffReward) walkerFalls++;
    if (terminated || truncated) { walkerArrived = terminated; break; }
    observation = nextState;   // a learning agent would choose its next action from this state; the random one ignores it
}
display($"The random walker started in state {cliff.Start}, took {walkerSteps} steps and fell off the cliff {walkerFalls} times; it {(walkerArrived ? "reached the goal" : "was stopped by the 1,000-step limit")} with a return of {walkerReturn}.");

// **What to notice.** The whole conversation between agent and environment is that loop: an action in, a
// state and a reward out, until the episode ends. Acting at random, the walker keeps falling off the cliff.
// Doing better means learning, from nothing but these rewards, which action to take in each cell.
//
// ## 2. Multi-armed bandits: exploring against exploiting
//
// The simplest reinforcement-learning problem has a single state and repeated choices. A website has five
// versions of its sign-up page; each visitor sees one version and signs up or not. The versions' sign-up
// rates are 30%, 10%, 50%, 20% and 40%, but the agent does not know them: it learns them by showing the
// versions, like pulling the arms of a row of slot machines (a *multi-armed bandit*). Every visitor shown a
// worse version costs something. The **regret** after *n* visitors adds up, over them, the best rate minus
// the rate of the version shown: the sign-ups lost, in expectation.
//
// Three strategies:
//
// - **greedy**: always show the version with the best sign-up average so far. It exploits, and never
//   explores.
// - **ε-greedy**: the same, except that with probability ε it shows a version at random.
// - **UCB** (upper confidence bound): show the version whose average *plus a bonus* c·√(ln *t* / *n*) is
//   highest, where *n* is how often that version was shown and *t* the number of visitors so far. Rarely
//   shown versions get a big bonus, so it explores where it is uncertain rather than at random. c = √2 is the
//   textbook choice (UCB1), with a guarantee for any reward between 0 and 1; a smaller c explores less.
//
// Each strategy plays 200 independent runs of 5,000 visitors, seeded; the numbers are averages over the runs.
MLCourse.ConsoleDisplay.Notice("The whole conversation between agent and environment is that loop: an action in, a state and a reward out, until the episode ends. Acting at random, the walker keeps falling off the cliff. Doing better means learning, from nothing but these rewards, which action to take in each cell.");
MLCourse.ConsoleDisplay.Heading(2, "2. Multi-armed bandits: exploring against exploiting");

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
double[] signUpRates = [0.30, 0.10, 0.50, 0.20, 0.40];
const int visitors = 5000, banditRuns = 200;
RegretCurve[] curves =
[
    RegretCurve.Measure(signUpRates, (arms, seed) => new EpsilonGreedy(arms, epsilon: 0, seed), visitors, banditRuns, seed: 1),
    RegretCurve.Measure(signUpRates, (arms, seed) => new EpsilonGreedy(arms, epsilon: 0.1, seed), visitors, banditRuns, seed: 1),
    RegretCurve.Measure(signUpRates, (arms, _) => new Ucb(arms, c: Math.Sqrt(2)), visitors, banditRuns, seed: 1),
    RegretCurve.Measure(signUpRates, (arms, _) => new Ucb(arms, c: 0.5), visitors, banditRuns, seed: 1),
];
display(curves.Select(curve => new
{
    agent = curve.Agent,
    regret_after_1000 = Math.Round(curve.Regret[999], 1),
    regret_after_5000 = Math.Round(curve.Final, 1),
    added_by_the_last_1000 = Math.Round(curve.Final - curve.Regret[3999], 1),
    sign_ups_per_visitor = Math.Round(curve.AverageReward, 3),
}).ToDataFrame());

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var regretPoints = Enumerable.Range(1, visitors).Where(t => t == 1 || t % 50 == 0).ToArray();
var regretTable = new DataFrame(
    new Int32DataFrameColumn("visitors", curves.SelectMany(_ => regretPoints)),
    new DoubleDataFrameColumn("regret", curves.SelectMany(curve => regretPoints.Select(t => curve.Regret[t - 1]))),
    new StringDataFrameColumn("agent", curves.SelectMany(curve => regretPoints.Select(_ => curve.Agent))));
display(regretTable.PlotLine("visitors", "regret", by: "agent", title: "Regret: sign-ups lost, in expectation (mean of 200 runs)", yTitle: "regret (sign-ups lost)"));

// **What to notice.**
//
// - **Greedy** loses the most, and its line is straight: every run settles on the first version that gets a
//   sign-up and never looks again. All estimates start at 0, so the first sign-up puts that version's average
//   above 0 for good, while every other version stays at 0. Which version gets the first sign-up is a lottery
//   weighted by the rates, so greedy locks onto the best version only 0.5 / (0.3 + 0.1 + 0.5 + 0.2 + 0.4) =
//   1/3 of the time.
// - **ε-greedy**'s line bends at first, while it finds the best version, then straightens towards a much
//   flatter slope: a tenth of its visitors see a random version for ever. That cost can be worked out without
//   a simulation: a random version falls short of the best by the average gap, so ε-greedy should lose about
//   ε × average gap per visitor. The next cell works out both slopes by hand and compares them with the last
//   1,000 visitors of the simulation.
// - **UCB**'s curves bend: once a version has been shown often enough for its bonus to shrink, UCB shows it
//   more and more rarely (about log *t* times in *t* visitors: it too pays for ever, but less and less). With
//   c = √2 it explores so carefully that after 5,000 visitors it has lost more in total than ε-greedy, yet
//   its last 1,000 visitors cost less than ε-greedy's: it is still learning, and its curve keeps flattening
//   while ε-greedy's tends to a straight line. With c = 0.5 it finds the best version fast and then almost
//   stops paying.
// - UCB's c, like ε, is a setting: the right amount of exploration depends on the problem and on how long you
//   will be playing.

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
var bestRate = signUpRates.Max();
var lockOn = signUpRates.Select(rate => rate / signUpRates.Sum()).ToArray();   // greedy's chance of locking onto each version
var greedyGap = lockOn.Zip(signUpRates, (chance, rate) => chance * (bestRate - rate)).Sum();
var greedySpread = Math.Sqrt(lockOn.Zip(signUpRates, (chance, rate) => chance * Math.Pow(bestRate - rate, 2)).Sum() - greedyGap * greedyGap);
var averageGap = signUpRates.Average(rate => bestRate - rate);
Console.WriteLine($"Greedy by hand: it locks onto the best version with probability {lockOn[Array.IndexOf(signUpRates, bestRate)]:0.000}, and then loses {greedyGap:0.000} per visitor on average, {greedyGap * 1000:0.0} sign-ups per 1,000 visitors (give or take {greedySpread * 1000 / Math.Sqrt(banditRuns):0.0} for a mean of {banditRuns} runs); the simulation lost {curves[0].Final - curves[0].Regret[3999]:0.0} over its last 1,000.");
Console.WriteLine($"ε-greedy by hand: 0.1 × {averageGap:0.00} (the average gap) × 1,000 visitors = {0.1 * averageGap * 1000:0.0} sign-ups lost per 1,000 visitors from exploring; the simulation lost {curves[1].Final - curves[1].Regret[3999]:0.0} over its last 1,000.");

// **What to notice.** Both closed forms agree with the simulation. Greedy's lottery makes its runs differ a
// lot (a run stuck on the worst version keeps losing the largest gap, one on the best loses nothing), so its
// simulated slope is within the give-or-take of 200 runs rather than exact. ε-greedy's agrees to within a
// sign-up or so: by then it has almost always found the best version, and nearly all of its regret is the
// price of exploring. A fixed ε pays it for ever.
//
// Greedy's trouble is that its estimates start at 0, below every version's true rate, so the first sign-up is
// enough to make one version look best for good. **Optimistic initial values** (Sutton and Barto, section
// 2.6) start every estimate at 1, the most a visitor can give. Then every version disappoints when shown, its
// estimate drops, and the greedy agent moves on to a version that still looks perfect: it explores without a
// single random choice, and stops exploring once the estimates have come down to the truth.
//
// How fast an estimate comes down depends on how it is updated. Averaging with 1/*n*, as above, the first
// reward *replaces* the optimistic 1, so the optimism lasts one visitor per version. With a constant step
// size α = 0.1, each reward moves the estimate a tenth of the way: after *k* visitors without a sign-up, a
// version's estimate is still 0.9^*k*. Both, on the same 200 seeded runs as above:
MLCourse.ConsoleDisplay.Notice("Both closed forms agree with the simulation. Greedy's lottery makes its runs differ a lot (a run stuck on the worst version keeps losing the largest gap, one on the best loses nothing), so its simulated slope is within the give-or-take of 200 runs rather than exact. ε-greedy's agrees to within a sign-up or so: by then it has almost always found the best version, and nearly all of its regret is the price of exploring. A fixed ε pays it for ever.");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
RegretCurve[] optimisticCurves =
[
    RegretCurve.Measure(signUpRates, (arms, seed) => new EpsilonGreedy(arms, epsilon: 0, seed, initialEstimate: 1), visitors, banditRuns, seed: 1),
    RegretCurve.Measure(signUpRates, (arms, seed) => new EpsilonGreedy(arms, epsilon: 0, seed, initialEstimate: 1, stepSize: 0.1), visitors, banditRuns, seed: 1),
];
display(curves.Concat(optimisticCurves).Select(curve => new
{
    agent = curve.Agent,
    regret_after_1000 = Math.Round(curve.Regret[999], 1),
    regret_after_5000 = Math.Round(curve.Final, 1),
    added_by_the_last_1000 = Math.Round(curve.Final - curve.Regret[3999], 1),
}).ToDataFrame());

// **What to notice.**
//
// - Optimism with 1/*n* averaging helps (less regret than plain greedy) but still locks in: after one visitor
//   per version it is plain greedy again, and a version that happened to get no sign-up on its one try is
//   never shown again.
// - Optimism with α = 0.1 beats ε-greedy without any random choice, and its last 1,000 visitors cost about
//   half of ε-greedy's: once its estimates have come down it explores only by accident (with a constant α the
//   best version's estimate keeps jittering, so another version now and then takes the lead for a while, and
//   a run that settled on a worse version stays there). UCB with c = 0.5 still loses the least. Optimism is a
//   trick for the start only: it explores once, early, so it cannot follow a bandit whose rates drift later.
// - **Why the bandit averages with 1/*n* while TD learning (section 4) uses a constant α.** A version's
//   sign-up rate never changes, so every visitor is equally good evidence, and the plain average (a step of
//   1/*n*) is the best estimate: its error keeps shrinking. A TD target, *r* + γ · *V*(*s*′), moves: it is
//   built on an estimate *V*(*s*′) that is still learning (and in Q-learning and SARSA on a policy that
//   changes too). Old targets are out of date, so a constant α weighs recent ones more (a reward *k* updates
//   ago weighs α · (1 − α)^*k*), at the price of never settling exactly: the estimate keeps jittering around
//   the truth by an amount that grows with α. Section 4 measures that jitter.
//
// ## 3. A grid world with a known optimum
//
// Back to the cliff. Because the course wrote this environment, its rules are known: for every state and
// action, where the walker can land, with what probability and reward (`cliff.Transitions(state, action)`,
// Gymnasium's `P[s][a]`). With the rules, the optimal values can be computed instead of learned. **Value
// iteration** starts from *V* = 0 everywhere and sweeps Bellman's optimality equation over all states until
// no value changes:
//
// *V*(*s*) ← max over *a* of Σ *p*(*s*′ | *s*, *a*) · (*r* + γ · *V*(*s*′))
//
// The best action in each state is then the one that achieves the maximum. γ = 1 here: every sensible policy
// reaches the goal, so returns stay finite without discounting, and a step costs the same now or later.
MLCourse.ConsoleDisplay.Heading(2, "3. A grid world with a known optimum");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var optimum = ValueIteration.Solve(cliff, gamma: 1);
var optimalWalk = Episode.Play(cliff, state => optimum.Policy[state], seed: 1);
Console.WriteLine($"Value iteration settled after {optimum.Sweeps} sweeps. Optimal return from the start: {optimum.Values[cliff.Start]}. By hand, the shortest walk is up, {cliff.Columns - 1} × right, down: {cliff.Columns + 1} steps of −1, a return of {-(cliff.Columns + 1)}. Walking the policy: {optimalWalk.Actions.Count} steps, return {optimalWalk.Return}, each step drawn as the arrow of its move (the first one on S):");
Console.WriteLine(cliff.Render(optimalWalk.States, optimalWalk.Actions));

// ── cell 16 ────────────────────────────────────────────────────────────────────────────────────────────────
const double valueLow = -25, valueHigh = 0;   // one colour scale for every value map of the lesson, wide enough for the learned maps below
display(cliff.Plot(optimum.Values, optimum.Policy, "Value iteration: the optimal value of every cell and the best action (red line: the walk from the start)", optimalWalk.States, zMin: valueLow, zMax: valueHigh));

// **What to notice.** Every cell's value is minus the number of steps from it to the goal, and every arrow
// points down the slope of the values. The optimal walk runs along the cliff's edge: nothing ever slips here,
// so the edge costs nothing extra. This map is the ground truth the learning agents are measured against. All
// value maps in this lesson share one colour scale, from −25 to 0, so that a colour means the same value on
// each.
//
// Bellman's equation can be checked for any single cell. From the start, each action's value *Q**(*s*, *a*)
// is its reward plus the value of where it lands:
MLCourse.ConsoleDisplay.Notice("Every cell's value is minus the number of steps from it to the goal, and every arrow points down the slope of the values. The optimal walk runs along the cliff's edge: nothing ever slips here, so the edge costs nothing extra. This map is the ground truth the learning agents are measured against. All value maps in this lesson share one colour scale, from −25 to 0, so that a colour means the same value on each.");

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
display(GridWorld.Arrows.Select((arrow, action) => new { action = $"{arrow} {cliff.ActionNames[action]}", q_star = optimum.ActionValue(cliff.Start, action) }).ToDataFrame());

// **What to notice.** Up is −1 plus the value of the cell above (−12): −13, the start's value, the best of
// the four. Right steps into the cliff: −100, and back to the start, worth −13 more. Down and left bump into
// the edge of the grid and leave the walker where it was: −1 − 13.
//
// ### Policy evaluation and policy iteration
//
// Value iteration asks *what is the best?* in every sweep. Two smaller questions lead to the same answer
// (Sutton and Barto, chapter 4). **Policy evaluation** asks *how good is this policy?*: it sweeps Bellman's
// *expectation* equation, the average over the policy's actions where value iteration takes the best,
//
// *V*(*s*) ← Σ over *a* of π(*a* | *s*) · Σ *p*(*s*′ | *s*, *a*) · (*r* + γ · *V*(*s*′)),
//
// until no value changes. A `Policy` holds π(*a* | *s*) for every state and action. First the random walker
// of section 1, every action equally likely:
MLCourse.ConsoleDisplay.Notice("Up is −1 plus the value of the cell above (−12): −13, the start's value, the best of the four. Right steps into the cliff: −100, and back to the start, worth −13 more. Down and left bump into the edge of the grid and leave the walker where it was: −1 − 13.");
MLCourse.ConsoleDisplay.Heading(3, "Policy evaluation and policy iteration");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var randomPolicy = Policy.Uniform(cliff.StateCount, cliff.ActionCount);
var randomValues = PolicyEvaluation.Evaluate(cliff, randomPolicy, gamma: 1);
display($"The random walker's expected return from the start: {randomValues.Values[cliff.Start]:N2}, found in {randomValues.Sweeps:N0} sweeps (value iteration needed {optimum.Sweeps}).");

// **What to notice.** Acting at random, the walker expects to lose more than 65,000 from the start: its walks
// are long and full of falls (−100 each). Section 1's random walker lost far less because its walks were cut
// off after 1,000 steps; policy evaluation has no such limit and counts every walk to its end. Evaluating so
// poor a policy takes a long time, because a value can only settle once the episodes it averages over have
// ended, and this policy's episodes are very long.
//
// **Policy iteration** then improves the policy: in every state take the action that is best according to
// these values (*policy improvement*), evaluate the new policy, and repeat until the policy no longer
// changes. Each improved policy is at least as good as the last in every state, and strictly better somewhere
// unless it is unchanged (a tie keeps the current action, so the policy never switches between equally good
// ones); there are only finitely many policies, so it must stop, and where no action improves on the policy's
// own, the policy is optimal. From the random walker:
MLCourse.ConsoleDisplay.Notice("Acting at random, the walker expects to lose more than 65,000 from the start: its walks are long and full of falls (−100 each). Section 1's random walker lost far less because its walks were cut off after 1,000 steps; policy evaluation has no such limit and counts every walk to its end. Evaluating so poor a policy takes a long time, because a value can only settle once the episodes it averages over have ended, and this policy's episodes are very long.");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var iterated = PolicyIteration.Solve(cliff, gamma: 1, initial: randomPolicy);
var largestDifference = iterated.Values.Zip(optimum.Values, (a, b) => Math.Abs(a - b)).Max();
var optimalActionStates = Enumerable.Range(0, cliff.StateCount).Count(s => !cliff.Ends(s) && optimum.OptimalActions(s).Contains(iterated.Policy[s]));
Console.WriteLine($"Policy iteration: {iterated.Rounds} rounds of evaluate-then-improve (the last changed nothing), {iterated.EvaluationSweeps:N0} evaluation sweeps in all, {iterated.EvaluationSweeps - randomValues.Sweeps:N0} of them after the first evaluation.");
Console.WriteLine($"Value iteration: {optimum.Sweeps} sweeps. The largest difference between their values: {largestDifference}. Policy iteration's action is optimal (by value iteration) in {optimalActionStates} of the {Enumerable.Range(0, cliff.StateCount).Count(s => !cliff.Ends(s))} states where the walker acts.");

// **What to notice.** The two methods agree exactly: the same values in every state, and an optimal action in
// every state. Policy iteration needed only a handful of rounds, but nearly all of its sweeps went into
// evaluating the random walker; once the policy reached the goal quickly, the other evaluations took only a
// few sweeps each. On this small grid, value iteration's 15 sweeps are far cheaper. Value iteration is in
// fact policy iteration with each evaluation cut down to a single sweep.
//
// ## 4. Learning from experience: TD(0), Q-learning and SARSA
//
// Value iteration needed the rules. A learning agent has only `Reset` and `Step`. The simplest learning
// method predicts a fixed policy's values from experience. **TD(0)** plays episodes with the policy and after
// every step moves the estimate of the state it left a step α towards a target built from what it saw:
//
// *V*(*s*) ← *V*(*s*) + α · (*r* + γ · *V*(*s*′) − *V*(*s*))
//
// The target leans on *V*(*s*′), an estimate that is itself still learning (*bootstrapping*). Here TD(0)
// learns the values of the ε-greedy version of the optimal policy (ε = 0.1: one move in ten at random, the
// way the agents below behave), whose exact values policy evaluation gives. Ten runs for each of two step
// sizes, 2,000 episodes each:
MLCourse.ConsoleDisplay.Notice("The two methods agree exactly: the same values in every state, and an optimal action in every state. Policy iteration needed only a handful of rounds, but nearly all of its sweeps went into evaluating the random walker; once the policy reached the goal quickly, the other evaluations took only a few sweeps each. On this small grid, value iteration's 15 sweeps are far cheaper. Value iteration is in fact policy iteration with each evaluation cut down to a single sweep.");
MLCourse.ConsoleDisplay.Heading(2, "4. Learning from experience: TD(0), Q-learning and SARSA");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var exploringPolicy = Policy.Greedy(optimum.Policy, cliff.ActionCount, epsilon: 0.1);
var exploringValues = PolicyEvaluation.Evaluate(cliff, exploringPolicy, gamma: 1);
const int tdEpisodes = 2000, tdRuns = 10;
double[] tdAlphas = [0.1, 0.02];
var tdErrors = tdAlphas.Select(alpha => Enumerable.Range(1, tdRuns)
    .Select(run => TdPrediction.Estimate(cliff, exploringPolicy, tdEpisodes, alpha, gamma: 1, seed: run)
        .Select(estimates => Math.Abs(estimates[cliff.Start] - exploringValues.Values[cliff.Start])).ToArray())
    .ToList()).ToList();
var tdStartError = tdErrors.Select(runs => LearningCurves.Mean(runs.Cast<IReadOnlyList<double>>().ToList())).ToList();
Console.WriteLine($"Exact value of the start under this policy (policy evaluation, {exploringValues.Sweeps} sweeps): {exploringValues.Values[cliff.Start]:0.00}; under the optimal policy it is {optimum.Values[cliff.Start]}.");
for (var i = 0; i < tdAlphas.Length; i++)
    Console.WriteLine($"TD(0) with α = {tdAlphas[i]}: error at the start, mean of {tdRuns} runs, after 100 episodes {tdStartError[i][99]:0.00}, after 500 {tdStartError[i][499]:0.00}, after {tdEpisodes:N0} {tdStartError[i][tdEpisodes - 1]:0.00}.");

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
var tdPoints = Enumerable.Range(1, tdEpisodes).Where(e => e % 10 == 0).ToArray();
var tdTable = new DataFrame(
    new Int32DataFrameColumn("episode", tdAlphas.SelectMany(_ => tdPoints)),
    new DoubleDataFrameColumn("error", tdStartError.SelectMany(errors => tdPoints.Select(e => errors[e - 1]))),
    new StringDataFrameColumn("step size", tdAlphas.SelectMany(alpha => tdPoints.Select(_ => $"α = {alpha}"))));
display(tdTable.PlotLine("episode", "error", by: "step size", title: $"TD(0): error of the start's estimate against the exact value (mean of {tdRuns} runs)", yTitle: "|estimate − exact value|"));

// **What to notice.** Exploring costs: the ε-greedy walker expects about −45.8 from the start where the
// optimal policy expects −13, because its random moves along the edge sometimes drop it off the cliff (−100).
// TD(0) finds that value from experience alone, without the rules, but only approximately. With α = 0.1 it
// comes close within a few hundred episodes and then stays jittering some 6 away: every fall moves the values
// near the edge a tenth of the way towards a target 100 lower, and through bootstrapping that jolt reaches
// the start's estimate a few steps later. With α = 0.02 it learns more slowly but ends closer (under 4 away).
// That is the price of a constant step size from section 2, and the reason learning agents lower α over time.
//
// ### Q-learning and SARSA: learning to act
//
// TD(0) evaluates a policy that someone chose. To *find* a good policy, **Q-learning** and **SARSA** keep a
// table *Q*(*s*, *a*) of estimated returns for each state *and action*, all 0 at first; they act ε-greedily
// on it, and after every step they move one entry a step α towards a *target*:
//
// *Q*(*s*, *a*) ← *Q*(*s*, *a*) + α · (target − *Q*(*s*, *a*))
//
// - **Q-learning**: target = *r* + γ · max over *a*′ of *Q*(*s*′, *a*′), the return if the agent acted
//   *greedily* from the next state on, whatever it will really do there. It learns the values of the greedy
//   policy while behaving ε-greedily (*off-policy*).
// - **SARSA** (State, Action, Reward, next State, next Action): target = *r* + γ · *Q*(*s*′, *a*′), where
//   *a*′ is the action it really takes next, random moves included. It learns the values of the policy it
//   actually follows (*on-policy*).
//
// That one difference is the whole story of the rest of this section. Both explore with ε = 0.1, as in Sutton
// and Barto's Example 6.6, with step size α = 0.5 and γ = 1, for 500 episodes; each is run 20 times with
// different seeds. (Read both in `src/MLCourse/Reinforcement/`: each update is two lines.)
MLCourse.ConsoleDisplay.Notice("Exploring costs: the ε-greedy walker expects about −45.8 from the start where the optimal policy expects −13, because its random moves along the edge sometimes drop it off the cliff (−100). TD(0) finds that value from experience alone, without the rules, but only approximately. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(3, "Q-learning and SARSA: learning to act");

// ── cell 27 ────────────────────────────────────────────────────────────────────────────────────────────────
const int episodes = 500, learningRuns = 20;
var qRuns = Enumerable.Range(1, learningRuns).Select(run => QLearning.Train(cliff, episodes, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: run)).ToList();
var sarsaRuns = Enumerable.Range(1, learningRuns).Select(run => Sarsa.Train(cliff, episodes, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: run)).ToList();
display($"Trained {qRuns.Count} Q-learning agents and {sarsaRuns.Count} SARSA agents for {episodes} episodes each.");

// A **learning curve** shows the return of each episode *while learning*, random moves included: what the
// agent actually earned. Averaged over the 20 runs and smoothed over 10 episodes, so that the trend shows
// through the luck:

// ── cell 29 ────────────────────────────────────────────────────────────────────────────────────────────────
var episodeNumbers = Enumerable.Range(1, episodes).ToArray();
double[] SmoothedMean(List<LearningRun> runs) => LearningCurves.Smooth(LearningCurves.Mean(runs.Select(r => r.Returns).ToList()), window: 10);
var learningCurves = new DataFrame(
    new Int32DataFrameColumn("episode", episodeNumbers),
    new DoubleDataFrameColumn("Q-learning", SmoothedMean(qRuns)),
    new DoubleDataFrameColumn("SARSA", SmoothedMean(sarsaRuns)))
    .Melt(idColumns: ["episode"], valueColumns: ["Q-learning", "SARSA"], variableName: "agent", valueName: "return");   // one row per episode and agent, as in lesson 11
display(learningCurves.PlotLine("episode", "return", by: "agent", title: "Return per episode while learning (mean of 20 runs, smoothed over 10 episodes)")
    .WithYAxisStyle<double, double, string>(TitleText: "return per episode", MinMax: Tuple.Create(-100.0, 0.0)));

// **What to notice.** Both learn fast: the first episodes (far below the chart) wander and fall many times,
// and within a few dozen episodes both earn far more. Then they part: SARSA settles clearly higher than
// Q-learning. Q-learning, the algorithm that learns the *optimal* policy, earns less while it learns. The
// maps show why.
//
// One run's values are noisy: with α = 0.5, every update moves an estimate halfway to a single lucky or
// unlucky target. So each map shows the **mean of the 20 runs' Q-tables** (`QTable.Mean`): each cell's colour
// and number are that table's value max *Q*(*s*, ·), the arrows its greedy actions, and the red line the walk
// of its greedy policy. First Q-learning's:
MLCourse.ConsoleDisplay.Notice("Both learn fast: the first episodes (far below the chart) wander and fall many times, and within a few dozen episodes both earn far more. Then they part: SARSA settles clearly higher than Q-learning. Q-learning, the algorithm that learns the optimal policy, earns less while it learns. The maps show why.");

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
var qMean = QTable.Mean(qRuns.Select(r => r.Q).ToList());
var qWalk = Episode.Play(cliff, qMean.Greedy, seed: 1);
display(cliff.Plot(qMean.StateValues(), qMean.GreedyPolicy(), $"Q-learning, mean of {learningRuns} runs' tables: values max Q(s, ·), greedy policy (red line: its walk, return {qWalk.Return})", qWalk.States, zMin: valueLow, zMax: valueHigh));

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var sarsaMean = QTable.Mean(sarsaRuns.Select(r => r.Q).ToList());
var sarsaWalk = Episode.Play(cliff, sarsaMean.Greedy, seed: 1);
display(cliff.Plot(sarsaMean.StateValues(), sarsaMean.GreedyPolicy(), $"SARSA, mean of {learningRuns} runs' tables: values max Q(s, ·), greedy policy (red line: its walk, return {sarsaWalk.Return})", sarsaWalk.States, zMin: valueLow, zMax: valueHigh));

// **What to notice.** Q-learning's greedy policy walks the cliff's edge, the optimal path of section 3, and
// its values along the edge are the optimal ones (−12 to −1). Far from that path, where it rarely goes, its
// estimates are still on their way down from 0 (the top-left cell reads −12.5; its optimal value is −14).
// SARSA's greedy policy climbs to the top row, as far from the cliff as the grid allows, and walks along it:
// four steps longer, a return of −17. Most of its arrows in the row along the cliff point up, away from it.
//
// **Why.** Both agents explore: one move in ten is random. Along the edge, a random *down* is a fall (−100).
//
// - Q-learning's target assumes the best action next, so its values describe the greedy walk, which never
//   falls. It learns that the edge is the shortest way, and it walks the edge *while exploring*, where its
//   random moves throw it off now and then. Hence the optimal policy, and the lower return while learning.
// - SARSA's target uses the action it really takes next, random ones included, so its values include the
//   falls that exploring causes near the edge. To SARSA, cells by the edge really are worth less: in every
//   column from 0 to 9, the cell by the edge is worth less than the top cell of its column (column 1: −23.5
//   against −16.9); only in the last two columns is the edge the way in. It learns the path that is best *for
//   an agent that keeps exploring*: away from the edge.
//
// Neither is wrong; they answer different questions. If the agent will keep exploring (a robot that learns
// while it works, where a fall is expensive), SARSA's caution is what you want. If only the final policy
// matters and exploring will stop, Q-learning finds the better one. If ε were lowered towards 0 over time,
// both would converge to the optimal path (Sutton and Barto, Example 6.6).
//
// A mean can hide runs that behave differently. Each run on its own, judged by the greedy walk of its final
// table. A walk *keeps off the edge* if it never steps on the row above the cliff in columns 1 to 10, where a
// step down is a fall:
MLCourse.ConsoleDisplay.Notice("Q-learning's greedy policy walks the cliff's edge, the optimal path of section 3, and its values along the edge are the optimal ones (−12 to −1). Far from that path, where it rarely goes, its estimates are still on their way down from 0 (the top-left cell reads −12.5; its optimal value is −14). SARSA's greedy policy climbs to the top row, as far from the cliff as the grid allows, and walks along it: four steps longer, a return of −17. (More in the lesson's text.)");

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
string WalkKind(LearningRun learned)
{
    var walk = Episode.Play(cliff, learned.Q.Greedy, seed: 1);
    bool OnTheEdge(int state) => state / cliff.Columns == cliff.Rows - 2 && state % cliff.Columns > 0 && state % cliff.Columns < cliff.Columns - 1;
    if (!walk.Terminated) return "never arrives";
    if (walk.Return == optimum.Values[cliff.Start]) return "the edge";
    return walk.States.Any(OnTheEdge) ? "longer, partly on the edge" : "off the edge";
}
display(new[] { (agent: "Q-learning", runs: qRuns), (agent: "SARSA", runs: sarsaRuns) }.Select(a => new
{
    a.agent,
    online_return_last_100_episodes = Math.Round(a.runs.Average(r => r.Returns.Skip(episodes - 100).Average()), 1),
    greedy_walks_the_edge = a.runs.Count(r => WalkKind(r) == "the edge"),
    greedy_keeps_off_the_edge = a.runs.Count(r => WalkKind(r) == "off the edge"),
    greedy_longer_partly_on_the_edge = a.runs.Count(r => WalkKind(r) == "longer, partly on the edge"),
    greedy_never_arrives = a.runs.Count(r => WalkKind(r) == "never arrives"),
}).ToDataFrame());

// **What to notice.** The pattern holds run by run: SARSA earns more while learning, Q-learning's greedy walk
// is the optimal edge in every run, and SARSA's keeps off the edge in most runs. In a few more, SARSA's walk
// arrives by a longer route that still steps along part of the edge: its estimates there are still settling.
// The last column is a warning about reading a policy off a table that is still moving. A move into the outer
// edge of the grid leaves the walker where it is, so it is worse than a good move by only about one step's
// −1. With a constant step size α = 0.5, every update moves an estimate halfway to a single lucky or unlucky
// target, so SARSA's estimates jitter by more than that; in a few runs, at the moment learning stopped, the
// greedy action in one cell pointed into the outer edge of the grid (with other seeds, two neighbouring cells
// can also point at each other). An exploring agent soon moves on (and its next update repairs the estimate);
// a greedy walker that no longer learns bumps into the edge until the 1,000-step limit. Lowering α and ε over
// time settles the table. Either way, judge a policy by walking it, as here, not by trusting the table.
MLCourse.ConsoleDisplay.Notice("The pattern holds run by run: SARSA earns more while learning, Q-learning's greedy walk is the optimal edge in every run, and SARSA's keeps off the edge in most runs. In a few more, SARSA's walk arrives by a longer route that still steps along part of the edge: its estimates there are still settling. The last column is a warning about reading a policy off a table that is still moving. (More in the lesson's text.)");

// ## 5. The bars
//
// The lesson checks its own claims: value iteration gives the closed-form optimum; Q-learning's greedy policy
// takes an optimal action in every state of its walk from start to goal, in every run, and the value it
// learned for the start, max *Q*(S, ·) averaged over its runs, is within 5% of the optimum; SARSA earns more
// while learning and its greedy walk keeps off the edge in at least 8 of its 20 runs (not "most": that count
// moves from seed to seed, and the bar must hold for any seed, not only this one); UCB (c = 0.5) and
// optimistic greedy (α = 0.1) lose less than ε-greedy on the bandit; policy iteration reaches value
// iteration's values to within 10⁻⁹ and an optimal action in every state; TD(0) with α = 0.02 ends within 20%
// of the exact value of the start. The cell also publishes how long the lesson has taken since section 1
// began (a wall-clock time, so when you run the notebook by hand it includes your reading); the course's
// runner reports whether the whole lesson ran within its 60 s target (`targetSeconds` in the notebook's
// metadata).
MLCourse.ConsoleDisplay.Heading(2, "5. The bars");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
bool WalksOptimally(LearningRun learned)
{
    var walk = Episode.Play(cliff, learned.Q.Greedy, seed: 1);
    return walk.Terminated && walk.States.Zip(walk.Actions).All(step => optimum.OptimalActions(step.First).Contains(step.Second));
}
var startValue = optimum.Values[cliff.Start];
var qOptimalRuns = qRuns.Count(WalksOptimally);
var qStartValue = qRuns.Average(r => r.Q.Max(cliff.Start));   // what Q-learning learned about the start
var qOnline = qRuns.Average(r => r.Returns.Skip(episodes - 100).Average());
var sarsaOnline = sarsaRuns.Average(r => r.Returns.Skip(episodes - 100).Average());
var sarsaOffEdgeRuns = sarsaRuns.Count(r => WalkKind(r) == "off the edge");
var (epsilonRegret, ucbRegret) = (curves[1].Final, curves[3].Final);

var failures = new List<string>();
if (startValue != -(cliff.Columns + 1)) failures.Add($"value iteration should give the closed form {-(cliff.Columns + 1)} at the start, not {startValue}");
if (qOptimalRuns < learningRuns) failures.Add($"Q-learning's greedy walk should take an optimal action in every state from start to goal in all {learningRuns} runs, not {qOptimalRuns}");
if (Math.Abs(qStartValue - startValue) > 0.05 * Math.Abs(startValue)) failures.Add($"the value Q-learning learned for the start, averaged over its {learningRuns} runs, should be within 5% of {startValue}, not {qStartValue:0.00}");
if (sarsaOnline < qOnline + 10) failures.Add($"SARSA should earn clearly more while learning than Q-learning ({sarsaOnline:0.0} against {qOnline:0.0})");
if (sarsaOffEdgeRuns < 0.4 * learningRuns) failures.Add($"SARSA's greedy walk should keep off the edge in at least 40% of the runs, not {sarsaOffEdgeRuns} of {learningRuns}");
var optimisticRegret = optimisticCurves[1].Final;
var tdFinalErrors = tdStartError.Select(errors => errors[tdEpisodes - 1]).ToArray();
if (optimisticRegret >= epsilonRegret) failures.Add($"optimistic greedy (α = 0.1) should lose less than ε-greedy over {visitors} visitors ({optimisticRegret:0.0} against {epsilonRegret:0.0})");
if (largestDifference > 1e-9 || optimalActionStates < Enumerable.Range(0, cliff.StateCount).Count(s => !cliff.Ends(s))) failures.Add($"policy iteration should reach value iteration's values (largest difference {largestDifference}) and an optimal action in every state ({optimalActionStates})");
if (tdFinalErrors[1] > 0.2 * Math.Abs(exploringValues.Values[cliff.Start])) failures.Add($"TD(0) with α = 0.02 should end within 20% of the start's exact value {exploringValues.Values[cliff.Start]:0.00}, not {tdFinalErrors[1]:0.00} away");
if (tdFinalErrors[1] >= tdFinalErrors[0]) failures.Add($"TD(0) with the smaller α = 0.02 should end closer to the exact value than with α = 0.1 ({tdFinalErrors[1]:0.00} against {tdFinalErrors[0]:0.00} away)");
if (ucbRegret >= epsilonRegret) failures.Add($"UCB (c = 0.5) should lose less than ε-greedy over {visitors} visitors ({ucbRegret:0.0} against {epsilonRegret:0.0})");
if (failures.Count > 0)
    throw new InvalidOperationException("Expected: " + string.Join("; ", failures) + ".");
Course.Publish("optimal_start_value", startValue);
Course.Publish("q_learning_optimal_runs", qOptimalRuns);
Course.Publish("q_learning_start_value", qStartValue);
Course.Publish("q_learning_online_return", qOnline);
Course.Publish("sarsa_online_return", sarsaOnline);
Course.Publish("sarsa_off_edge_runs", sarsaOffEdgeRuns);
Course.Publish("epsilon_greedy_regret", epsilonRegret);
Course.Publish("ucb_regret", ucbRegret);
Course.Publish("optimistic_regret", optimisticRegret);
Course.Publish("optimistic_average_regret", optimisticCurves[0].Final);
Course.Publish("random_policy_start_value", randomValues.Values[cliff.Start]);
Course.Publish("policy_iteration_rounds", iterated.Rounds);
Course.Publish("policy_iteration_sweeps", iterated.EvaluationSweeps);
Course.Publish("exploring_policy_start_value", exploringValues.Values[cliff.Start]);
Course.Publish("td_start_error_alpha_0_1", tdFinalErrors[0]);
Course.Publish("td_start_error_alpha_0_02", tdFinalErrors[1]);
Course.PublishTiming("lesson_seconds", lessonClock.Elapsed.TotalSeconds);

// ## 6. What changes with scale
//
// The cliff has 48 states and 4 actions: a table of 192 numbers. Tables stop working when the states are
// many, or not countable at all:
//
// - **Too many states.** Backgammon has more than 10²⁰ positions and Go about 10¹⁷⁰; a robot's joint angles
//   and a car's speed are real numbers. No table holds them, and a table cannot **generalize**: what it
//   learns about one cell says nothing about the cell next to it, so every state must be visited, many times.
// - **Function approximation** replaces the table with a function *Q*(*s*, *a*; **w**) whose weights **w**
//   are learned from features of the state: a linear model on hand-made features, or a neural network on raw
//   inputs. The update keeps its shape, a step towards the target, now a gradient step on the weights;
//   similar states share what is learned.
// - **Deep reinforcement learning** does this with deep networks. DQN (Mnih et al., *Nature*, 2015) learned
//   to play 49 Atari games from the screen's pixels with Q-learning's target plus two stabilizers, a replay
//   memory of past transitions and a second copy of the network that computes the targets and is held fixed
//   between periodic copies of the learning network, because bootstrapping from estimates that move with
//   every update can diverge. Policy-gradient methods (REINFORCE, PPO) learn the policy itself; PPO is the
//   method commonly used to tune large language models from human feedback (RLHF).
// - **What stays the same** is everything in this lesson: states, actions, rewards and returns, exploring
//   against exploiting, on-policy against off-policy, and the habit of measuring an agent against something
//   known before trusting it on something unknown.
//
// Lesson 11 builds neural networks, by hand and with TorchSharp: the same networks are the function
// approximators of deep reinforcement learning, and an environment with this lesson's `Reset` / `Step`
// interface is what such an agent trains on.
//
// **Coming from Python (Gymnasium).** The course's environments mirror Gymnasium's interface, and the cliff
// is Gymnasium's CliffWalking: 4 × 12 cells, actions 0 up, 1 right, 2 down, 3 left, state = row × 12 + column
// (the start is 36), −1 per step, −100 and back to the start for the cliff, the end at the goal.
//
// | Gymnasium (Python) | this course (C#) |
// |---|---|
// | `env = gym.make("CliffWalking-v1")` | `var cliff = GridWorld.Cliff();` |
// | `obs, info = env.reset(seed=1)` | `var (obs, info) = cliff.Reset(seed: 1);` |
// | `obs, reward, terminated, truncated, info = env.step(action)` | `var (obs, reward, terminated, truncated, info) = cliff.Step(action);` |
// | `env.observation_space.n`, `env.action_space.n` | `cliff.StateCount`, `cliff.ActionCount` |
// | `env.unwrapped.P[s][a]`: a list of `(prob, next_state, reward, terminated)` | `cliff.Transitions(s, a)`: a list of `Transition(Probability, NextState, Reward, Terminated)` |
// | `gym.wrappers.TimeLimit(env, max_episode_steps=1000)` | `GridWorld.Cliff(maxSteps: 1000)` |
// | `Q = np.zeros((48, 4))` | `var q = new QTable(48, 4);` |
//
// Two differences to know. Gymnasium 1.2 renamed the environment `CliffWalking-v1` (older tutorials say
// `-v0`, which now raises a `DeprecatedEnv` error) and added `CliffWalkingSlippery-v1`, where a move goes the
// intended way only a third of the time and sideways two times in three: far more slippery than the course's
// `GridWorld.Cliff(slip: 0.1)`, which slips one move in ten. And Gymnasium's CliffWalking has no step limit
// unless you add one (`gym.make("CliffWalking-v1", max_episode_steps=1000)`), while `GridWorld.Cliff()` stops
// an episode after 1,000 steps, as it stopped the random walker in section 1.
//
// `terminated` means the task itself ended (the goal); `truncated` means a limit cut the episode short, so
// the last state still has a value worth counting: the course's Q-learning and SARSA count it. Libraries such
// as Stable-Baselines3 train deep agents on any environment with this interface.

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson12.ValueByHand.Hint()`.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 12.1 · A value by hand
//
// A tiny task with two states, A and B, and γ = 0.9:
//
// - from A, **walk** to B: reward −1;
// - from B, **walk** to the goal: reward +10, and the episode ends;
// - from A or from B, **jump** for the goal: it lands with probability 0.8 (reward +10) and falls with
//   probability 0.2 (reward −5); either way the episode ends.
//
// What is *V**(A), the return to expect from A when acting optimally? Work it out on paper with Bellman's
// equation, then give the number.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.1 · A value by hand");

// ── cell 42 · your answer to exercise 12.1 ─────────────────────────────────────────────────────────────────
double? valueOfA = null;

// ── cell 43 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.ValueByHand.Check(valueOfA));

// ### Exercise 12.2 · The expected SARSA update
//
// Section 4 showed two targets for *Q*(*s*, *a*): Q-learning's takes the best next action, SARSA's the next
// action the agent really takes. **Expected SARSA** (Sutton and Barto, section 6.6) takes neither: it uses
// the value the next state is *expected* to have under the agent's ε-greedy policy, each next action's
// *Q*(*s*′, *a*′) weighted by the probability that the agent takes it. With *n* actions, the agent takes a
// random action with probability ε (each action, the best one included, equally likely) and otherwise the
// best one. Work out those probabilities, then write the update as a function.
//
// It gets a `OneTransition` `t`: the current estimate `t.Q` = *Q*(*s*, *a*), the `t.Reward`, the next state's
// estimates `t.NextQ` (one per action), whether the episode `t.Terminated`, the step size `t.Alpha`, the
// discount `t.Gamma` and the agent's `t.Epsilon`. It returns the new *Q*(*s*, *a*). As with the other
// updates, when the episode has terminated there is no next state.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.2 · The expected SARSA update");

// ── cell 45 · your answer to exercise 12.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<OneTransition, double>? expectedSarsa = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.ExpectedSarsaUpdate.Check(expectedSarsa));

// ### Exercise 12.3 · ε for a budget
//
// A newspaper tries six headlines for a story; their click rates are `Lesson12.Headlines` (the agent does not
// know them). The story will be read by **10,000 readers** (`Lesson12.Readers`). Which ε makes ε-greedy
// collect the most clicks over them? Is the lesson's ε = 0.1 right here? Experiment:
// `RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, ε, seed), pulls:
// Lesson12.Readers, runs: 200, seed: 1).AverageReward` is the clicks per reader for an ε. Then give your ε.
// The checker runs ε-greedy with it on 500 runs of its own, seeded differently from yours, and asks for at
// least 0.865 clicks per reader.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.3 · ε for a budget");

// ── cell 48 · your answer to exercise 12.3 ─────────────────────────────────────────────────────────────────
double? bestEpsilon = null;

// ── cell 49 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.BestEpsilon.Check(bestEpsilon));

// ### Exercise 12.4 · The start's value on a slippery cliff
//
// On ice, each move goes sideways with probability 0.1 (0.05 to either side): `GridWorld.Cliff(slip: 0.1)`.
// Every step still costs −1, and γ = 1. What is *V**(start), the return to expect from the start when acting
// optimally on ice? Before you compute it, predict: will it be close to the dry cliff's −13, and which way
// will the optimal walker go? Then compute it (two decimals are enough), and draw the icy grid's values and
// policy with `Plot`, as in section 3, to see where the optimal walker goes and why.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.4 · The start's value on a slippery cliff");

// ── cell 51 · your answer to exercise 12.4 ─────────────────────────────────────────────────────────────────
double? slipperyStart = null;

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.SlipperyStart.Check(slipperyStart));

// Your progress so far:

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - Reinforcement learning learns from **rewards**, not labels; rewards come late, and the agent's own
//   actions choose what it gets to learn from, so it must **explore**.
// - On a **bandit**, greedy gets stuck on whatever looked good first; ε-greedy pays ε × the average gap on
//   every pull, for ever (its regret tends to a straight line, checked by hand); **optimistic initial
//   values** make even greedy explore, early, if the estimates come down slowly (a constant α); **UCB**
//   explores where it is uncertain, and its regret flattens.
// - With the rules known, **value iteration** computes the optimal values and policy exactly: −13 from the
//   cliff's start, the closed form. **Policy evaluation** computes any policy's values, and **policy
//   iteration** (evaluate, improve, repeat) reaches the same optimum in a few rounds.
// - **TD(0)** predicts a policy's values from experience alone; a constant step size α keeps up with targets
//   that move, at the price of estimates that never settle exactly.
// - **Q-learning** (off-policy) learns the optimal path along the edge, but falls while exploring; **SARSA**
//   (on-policy) learns the values of what it really does and keeps off the edge. A greedy policy read off a
//   moving table must be checked by walking it.
// - Tables do not scale. **Function approximation** and **deep reinforcement learning** carry the same ideas
//   to large problems, with neural networks like those of lesson 11.
//
// This is the last lesson. The [README](../README.md) lists them all: go back to any you want to practise, or
// take the capstone (lesson 09) further.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
