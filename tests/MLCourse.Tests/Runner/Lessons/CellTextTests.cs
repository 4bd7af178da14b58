using System.Text.Json.Nodes;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Lessons;

public sealed class CellTextTests
{
    [Fact]
    public void A_text_field_is_a_string_or_an_array_of_lines_and_nothing_is_empty()
    {
        Assert.Equal("a\nb", CellText.Of(JsonValue.Create("a\nb")));
        Assert.Equal("a\nb\n", CellText.Of(new JsonArray("a\n", "b\n")));
        Assert.Equal("", CellText.Of(null));
        Assert.Equal("", CellText.Of(new JsonArray()));
    }

    [Theory]
    [InlineData("var x = 1;\nx", "var x = 1;")]
    [InlineData("\n   \n  // load the data  \nvar df = Load();", "// load the data")]
    [InlineData("", "(empty)")]
    [InlineData(" \n\t\n", "(empty)")]
    public void The_first_line_is_the_first_that_is_not_blank_trimmed(string text, string firstLine)
    {
        Assert.Equal(firstLine, CellText.FirstLine(text));
    }

    [Fact]
    public void A_long_line_is_shortened_to_the_width_with_dots_and_a_short_one_is_kept()
    {
        var line = new string('x', 150);

        Assert.Equal(new string('x', 97) + "...", CellText.Shorten(line));
        Assert.Equal(new string('x', 17) + "...", CellText.Shorten(line, 20));
        Assert.Equal(new string('x', 100), CellText.Shorten(new string('x', 100)));
    }
}
