using Microsoft.Data.Analysis;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library;

/// <summary>What a lesson run as a program prints where the notebook would display a value.</summary>
public sealed class ConsoleDisplayTests
{
    private sealed record Score(string Model, int Errors);

    private sealed class Plain
    {
        public int Count { get; init; }
        public string Name { get; init; } = "";
        public string Broken => throw new InvalidOperationException("not today");
    }

    [Fact]
    public void A_DataFrame_is_a_table_with_numbers_right_aligned_and_missing_values_empty()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("species", ["Adelie", "Gentoo"]),
            new DoubleDataFrameColumn("mass", [3750.5, 5000]),
            new Int32DataFrameColumn("n", [1, null]));

        Assert.Equal("species    mass  n\n-------  ------  -\nAdelie   3750.5  1\nGentoo     5000", ConsoleDisplay.Text(frame).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_date_at_midnight_in_a_table_is_an_ISO_date_and_a_time_of_day_is_kept()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<DateTime>("date", [new DateTime(1969, 1, 1), new DateTime(1969, 1, 2, 6, 30, 0)]));
        var text = ConsoleDisplay.Text(frame);
        Assert.Contains("1969-01-01", text);          // lesson 13's first table printed 01/01/1969 00:00:00
        Assert.DoesNotContain("01/01/1969", text);
        Assert.Contains("01/02/1969 06:30:00", text);   // a time of day is not thrown away
    }

    [Fact]
    public void A_long_DataFrame_shows_its_first_rows_and_counts_the_rest()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("i", Enumerable.Range(1, 25)));

        var lines = ConsoleDisplay.Text(frame).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(2 + ConsoleDisplay.MaxRows + 1, lines.Length);
        Assert.Equal("20", lines[^2].Trim());
        Assert.Equal("… 5 more rows (25 in all)", lines[^1]);
    }

    [Fact]
    public void A_list_of_objects_is_a_table_of_their_properties_and_a_list_of_values_is_one_line()
    {
        var models = new[] { new { model = "logistic", accuracy = 0.928 }, new { model = "k-NN", accuracy = 0.98551 } };

        Assert.Equal("model     accuracy\n--------  --------\nlogistic     0.928\nk-NN       0.98551", ConsoleDisplay.Text(models).ReplaceLineEndings("\n"));
        Assert.Equal("[3, 1.5, 2]", ConsoleDisplay.Text(new List<double> { 3, 1.5, 2 }));
        Assert.Equal("[" + string.Join(", ", Enumerable.Range(1, ConsoleDisplay.MaxRows)) + ", …]", ConsoleDisplay.Text(Enumerable.Range(1, 100)));
    }

    [Fact]
    public void A_single_object_prints_its_own_text_or_else_its_properties()
    {
        Assert.Equal("Score { Model = tree, Errors = 2 }", ConsoleDisplay.Text(new Score("tree", 2)));
        Assert.Equal("{ a = 1, b = two }", ConsoleDisplay.Text(new { a = 1, b = "two" }));
        Assert.Equal("property  value\n--------  ---------------------------\nCount     3\nName      penguins\nBroken    (InvalidOperationException)",
            ConsoleDisplay.Text(new Plain { Count = 3, Name = "penguins" }).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Values_text_null_and_verdicts_print_as_the_notebook_shows_them()
    {
        Assert.Equal("<null>", ConsoleDisplay.Text(null));
        Assert.Equal("0.25", ConsoleDisplay.Text(0.25));
        Assert.Equal("as written", ConsoleDisplay.Text("as written"));
        var verdict = new Verdict("04.1", Outcome.Correct, "Well done.");
        Assert.Equal(verdict.ToString(), ConsoleDisplay.Text(verdict));
    }

    [Fact]
    public void A_chart_s_line_names_its_title_and_a_heading_is_underlined_by_its_level()
    {
        Assert.Equal("Chart, \"Bills by species\": /tmp/chart-01.html (open it in a browser)", ConsoleDisplay.ChartLine("Bills by species", "/tmp/chart-01.html"));
        Assert.Equal("Chart: /tmp/chart-01.html (open it in a browser)", ConsoleDisplay.ChartLine(null, "/tmp/chart-01.html"));

        var shown = ConsoleOutput.Of(() =>
        {
            ConsoleDisplay.Heading(1, "04 · Train models");
            ConsoleDisplay.Heading(2, "3. k-means");
        });

        var n = Environment.NewLine;
        Assert.Equal($"{n}04 · Train models{n}{new string('═', 17)}{n}{n}3. k-means{n}{new string('─', 10)}{n}", shown);
    }

    [Fact]
    public void A_notice_is_one_line_that_says_what_it_is_and_an_empty_one_is_refused()
    {
        Assert.Equal("What to notice: the tree reads like rules." + Environment.NewLine, ConsoleOutput.Of(() => ConsoleDisplay.Notice("the tree reads like rules.")));
        Assert.StartsWith("Expected the sentence to print; found an empty text.", Assert.Throws<ArgumentException>(() => ConsoleDisplay.Notice(" ")).Message);
    }
}
