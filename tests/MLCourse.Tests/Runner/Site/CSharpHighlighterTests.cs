using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public void Keywords_strings_numbers_comments_and_directives_get_their_classes()
    {
        var html = CSharpHighlighter.ToHtml("#r \"nuget: Plotly.NET, 6.0.0\"\nvar n = 42; // the answer\nstring s = $\"{n} <b>\";");

        Assert.Contains("<span class=\"dir\">#</span><span class=\"dir\">r</span> <span class=\"str\">&quot;nuget: Plotly.NET, 6.0.0&quot;</span>", html);
        Assert.Contains("<span class=\"kw\">var</span> n = <span class=\"num\">42</span>;", html);
        Assert.Contains("<span class=\"com\">// the answer</span>", html);
        Assert.Contains("<span class=\"kw\">string</span> s = <span class=\"str\">$&quot;</span>{n}<span class=\"str\"> &lt;b&gt;</span><span class=\"str\">&quot;</span>;", html);
    }

    [Theory]
    [InlineData("var x = \"\"\"\n  raw \"quoted\" text\n  \"\"\";\n")]
    [InlineData("penguins.PlotHistogram(\"Body Mass (g)\", bins: 30)\n")]
    [InlineData("int broken = ;\n  /* unfinished")]
    [InlineData("var café = \"… 数据 📊\"; // é")]
    public void Every_character_of_the_code_is_kept(string code)
    {
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(CSharpHighlighter.ToHtml(code), "<[^>]+>", ""));

        Assert.Equal(code, text);
    }

    [Fact]
    public void A_comment_above_the_setup_cells_directives_stays_above_them()
    {
        var html = CSharpHighlighter.ToHtml("// Course setup\n#r \"nuget: Microsoft.ML, 5.0.1\"\n\nMLCourse.Course.Start();");

        Assert.StartsWith("<span class=\"com\">// Course setup</span>\n<span class=\"dir\">#</span>", html);
        Assert.EndsWith("MLCourse.Course.Start();", html);
    }

    [Fact]
    public void A_variable_named_var_is_not_a_keyword_where_it_is_not_a_type()
    {
        Assert.Contains("<span class=\"kw\">int</span> var = <span class=\"num\">1</span>", CSharpHighlighter.ToHtml("int var = 1;"));
        Assert.Contains("<span class=\"kw\">nameof</span>(x)", CSharpHighlighter.ToHtml("var n = nameof(x);"));
    }
}
