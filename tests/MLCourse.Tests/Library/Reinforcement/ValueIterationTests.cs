using MLCourse.Reinforcement;
using Newtonsoft.Json.Linq;
using Plotly.NET.CSharp;

namespace MLCourse.Tests.Reinforcement;   // mirrors MLCourse.Reinforcement, so that a filter on "Reinforcement" finds these tests

/// <summary>
/// A three-state decision process small enough to solve by hand: in A, "stay" pays 1 and stays, "go" pays 0 and moves
/// to B; in B, "stay" pays 2 and stays, "go" pays 10 and ends the episode in T.
/// </summary>
internal static class SmallMdp
{
    public const int A = 0, B = 1, T = 2, Stay = 0, Go = 1;

    public static FiniteMdp Create(double goSucceeds = 1) => new(
        [
            [[new(1, A, 1, false)], goSucceeds == 1 ? [new(1, B, 0, false)] : [new(goSucceeds, B, 0, false), new(1 - goSucceeds, A, 0, false)]],
            [[new(1, B, 2, false)], [new(1, T, 10, true)]],
            [[], []],
        ],
        start: A, maxSteps: 50, actionNames: ["stay", "go"]);
}

public sealed class ValueIterationTests
{
    [Fact]
    public void Values_match_the_hand_computed_optimum_of_a_three_state_example()
    {
        // By hand, γ = 0.9. In B: staying for ever is worth 2 / (1 − 0.9) = 20, more than leaving with 10, so V(B) = 20.
        // In A: staying for ever is worth 1 / 0.1 = 10; going is worth 0 + 0.9 · 20 = 18, so V(A) = 18.
        var optimum = ValueIteration.Solve(SmallMdp.Create(), gamma: 0.9);

        Assert.Equal(18, optimum.Values[SmallMdp.A], 8);
        Assert.Equal(20, optimum.Values[SmallMdp.B], 8);
        Assert.Equal(0, optimum.Values[SmallMdp.T]);
        Assert.Equal([SmallMdp.Go, SmallMdp.Stay, -1], optimum.Policy);
        Assert.Equal(10, optimum.ActionValue(SmallMdp.B, SmallMdp.Go), 8);
        Assert.Equal(1 + 0.9 * 18, optimum.ActionValue(SmallMdp.A, SmallMdp.Stay), 8);                     // Q*(A, stay) = 17.2
    }

    [Fact]
    public void A_move_that_can_fail_is_worth_its_expectation()
    {
        // "go" now reaches B with probability 0.8 and otherwise stays in A (reward 0). Going is worth
        // V = 0.8 · 0.9 · 20 + 0.2 · 0.9 · V, so V = 14.4 / 0.82 = 17.5609…, still more than staying (10).
        var optimum = ValueIteration.Solve(SmallMdp.Create(goSucceeds: 0.8), gamma: 0.9);

        Assert.Equal(14.4 / 0.82, optimum.Values[SmallMdp.A], 8);
        Assert.Equal(SmallMdp.Go, optimum.Policy[SmallMdp.A]);
    }

    [Fact]
    public void With_no_discount_a_short_sighted_gamma_of_zero_takes_the_biggest_reward_now()
    {
        var optimum = ValueIteration.Solve(SmallMdp.Create(), gamma: 0);

        Assert.Equal(1, optimum.Values[SmallMdp.A]);       // stay (1) beats go (0) when only this step counts
        Assert.Equal(10, optimum.Values[SmallMdp.B]);      // go (10) beats stay (2)
        Assert.Equal([SmallMdp.Stay, SmallMdp.Go, -1], optimum.Policy);
    }

    [Fact]
    public void On_the_cliff_every_value_is_minus_the_number_of_steps_to_the_goal()
    {
        var cliff = GridWorld.Cliff();
        var optimum = ValueIteration.Solve(cliff, gamma: 1);

        Assert.Equal(-13, optimum.Values[cliff.Start]);                 // up, 11 × right, down
        Assert.Equal(-14, optimum.Values[cliff.StateOf(0, 0)]);         // 2 down, 11 right, 1 down
        Assert.Equal(-1, optimum.Values[cliff.StateOf(2, 11)]);
        Assert.Equal(-12, optimum.Values[cliff.StateOf(2, 0)]);
        Assert.Equal([GridWorld.Up], optimum.OptimalActions(cliff.Start));
        Assert.Equal([GridWorld.Right, GridWorld.Down], optimum.OptimalActions(cliff.StateOf(0, 0)));   // two shortest ways
        Assert.Empty(optimum.OptimalActions(cliff.Goal));
    }

