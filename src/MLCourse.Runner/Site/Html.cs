using System.Text;

namespace MLCourse.Runner.Site;

/// <summary>
/// Escapes text for HTML: only the five characters that need it. (Html.Encode also turns "·" and "é" into
/// numeric entities, which makes the pages harder to read as source and to search.)
/// </summary>
public static class Html
{
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            html.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return html.ToString();
    }
}
