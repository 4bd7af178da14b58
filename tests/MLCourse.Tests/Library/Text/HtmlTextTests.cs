using MLCourse.Text;

namespace MLCourse.Tests.Library.Text;

/// <summary><see cref="HtmlText"/>: the text a reader sees, written out by hand for small pages.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Blocks_become_lines_and_inline_tags_vanish()
    {
        Assert.Equal("Title\nFirst paragraph, bold.\nline one\nline two\nitem a\nitem b",
            HtmlText.ToText("<h1>Title</h1><p>First <b>paragraph</b>, <i>bold</i>.</p>line one<br>line two<ul><li>item a<li>item b</ul>"));
    }

    [Fact]
    public void Table_cells_are_lines_of_their_own()
    {
        Assert.Equal("Price\n$10", HtmlText.ToText("<table><tr><td>Price</td></tr><tr><td>$10</td></tr></table>"));
    }

    [Fact]
    public void Head_scripts_styles_and_comments_are_not_text()
    {
        Assert.Equal("Visible", HtmlText.ToText("<html><head><title>T</title></head><body><!-- hidden --><style>x{}</style><script>var a;</script>Visible</body></html>"));
    }

    [Fact]
    public void Entities_are_decoded_and_spaces_collapsed()
    {
        Assert.Equal("Fish & chips < £5", HtmlText.ToText("Fish&nbsp;&amp;   chips\n &lt; &pound;5"));
    }

    [Fact]
    public void Empty_html_gives_empty_text_and_null_is_refused()
    {
        Assert.Equal("", HtmlText.ToText(""));
        Assert.Equal("", HtmlText.ToText("<p> </p><br/>"));
        Assert.Throws<ArgumentNullException>(() => HtmlText.ToText(null!));
    }
}