    [Fact]
    public void A_slippery_cliff_keeps_the_optimal_path_off_the_edge()
    {
        var optimum = ValueIteration.Solve(GridWorld.Cliff(slip: 0.1), gamma: 1);
        var path = Episode.Play(GridWorld.Cliff(), s => optimum.Policy[s], seed: 1);   // the policy walked where nothing slips

        Assert.DoesNotContain(GridWorld.Cliff().StateOf(2, 5), path.States);
        Assert.Contains(GridWorld.Cliff().StateOf(1, 5), path.States);
        // Values from an independent numpy implementation of value iteration on the same slippery cliff.
        Assert.Equal(-23.285091, optimum.Values[36], 6);
        Assert.Equal(-9.729675, optimum.Values[1 * 12 + 5], 6);
        Assert.Equal(-1.299853, optimum.Values[2 * 12 + 11], 6);
    }

    [Fact]
    public void Values_that_never_settle_are_explained_and_gamma_outside_0_1_is_refused()
    {
        var loop = new FiniteMdp([[[new(1, 0, 1, false)]]], start: 0);

        Assert.StartsWith("Expected values that settle within 50 sweeps; found values still changing. With γ = 1, values can grow without end",
            Assert.Throws<InvalidOperationException>(() => ValueIteration.Solve(loop, gamma: 1, maxSweeps: 50)).Message);
        Assert.Equal("Expected a discount γ (how much a reward one step later is worth) between 0 and 1; found 1.1. Try 1 for an episodic task, or 0.9. (Parameter 'gamma')",
            Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: 1.1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueIteration.Solve(loop, gamma: -0.5));
    }
}

public sealed class FiniteMdpTests
{
    [Fact]
    public void Step_follows_the_rules_and_ends_the_episode_as_gymnasium_does()
    {
        var mdp = SmallMdp.Create();
        var (start, info) = mdp.Reset(seed: 1);

        Assert.Equal(SmallMdp.A, start);
        Assert.Equal(1.0, info["prob"]);
        var (next, reward, terminated, truncated, _) = mdp.Step(SmallMdp.Go);
        Assert.Equal((SmallMdp.B, 0.0, false, false), (next, reward, terminated, truncated));
        var last = mdp.Step(SmallMdp.Go);
        Assert.Equal((SmallMdp.T, 10.0, true, false), (last.Observation, last.Reward, last.Terminated, last.Truncated));
    }

    [Fact]
    public void An_episode_is_truncated_at_the_step_limit()
    {
        var mdp = new FiniteMdp([[[new(1, 0, -1, false)]]], start: 0, maxSteps: 3);
        mdp.Reset();

        Assert.False(mdp.Step(0).Truncated);
        Assert.False(mdp.Step(0).Truncated);
        var last = mdp.Step(0);
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        Assert.Equal("Expected a running episode; found none (it has not started, or it terminated or was truncated). Call Reset() to start one.",
            Assert.Throws<InvalidOperationException>(() => mdp.Step(0)).Message);
    }

    [Fact]
    public void Random_outcomes_follow_their_probabilities_and_repeat_with_the_seed()
    {
        var mdp = SmallMdp.Create(goSucceeds: 0.8);
        int[] Outcomes(int seed)
        {
            mdp.Reset(seed);
            return Enumerable.Range(0, 2000).Select(_ => { var o = mdp.Step(SmallMdp.Go).Observation; mdp.Reset(); return o; }).ToArray();
        }

        var first = Outcomes(7);
        Assert.Equal(first, Outcomes(7));
        Assert.NotEqual(first, Outcomes(8));
        Assert.InRange(first.Count(o => o == SmallMdp.B) / 2000.0, 0.77, 0.83);
    }

