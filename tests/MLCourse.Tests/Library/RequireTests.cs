using System.Globalization;
using Microsoft.Data.Analysis;

namespace MLCourse.Tests.Library;

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

        var error = Assert.Throws<ArgumentException>(() => Require.That(false, "answer", "a number", $"a word", "Type digits."));

        Assert.Equal("answer", error.ParamName);
        Assert.Equal("Expected a number; found a word. Type digits. (Parameter 'answer')", error.Message);
    }

    [Fact]
    public void No_part_of_a_message_is_computed_when_the_check_holds()
    {
        var described = 0;
        string Described() => $"part {++described}";

        Require.That(true, "x", $"{Described()}", $"{Described()}", $"{Described()}");
        Require.Number(true, "x", $"{Described()}", $"{Described()}", $"{Described()}");
        Assert.Equal(0, described);

        Assert.Equal("Expected part 1; found part 2. part 3 (Parameter 'x')",
            Assert.Throws<ArgumentException>(() => Require.That(false, "x", $"{Described()}", $"{Described()}", $"{Described()}")).Message);
    }

    [Fact]
    public void Numbers_in_a_message_are_written_the_same_in_every_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("Expected a share between 0 and 1; found 1.5. Give 0.2 for a fifth. (Parameter 'share')",
                Assert.Throws<ArgumentOutOfRangeException>(() => Require.InRange(1.5, 0, 1, "share", "a share", "Give 0.2 for a fifth.")).Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_null_argument_throws_ArgumentNullException()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => Require.NotNull<string>(null, "name", "a column name"));

        Assert.Equal("Expected a column name; found null. Check what you pass as name: a variable that was never given a value is null. (Parameter 'name')", missing.Message);
        Assert.Equal("Adelie", Require.NotNull("Adelie", "name", "a name"));
        Assert.Throws<ArgumentNullException>(() => Require.NotEmpty<int>(null, "folds", "at least one fold", ""));
        Assert.Throws<ArgumentNullException>(() => Require.Enough<int>(null, 2, "folds", "folds", ""));
    }

    [Fact]
    public void A_number_outside_its_range_throws_ArgumentOutOfRangeException()
    {
        Assert.Equal("Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval. (Parameter 'repeats')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.AtLeast(1, 2, "repeats", "repeats", "so that each change has an interval")).Message);
        Assert.Equal("Expected a share between 0 and 1; found 1.5. Give 0.2 for a fifth. (Parameter 'share')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.InRange(1.5, 0, 1, "share", "a share", "Give 0.2 for a fifth.")).Message);
        Assert.StartsWith("Expected a share between 0 and 1; found NaN.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.InRange(double.NaN, 0, 1, "share", "a share", "")).Message);
        Assert.Equal("Expected an arm: a number from 0 to 2 (as the bandit numbers them); found 3. There are 3, numbered from 0. (Parameter 'arm')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.OneOf(3, 3, "arm", "an arm", "as the bandit numbers them")).Message);
        Assert.Equal("Expected a positive step; found -1. Try 0.1. (Parameter 'step')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.Number(false, "step", "a positive step", $"{-1}", "Try 0.1.")).Message);
        Require.AtLeast(2, 2, "repeats", "repeats", "");
        Require.InRange(0, 0, 1, "share", "a share", "");
        Require.OneOf(0, 3, "arm", "an arm", "");
    }

    [Fact]
    public void Anything_else_wrong_with_an_argument_throws_ArgumentException()
    {
        Assert.Equal("Expected at least one fold; found none. Cross-validate first. (Parameter 'folds')",
            Assert.Throws<ArgumentException>(() => Require.NotEmpty(Array.Empty<int>(), "folds", "at least one fold", "Cross-validate first.")).Message);
        Assert.Equal("Expected at least 2 folds; found 1. Use 2 or more, so that the scores have a spread. (Parameter 'folds')",
            Assert.Throws<ArgumentException>(() => Require.Enough([0.9], 2, "folds", "folds", "so that the scores have a spread")).Message);
        Assert.Equal([0.9, 0.8], Require.Enough([0.9, 0.8], 2, "folds", "folds", ""));
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
