using Microsoft.Data.Analysis;

namespace MLCourse.Tests;

public sealed class RequireTests
{
    private static readonly DataFrame Frame = new(
        new StringDataFrameColumn("species", ["Adelie", "Gentoo"]),
        new SingleDataFrameColumn("mass (g)", [3750f, null]),
        new SingleDataFrameColumn("unknown", [null, null]));

    [Fact]
    public void Every_message_says_what_was_expected_what_was_found_and_what_to_do()
    {
        Assert.Equal("Expected a number; found a word. Type digits.", Require.Message("a number", "a word", "Type digits."));

        var error = Assert.Throws<ArgumentException>(() => Require.That(false, "answer", "a number", () => "a word", "Type digits."));

        Assert.Equal("answer", error.ParamName);
        Assert.Equal("Expected a number; found a word. Type digits. (Parameter 'answer')", error.Message);
    }

    [Fact]
    public void What_was_found_is_only_described_when_the_check_fails()
    {
        Require.That(true, "x", "anything", () => throw new InvalidOperationException("described although the check held"), "");
    }

    [Fact]
    public void Null_and_empty_are_named()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => Require.NotNull<string>(null, "name", "a column name"));
        var empty = Assert.Throws<ArgumentException>(() => Require.NotEmpty(Array.Empty<int>(), "folds", "at least one fold", "Cross-validate first."));

        Assert.Equal("Expected a column name; found null. Check what you pass as name: a variable that was never given a value is null. (Parameter 'name')", missing.Message);
        Assert.Equal("Expected at least one fold; found none. Cross-validate first. (Parameter 'folds')", empty.Message);
        Assert.Equal("Adelie", Require.NotNull("Adelie", "name", "a name"));
    }

    [Fact]
    public void Counts_and_ranges_say_the_limit_and_the_value()
    {
        Assert.Equal("Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval. (Parameter 'repeats')",
            Assert.Throws<ArgumentException>(() => Require.AtLeast(1, 2, "repeats", "repeats", "so that each change has an interval")).Message);
        Assert.Equal("Expected a share between 0 and 1; found 1.5. Give 0.2 for a fifth. (Parameter 'share')",
            Assert.Throws<ArgumentException>(() => Require.InRange(1.5, 0, 1, "share", "a share", "Give 0.2 for a fifth.")).Message);
        Assert.StartsWith("Expected a share between 0 and 1; found NaN.",
            Assert.Throws<ArgumentException>(() => Require.InRange(double.NaN, 0, 1, "share", "a share", "")).Message);
        Require.AtLeast(2, 2, "repeats", "repeats", "");
        Require.InRange(0, 0, 1, "share", "a share", "");
    }

    [Fact]
    public void A_column_is_found_by_exact_name_and_kind_and_must_have_values()
    {
        Assert.Same(Frame["species"], Require.Column(Frame, "species"));
        Assert.Same(Frame["mass (g)"], Require.Column<SingleDataFrameColumn>(Frame, "mass (g)", "float"));

        Assert.Equal("Expected a column named 'Species'; found none. The columns are: species, mass (g), unknown. " +
                     "Names must match exactly, including case, spaces and units. (Parameter 'column')",
            Assert.Throws<ArgumentException>(() => Require.Column(Frame, "Species")).Message);
        Assert.Equal("Expected column 'species' to hold float values; found String values. " +
                     "Convert it first, or pick a column that holds float values: mass (g), unknown. (Parameter 'column')",
            Assert.Throws<ArgumentException>(() => Require.Column<SingleDataFrameColumn>(Frame, "species", "float")).Message);
        Assert.Equal("Expected values in column 'unknown' to plot; found all 2 rows missing. " +
                     "Drop or fill the missing values first (lesson 02), or pick another column. (Parameter 'column')",
            Assert.Throws<ArgumentException>(() => Require.HasValues(Frame["unknown"], "column", "to plot")).Message);
        Require.HasValues(Frame["mass (g)"], "column", "to plot");
    }
}