    [Fact]
    public void Bad_rules_states_and_actions_are_explained()
    {
        Assert.StartsWith("Expected the probabilities of state 0, action 0 to add up to 1; found 0.9. List every outcome of an action",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(0.9, 0, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected the same actions in every state (1, as in state 0); found 2 in state 1.",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(1, 0, 0, false)]], [[new(1, 0, 0, false)], [new(1, 0, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected next states numbered 0 to 0, as the rules' first index; found 5 as a next state of state 0, action 0.",
            Assert.Throws<ArgumentException>(() => new FiniteMdp([[[new(1, 5, 0, false)]]], 0)).Message);
        Assert.StartsWith("Expected a start state where something happens; found state 1, which has no outcomes for any action. An episode cannot start where it has ended",
            Assert.Throws<ArgumentOutOfRangeException>(() => new FiniteMdp([[[new(1, 1, 0, true)]], [[]]], 1)).Message);

        var mdp = SmallMdp.Create();
        Assert.Contains("Reset", Assert.Throws<InvalidOperationException>(() => mdp.Step(0)).Message);
        mdp.Reset();
        var action = Assert.Throws<ArgumentOutOfRangeException>(() => mdp.Step(2));
        Assert.Equal("Expected an action of this environment: a number from 0 to 1 (0 stay, 1 go); found 2. There are 2, numbered from 0. (Parameter 'action')", action.Message);
        Assert.StartsWith("Expected a state of this environment: a number from 0 to 2 (the rules' first index); found 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => mdp.Transitions(3, 0)).Message);
    }
}

public sealed class GridWorldTests
{
    private static readonly GridWorld Cliff = GridWorld.Cliff();

    [Fact]
    public void The_cliff_is_gymnasiums_4_by_12_layout()
    {
        Assert.Equal((4, 12, 48, 4), (Cliff.Rows, Cliff.Columns, Cliff.StateCount, Cliff.ActionCount));
        Assert.Equal(36, Cliff.Start);     // Gymnasium's CliffWalking starts in state 36 (row 3, column 0)
        Assert.Equal(47, Cliff.Goal);
        Assert.Equal('C', Cliff.CellAt(Cliff.StateOf(3, 5)));
        Assert.Equal(". . . . . . . . . . . .", Cliff.Render().Split('\n')[0].TrimEnd());
        Assert.Equal("S C C C C C C C C C C G", Cliff.Render().Split('\n')[3].TrimEnd());
    }

    [Fact]
    public void Moves_cost_one_the_cliff_costs_100_and_sends_back_to_the_start_the_goal_ends_the_episode()
    {
        Assert.Equal([new Transition(1, 24, -1, false)], Cliff.Transitions(36, GridWorld.Up));
        Assert.Equal([new Transition(1, 36, -100, false)], Cliff.Transitions(36, GridWorld.Right));
        Assert.Equal([new Transition(1, 36, -1, false)], Cliff.Transitions(36, GridWorld.Left));          // off the grid: stays
        Assert.Equal([new Transition(1, 36, -100, false)], Cliff.Transitions(Cliff.StateOf(2, 4), GridWorld.Down));
        Assert.Equal([new Transition(1, 47, -1, true)], Cliff.Transitions(35, GridWorld.Down));
        Assert.Empty(Cliff.Transitions(47, GridWorld.Up));
        Assert.True(Cliff.Ends(Cliff.StateOf(3, 3)));   // no one stands on the cliff
    }

    [Fact]
    public void A_slippery_move_goes_sideways_with_the_slip_probability_split_in_two()
    {
        var slippery = GridWorld.Cliff(slip: 0.2);

        Assert.Equal(
            [new Transition(0.8, slippery.StateOf(2, 6), -1, false), new Transition(0.1, 36, -100, false), new Transition(0.1, slippery.StateOf(1, 5), -1, false)],
            slippery.Transitions(slippery.StateOf(2, 5), GridWorld.Right));
    }

    [Fact]
    public void Walls_block_and_maps_are_checked()
    {
        var grid = GridWorld.FromMap(["S#G"]);

        Assert.Equal([new Transition(1, 0, -1, false)], grid.Transitions(0, GridWorld.Right));
        Assert.StartsWith("Expected exactly one start (S) and at least one goal (G); found 0 and 1.", Assert.Throws<ArgumentException>(() => GridWorld.FromMap(["..G"])).Message);
        Assert.StartsWith("Expected the letters S (start), G (goal), C (cliff), # (wall) and . (open ground); found 'x'.",
            Assert.Throws<ArgumentException>(() => GridWorld.FromMap(["Sx G"])).Message);
        Assert.StartsWith("Expected rows of the same length; found rows of lengths 3, 1.", Assert.Throws<ArgumentException>(() => GridWorld.FromMap(["S..", "G"])).Message);
        Assert.Equal("Expected the probability that a move goes sideways between 0 and 1; found 1.5. Try 0 (no slipping) or 0.1. (Parameter 'slip')",
            Assert.Throws<ArgumentOutOfRangeException>(() => GridWorld.Cliff(slip: 1.5)).Message);
    }

    [Fact]
    public void An_unknown_state_is_explained_with_the_numbering()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cliff.CellAt(48));

        Assert.Equal("Expected a state of this 4 × 12 grid: a number from 0 to 47 (row × 12 + column); found 48. There are 48, numbered from 0. (Parameter 'state')", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cliff.Transitions(-1, 0));
        Assert.StartsWith("Expected a row of this grid: a number from 0 to 3 (0 is the top row); found 4.", Assert.Throws<ArgumentOutOfRangeException>(() => Cliff.StateOf(4, 0)).Message);
    }

