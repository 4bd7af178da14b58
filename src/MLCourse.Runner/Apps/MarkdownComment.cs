using System.Text;
using System.Text.RegularExpressions;

namespace MLCourse.Runner.Apps;

/// <summary>
/// A Markdown cell as <c>//</c> comments that read well in an editor: paragraphs and list items wrapped at
/// <see cref="Width"/> columns (a list item's continuation lines indented under its text), while tables, code blocks and
/// indented lines keep their lines as written. Markdown's own marks (<c>#</c>, <c>**</c>, backticks, links) stay: they
/// read as plain text too.
/// </summary>
public static partial class MarkdownComment
{
    /// <summary>The widest a wrapped comment line gets, <c>// </c> included.</summary>
    public const int Width = 110;

    public static string From(string markdown)
    {
        var text = new StringBuilder();
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (line.Length == 0) text.Append("//\n");
            else if (inFence || line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith('|') || line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'))
                text.Append("// ").Append(line).Append('\n');
            else
            {
                var marker = ListMarker().Match(line);
                Wrap(text, line, marker.Success ? marker.Length : 0);
            }
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Wraps one line; continuation lines start under the text, <paramref name="hanging"/> columns in (after a list marker).</summary>
    private static void Wrap(StringBuilder text, string line, int hanging)
    {
        var leading = line[..(line.Length - line.TrimStart().Length)];
        var continuation = new string(' ', Math.Max(hanging, leading.Length));
        var current = new StringBuilder("// ").Append(leading);
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var empty = true;
        foreach (var word in words)
        {
            if (!empty && current.Length + 1 + word.Length > Width)
            {
                text.Append(current).Append('\n');
                current.Clear().Append("// ").Append(continuation);
                empty = true;
            }
            if (!empty) current.Append(' ');
            current.Append(word);
            empty = false;
        }
        text.Append(current).Append('\n');
    }

    /// <summary>The start of a list item (<c>- </c>, <c>* </c>, <c>1. </c>), after any indentation.</summary>
    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();
}
