using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class HtmlTests
{
    [Fact]
    public void Escapes_the_five_characters_html_needs_and_keeps_every_other_one()
    {
        Assert.Equal("&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/b&gt;", Html.Encode("<b a=\"x\" b='y'>Tom & Jerry</b>"));
        Assert.Equal("03 · Explore — café … 数据", Html.Encode("03 · Explore — café … 数据"));
    }
}