    [Fact]
    public void Render_draws_a_path_as_arrows()
    {
        var grid = GridWorld.FromMap(["...", "S.G"]);
        var path = new Episode([3, 0, 1], [GridWorld.Up, GridWorld.Right, GridWorld.Right], -3, true);

        Assert.Equal("→ → .\n↑ . G\n", grid.Render(path.States, path.Actions).Replace("\r", ""));   // the first move, from S, too
    }
}

public sealed class QTableTests
{
    [Fact]
    public void Greedy_takes_the_highest_estimate_and_the_lowest_action_on_a_tie()
    {
        var q = new QTable(2, 3);
        q[0, 1] = -1;
        q[0, 2] = 2;
        q[1, 0] = -1;

        Assert.Equal(2, q.Greedy(0));
        Assert.Equal(1, q.Greedy(1));               // actions 1 and 2 tie at 0
        Assert.Equal([2.0, 0.0], q.StateValues());
        Assert.Equal([2, 1], q.GreedyPolicy());
    }

    [Fact]
    public void Mean_averages_entry_by_entry_and_needs_tables_of_one_shape()
    {
        var (a, b) = (new QTable(2, 2), new QTable(2, 2));
        (a[0, 0], a[1, 1]) = (-4, 3);
        (b[0, 0], b[0, 1]) = (-2, 6);

        var mean = QTable.Mean([a, b]);

        Assert.Equal([-3.0, 3.0], mean.ActionValues(0));   // (−4 − 2) / 2, (0 + 6) / 2
        Assert.Equal([0.0, 1.5], mean.ActionValues(1));
        Assert.Equal(-4, a[0, 0]);                          // the tables themselves are left alone
        Assert.StartsWith("Expected one or more tables with the same numbers of states and actions; found none.", Assert.Throws<ArgumentException>(() => QTable.Mean([])).Message);
        Assert.StartsWith("Expected one or more tables with the same numbers of states and actions; found 2 × 2, 3 × 2.",
            Assert.Throws<ArgumentException>(() => QTable.Mean([a, new QTable(3, 2)])).Message);
        Assert.Throws<ArgumentNullException>(() => QTable.Mean(null!));
    }

