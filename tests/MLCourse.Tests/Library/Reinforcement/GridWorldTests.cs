using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

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
