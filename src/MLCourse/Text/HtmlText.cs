using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace MLCourse.Text;

/// <summary>
/// The text a person would read in an HTML page or e-mail: the words of the body, one line per block (paragraph, line
/// break, table row, list item, heading), without tags, scripts, styles or the page's head. Entities such as
/// <c>&amp;amp;</c> become characters; runs of spaces and line breaks in the source become one space, as a browser shows
/// them; empty lines are dropped.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Invisible = ["head", "script", "style", "title", "noscript", "template"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    ];

    /// <summary>The readable text of <paramref name="html"/>; an empty string for an empty document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string ToText(string html)
    {
        Require.NotNull(html, nameof(html), "the HTML to read");
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var text = new StringBuilder();
        Append(document.DocumentNode, text);
        var lines = text.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0);
        return string.Join("\n", lines);
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                text.Append(Spaces().Replace(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text), " "));   // a line break in the source is a space
                return;
            case HtmlNodeType.Comment:
                return;
        }
        if (Invisible.Contains(node.Name)) return;
        var block = Blocks.Contains(node.Name);
        if (block) text.Append('\n');
        foreach (var child in node.ChildNodes) Append(child, text);
        if (block) text.Append('\n');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