    [Fact]
    public void An_unknown_state_or_action_is_explained()
    {
        var q = new QTable(2, 3);

        Assert.StartsWith("Expected a state of this table: a number from 0 to 1 (as the environment numbers them); found 2.",
            Assert.Throws<ArgumentOutOfRangeException>(() => q[2, 0]).Message);
        Assert.StartsWith("Expected an action of this table: a number from 0 to 2 (as the environment numbers them); found 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => q[0, 3] = 1).Message);
        Assert.StartsWith("Expected at least 1 state; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new QTable(0, 3)).Message);
    }
}

public sealed class QLearningTests
{
    [Fact]
    public void Update_moves_the_estimate_towards_reward_plus_discounted_best_next_value()
    {
        var q = new QTable(2, 2);
        q[1, 0] = -2;
        q[1, 1] = -1;

        QLearning.Update(q, state: 0, action: 0, reward: -1, next: 1, terminated: false, alpha: 0.5, gamma: 0.9);
        Assert.Equal(0.5 * (-1 + 0.9 * -1), q[0, 0], 12);                 // target uses the best next value, −1, not 0
        QLearning.Update(q, state: 0, action: 1, reward: 10, next: 1, terminated: true, alpha: 0.5, gamma: 0.9);
        Assert.Equal(5, q[0, 1], 12);                                      // an ending step has nothing after it
    }

    [Fact]
    public void It_learns_the_optimal_path_of_a_small_deterministic_grid()
    {
        var grid = GridWorld.FromMap(["....", ".#..", "S#.G"]);
        var optimum = ValueIteration.Solve(grid, gamma: 1);

        var run = QLearning.Train(grid, episodes: 300, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: 1);
        var path = Episode.Play(grid, run.Q.Greedy, seed: 1);

        Assert.True(path.Terminated);
        Assert.Equal(optimum.Values[grid.Start], path.Return);             // round the wall: up, up, right, right, then two downs and a right in some order
        Assert.Equal(-7, path.Return);
        Assert.All(path.States.Zip(path.Actions), p => Assert.Contains(p.Second, optimum.OptimalActions(p.First)));
    }

    [Fact]
    public void On_the_cliff_its_greedy_policy_walks_the_edge()
    {
        var cliff = GridWorld.Cliff();
        var run = QLearning.Train(cliff, episodes: 500, alpha: 0.5, gamma: 1, epsilon: 0.1, seed: 1);

        Assert.Equal(-13, Episode.Play(cliff, run.Q.Greedy, seed: 1).Return);
        Assert.True(run.Returns.Skip(400).Average() < -30, "while exploring on the edge it falls off now and then");
    }

    [Fact]
    public void Seeded_runs_repeat_exactly()
    {
        var cliff = GridWorld.Cliff(slip: 0.1);

        var first = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 3);
        var again = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 3);
        var other = QLearning.Train(cliff, 50, 0.5, 1, 0.1, seed: 4);

        Assert.Equal(first.Returns, again.Returns);
        Assert.Equal(first.Q.StateValues(), again.Q.StateValues());
        Assert.NotEqual(first.Returns, other.Returns);
    }

    [Fact]
    public void Bad_settings_are_refused_with_what_to_do()
    {
        var cliff = GridWorld.Cliff();

        Assert.Equal("Expected the share of moves made at random (ε) between 0 and 1; found 1.5. Try 0.1. (Parameter 'epsilon')",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, 1, epsilon: 1.5, seed: 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, 1, epsilon: -0.1, seed: 1));
        Assert.Equal("Expected a step size α (how far each update moves an estimate towards its target) more than 0 and at most 1; found 0. " +
                     "At 0 nothing would be learned. Try 0.5 or 0.1. (Parameter 'alpha')",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, alpha: 0, 1, 0.1, seed: 1)).Message);
        Assert.Contains("found -0.5. At 0 nothing would be learned", Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, alpha: -0.5, 1, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected a discount γ (how much a reward one step later is worth) between 0 and 1; found 1.01.",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, 10, 0.5, gamma: 1.01, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected at least 1 episode; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Train(cliff, episodes: 0, 0.5, 1, 0.1, seed: 1)).Message);
        Assert.StartsWith("Expected a state of this table: a number from 0 to 47 (as the environment numbers them); found 48.",
            Assert.Throws<ArgumentOutOfRangeException>(() => QLearning.Update(new QTable(48, 4), 0, 0, -1, next: 48, false, 0.5, 1)).Message);
    }
}

public sealed class SarsaTests
{
    [Fact]
    public void Update_uses_the_next_action_actually_taken()
    {
        var q = new QTable(2, 2);
        q[1, 0] = -2;
        q[1, 1] = -1;

        Sarsa.Update(q, state: 0, action: 0, reward: -1, next: 1, nextAction: 0, terminated: false, alpha: 0.5, gamma: 1);
        Assert.Equal(0.5 * (-1 + -2), q[0, 0], 12);                        // Q(s′, a′) = −2, although the best is −1
    }

