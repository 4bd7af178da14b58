using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

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
