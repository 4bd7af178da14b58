using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

public sealed class MarkdownCommentTests
{
    [Fact]
    public void Paragraphs_wrap_at_the_width_and_blank_lines_stay()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 40));   // 199 characters

        var lines = MarkdownComment.From($"# Title\n\n{words}").Split('\n');

        Assert.Equal(["// # Title", "//"], lines.Take(2));
        Assert.Equal(["// " + string.Join(' ', Enumerable.Repeat("word", 21)), "// " + string.Join(' ', Enumerable.Repeat("word", 19))], lines.Skip(2));   // 3 + 104 = 107 columns; a 22nd word would make 112
        Assert.All(lines, l => Assert.True(l.Length <= MarkdownComment.Width));
    }

    [Fact]
    public void A_list_item_s_continuation_is_indented_under_its_text()
    {
        var item = "1. " + string.Join(' ', Enumerable.Repeat("step", 30));

        var lines = MarkdownComment.From(item).Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("// 1. step", lines[0]);
        Assert.StartsWith("//    step", lines[1]);
    }

    [Fact]
    public void Tables_code_blocks_and_indented_lines_keep_their_lines()
    {
        var longCell = new string('x', 150);
        var markdown = $"| a | {longCell} |\n|---|---|\n```\ncode line {longCell}\n```\n    indented {longCell}";

        var comment = MarkdownComment.From(markdown);

        Assert.Equal(string.Join('\n', markdown.Split('\n').Select(l => "// " + l)), comment);
    }

    [Fact]
    public void Windows_line_ends_and_trailing_blank_lines_are_dropped()
    {
        Assert.Equal("// a\n//\n// b", MarkdownComment.From("a  \r\n\r\nb\r\n\r\n"));
    }
}