    [Fact]
    public void On_the_cliff_it_earns_more_while_learning_than_q_learning_and_keeps_away_from_the_edge()
    {
        var cliff = GridWorld.Cliff();
        var sarsa = Sarsa.Train(cliff, 500, 0.5, 1, 0.1, seed: 1);
        var q = QLearning.Train(cliff, 500, 0.5, 1, 0.1, seed: 1);
        var path = Episode.Play(cliff, sarsa.Q.Greedy, seed: 1);

        Assert.True(sarsa.Returns.Skip(400).Average() > q.Returns.Skip(400).Average() + 10);
        Assert.True(path.Terminated);
        Assert.True(path.Return < -13);
        Assert.DoesNotContain(cliff.StateOf(2, 5), path.States);
    }

    [Fact]
    public void Seeded_runs_repeat_exactly_and_bad_settings_are_refused()
    {
        var cliff = GridWorld.Cliff();

        Assert.Equal(Sarsa.Train(cliff, 30, 0.5, 1, 0.1, 2).Returns, Sarsa.Train(cliff, 30, 0.5, 1, 0.1, 2).Returns);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Train(cliff, 30, 0.5, 1, epsilon: 2, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Train(cliff, 30, alpha: 0, 1, 0.1, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sarsa.Update(new QTable(2, 2), 0, 0, 0, 1, nextAction: 2, false, 0.5, 1));
    }
}

public sealed class EpsilonGreedyTests
{
    [Fact]
    public void With_epsilon_zero_it_always_exploits_and_breaks_ties_at_random_among_the_best()
    {
        var random = new Random(1);
        var choices = Enumerable.Range(0, 1000).Select(_ => EpsilonGreedy.Choose([0.1, 0.5, 0.5, 0.2], 0, random)).ToList();

        Assert.All(choices, c => Assert.Contains(c, new[] { 1, 2 }));
        Assert.InRange(choices.Count(c => c == 1), 400, 600);
    }

    [Fact]
    public void With_epsilon_one_every_action_is_equally_likely()
    {
        var random = new Random(1);
        var counts = Enumerable.Range(0, 4000).Select(_ => EpsilonGreedy.Choose([0.1, 0.9, 0.2, 0.3], 1, random)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enumerable.Range(0, 4), a => Assert.InRange(counts[a], 900, 1100));
    }

    [Fact]
    public void As_an_agent_it_averages_each_arms_rewards()
    {
        var agent = new EpsilonGreedy(arms: 2, epsilon: 0, seed: 1);
        agent.Update(0, 1);
        agent.Update(0, 0);
        agent.Update(1, 1);

        Assert.Equal([0.5, 1.0], agent.Estimates);
        Assert.Equal(1, agent.Choose());
        Assert.Equal("ε-greedy (ε = 0.1)", new EpsilonGreedy(2, 0.1, 1).Name);
        Assert.StartsWith("Expected the share of moves made at random (ε) between 0 and 1; found -0.2.", Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedy(2, -0.2, 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 1 (as the bandit numbers them); found 2.", Assert.Throws<ArgumentOutOfRangeException>(() => agent.Update(2, 1)).Message);
    }
}

public sealed class UcbTests
{
    [Fact]
    public void It_tries_every_arm_once_then_picks_the_highest_upper_bound()
    {
        var ucb = new Ucb(arms: 3, c: 1);
        Assert.Equal(0, ucb.Choose());
        ucb.Update(0, 1);
        Assert.Equal(1, ucb.Choose());
        ucb.Update(1, 0);
        Assert.Equal(2, ucb.Choose());
        ucb.Update(2, 0);
        ucb.Update(0, 1);   // arm 0: 2 pulls, mean 1; arms 1 and 2: 1 pull, mean 0; t = 4

        // By hand: arm 0: 1 + √(ln 4 / 2) = 1.833; arms 1 and 2: 0 + √(ln 4 / 1) = 1.177. Arm 0 wins.
        Assert.Equal(0, ucb.Choose());
        for (var i = 0; i < 6; i++) ucb.Update(0, 0);   // arm 0: 8 pulls, mean 0.25; t = 10
        // arm 0: 0.25 + √(ln 10 / 8) = 0.786; arm 1: √(ln 10) = 1.517 (the lowest-numbered of the tied arms 1 and 2)
        Assert.Equal(1, ucb.Choose());
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        Assert.Equal("Expected a weight of the exploration bonus of 0 or more; found -1. Try 1, or √2 for the textbook UCB1. (Parameter 'c')",
            Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(3, -1)).Message);
        Assert.StartsWith("Expected at least 1 arm; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(0, 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 2", Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb(3, 1).Update(-1, 0)).Message);
    }
}

public sealed class BanditTests
{
    [Fact]
    public void Arms_pay_with_their_probabilities_and_the_luck_repeats_with_the_seed()
    {
        double[] Pulls(int seed) { var b = new Bandit([0.2, 0.7], seed); return Enumerable.Range(0, 4000).Select(i => b.Pull(i % 2)).ToArray(); }

        var pulls = Pulls(5);
        Assert.Equal(pulls, Pulls(5));
        Assert.InRange(pulls.Where((_, i) => i % 2 == 0).Average(), 0.17, 0.23);
        Assert.InRange(pulls.Where((_, i) => i % 2 == 1).Average(), 0.67, 0.73);
        Assert.Equal(0.7, new Bandit([0.2, 0.7], 1).BestMean);
    }

