using System.Text.Json.Nodes;

namespace MLCourse.Runner.Apps;

/// <summary>
/// One cell of a lesson notebook: its number (1-based, all cells counted, as the runner's messages count them), whether it
/// is code, its text, the kernel that runs it (<c>csharp</c> unless its metadata names another) and the exercise whose answer
/// it holds (cell metadata <c>{"mlcourse": {"exercise": "04.1"}}</c>), if any.
/// </summary>
public sealed record NotebookCell(int Number, bool IsCode, string Source, string Kernel, string? Exercise)
{
    /// <summary>The cell's first line that is not blank, trimmed, for messages.</summary>
    public string FirstLine => FirstLineOf(Source);

    /// <summary>The cells of a notebook, in order.</summary>
    /// <exception cref="InvalidDataException">The JSON has no <c>cells</c> array.</exception>
    public static IReadOnlyList<NotebookCell> ReadAll(JsonNode notebook) =>
        (notebook["cells"] as JsonArray ?? throw new InvalidDataException("The notebook has no \"cells\" array."))
        .Select((cell, i) => new NotebookCell(
            i + 1,
            (string?)cell?["cell_type"] == "code",
            ExecutedNotebook.Text(cell?["source"]).Replace("\r\n", "\n"),
            (string?)cell?["metadata"]?["polyglot_notebook"]?["kernelName"] ?? "csharp",
            (string?)cell?["metadata"]?["mlcourse"]?["exercise"]))
        .ToList();

    /// <summary>The first line of <paramref name="text"/> that is not blank, trimmed; "(empty)" when there is none.</summary>
    public static string FirstLineOf(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty)";
}
