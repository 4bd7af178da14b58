using System.Text.Json.Nodes;

namespace MLCourse.Runner.Lessons;

/// <summary>The text of notebook cells and outputs, and their first lines for messages: written once, used everywhere.</summary>
public static class CellText
{
    /// <summary>A notebook text field, which is a string or an array of lines.</summary>
    public static string Of(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    /// <summary>The first line of <paramref name="text"/> that is not blank, trimmed; "(empty)" when there is none.</summary>
    public static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty)";

    /// <summary><paramref name="line"/>, cut to <paramref name="width"/> characters with "..." when longer (for one line of a report).</summary>
    public static string Shorten(string line, int width = 100) => line.Length <= width ? line : line[..(width - 3)] + "...";
}