    [Fact]
    public void Bad_arms_are_explained()
    {
        Assert.StartsWith("Expected a payoff probability for each arm; found none. A bandit needs at least one arm", Assert.Throws<ArgumentException>(() => new Bandit([], 1)).Message);
        Assert.StartsWith("Expected payoff probabilities between 0 and 1; found 1.2 for arm 1.", Assert.Throws<ArgumentException>(() => new Bandit([0.5, 1.2], 1)).Message);
        Assert.StartsWith("Expected an arm of this bandit: a number from 0 to 1 (in the order of the probabilities); found 2.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new Bandit([0.5, 0.2], 1).Pull(2)).Message);
    }
}

public sealed class RegretCurveTests
{
    private sealed class Always(int arm) : IBanditAgent
    {
        public string Name => $"always {arm}";
        public IReadOnlyList<double> Estimates => [];
        public int Choose() => arm;
        public void Update(int arm, double reward) { }
    }

    [Fact]
    public void Regret_adds_the_gap_to_the_best_arm_on_every_pull()
    {
        double[] arms = [0.2, 0.5, 0.3];

        var best = RegretCurve.Measure(arms, (_, _) => new Always(1), pulls: 10, runs: 3, seed: 1);
        var worst = RegretCurve.Measure(arms, (_, _) => new Always(0), pulls: 10, runs: 3, seed: 1);

        Assert.All(best.Regret, r => Assert.Equal(0, r));
        Assert.Equal(Enumerable.Range(1, 10).Select(t => Math.Round(0.3 * t, 12)), worst.Regret.Select(r => Math.Round(r, 12)));
        Assert.Equal("always 0", worst.Agent);
    }

    [Fact]
    public void Ucb_with_a_small_bonus_beats_epsilon_greedy_and_both_beat_greedy_and_runs_repeat()
    {
        double[] arms = [0.3, 0.1, 0.5, 0.2, 0.4];
        RegretCurve Run(Func<int, int, IBanditAgent> agent) => RegretCurve.Measure(arms, agent, pulls: 2000, runs: 100, seed: 1);

        var greedy = Run((k, s) => new EpsilonGreedy(k, 0, s));
        var epsilon = Run((k, s) => new EpsilonGreedy(k, 0.1, s));
        var ucb = Run((k, _) => new Ucb(k, 0.5));

        Assert.True(ucb.Final < epsilon.Final && epsilon.Final < greedy.Final, $"{ucb.Final} < {epsilon.Final} < {greedy.Final}");
        Assert.Equal(epsilon.Regret, Run((k, s) => new EpsilonGreedy(k, 0.1, s)).Regret);
        Assert.Throws<ArgumentOutOfRangeException>(() => RegretCurve.Measure(arms, (k, s) => new Ucb(k, 1), pulls: 0, runs: 1, seed: 1));
    }
}

public sealed class EpisodeTests
{
    [Fact]
    public void Playing_the_optimal_cliff_policy_takes_13_steps()
    {
        var cliff = GridWorld.Cliff();
        var optimum = ValueIteration.Solve(cliff, 1);

        var episode = Episode.Play(cliff, s => optimum.Policy[s], seed: 1);

        Assert.Equal(-13, episode.Return);
        Assert.Equal(13, episode.Actions.Count);
        Assert.Equal([36, 24, 25], episode.States.Take(3));
        Assert.True(episode.Terminated);
        Assert.Equal(-13, Episode.AverageReturn(cliff, s => optimum.Policy[s], episodes: 5, seed: 1));
    }

    [Fact]
    public void A_policy_that_never_arrives_is_cut_off_at_the_step_limit()
    {
        var cliff = GridWorld.Cliff(maxSteps: 20);

        var stuck = Episode.Play(cliff, _ => GridWorld.Left, seed: 1);

        Assert.False(stuck.Terminated);
        Assert.Equal(-20, stuck.Return);
    }
}

public sealed class LearningCurvesTests
{
    [Fact]
    public void Mean_and_smooth_compute_by_hand()
    {
        Assert.Equal([2.0, 3.0], LearningCurves.Mean([[1.0, 2.0], [3.0, 4.0]]));
        Assert.Equal([1.0, 1.5, 2.5, 3.5], LearningCurves.Smooth([1.0, 2.0, 3.0, 4.0], window: 2));
        Assert.StartsWith("Expected one or more runs of the same length; found 2 runs of lengths 1, 2.", Assert.Throws<ArgumentException>(() => LearningCurves.Mean([[1.0], [1.0, 2.0]])).Message);
        Assert.StartsWith("Expected at least 1 value per point; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => LearningCurves.Smooth([1.0], window: 0)).Message);
    }
}

public sealed class GridPlotsTests
{
    [Fact]
    public void The_grid_is_a_heatmap_with_arrows_and_values_top_row_first_and_named_special_cells()
    {
        var grid = GridWorld.FromMap(["...", "SCG"]);
        var optimum = ValueIteration.Solve(grid, 1);

        var chart = grid.Plot(optimum.Values, optimum.Policy, "optimal", path: [3, 0]);

        var trace = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetTraces().First()));
        Assert.Equal("heatmap", (string?)trace["type"]);
        var text = trace["text"]!.ToObject<string[][]>()!;                       // Plotly's first row is drawn at the bottom
        Assert.Equal(["start <span style=\"font-size:22px\"><b>↑</b></span><br>-4", "", ""], text[0]);
        Assert.Equal("<span style=\"font-size:22px\"><b>→</b></span><br>-3", text[1][0]);   // on the path: bold
        Assert.Equal("<span style=\"font-size:17px\">↓</span><br>-1", text[1][2]);
        Assert.Equal("NaN", (string?)trace["z"]![0]![1]);                          // the cliff is left uncoloured
        var names = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout()))["annotations"]!
            .Select(a => ((string?)a["text"], (int)a["x"]!, (int)a["y"]!)).ToList();
        Assert.Equal([("cliff", 1, 0), ("<b>goal</b>", 2, 0)], names);
        Assert.Throws<ArgumentException>(() => grid.Plot([1.0], null, "too few"));
    }

    [Fact]
    public void A_path_is_a_red_line_through_its_cells_and_a_colour_range_is_kept()
    {
        var grid = GridWorld.FromMap(["...", "SCG"]);
        var optimum = ValueIteration.Solve(grid, 1);

        var chart = grid.Plot(optimum.Values, optimum.Policy, "optimal", path: [3, 0, 1, 2], zMin: -25, zMax: 0);

        var traces = chart.GetTraces().Select(t => JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(t))).ToList();
        Assert.Equal((-25.0, 0.0), ((double)traces[0]["zmin"]!, (double)traces[0]["zmax"]!));
        Assert.Equal("YIGnBu", (string?)traces[0]["colorscale"]);                  // all-negative values: one hue, not red–blue
        Assert.Equal(["0", "0", "1", "2"], traces[1]["x"]!.ToObject<string[]>()!);    // columns of states 3, 0, 1, 2
        Assert.Equal(["1", "0", "0", "0"], traces[1]["y"]!.ToObject<string[]>()!);    // their rows, named as the heatmap names them
        Assert.Equal(GridPlots.PathColour, (string?)traces[1]["line"]!["color"]);
        var layout = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart.GetLayout()));
        Assert.Equal("optimal", (string?)layout["title"]!["text"]);                 // the title survives adding the line
        Assert.Single(grid.Plot(optimum.Values, null, "no path").GetTraces());
        Assert.StartsWith("Expected zMin below zMax: the colour range runs from zMin to zMax; found 0 and 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => grid.Plot(optimum.Values, null, "flat", zMin: 0, zMax: 0)).Message);
    }
}
