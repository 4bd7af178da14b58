using System.Text.Json.Nodes;

namespace MLCourse.Tests;

/// <summary>Makes a broken copy of a notebook, to prove that a failing cell cannot go unnoticed.</summary>
internal static class NotebookMutation
{
    public const string Marker = "deliberately broken by the tests";

    /// <summary>
    /// Copies <paramref name="notebook"/> into <paramref name="folder"/> with its middle code cell (never the setup cell)
    /// starting with a throw. Returns the copy and the broken cell's number (1-based, all cells counted).
    /// </summary>
    public static (string Path, int Cell) BreakMiddleCodeCell(string notebook, string folder)
    {
        var root = JsonNode.Parse(File.ReadAllText(notebook))!;
        var cells = root["cells"]!.AsArray();
        var codeCells = Enumerable.Range(0, cells.Count).Where(i => (string?)cells[i]!["cell_type"] == "code").ToList();
        if (codeCells.Count < 2)
            throw new InvalidOperationException($"{notebook} has {codeCells.Count} code cells; expected the setup cell and at least one more.");
        var index = codeCells[1 + (codeCells.Count - 1) / 2];

        var source = cells[index]!["source"]!.AsArray();
        source.Insert(0, $"throw new Exception(\"{Marker}\");\n");

        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, Path.GetFileName(notebook));
        File.WriteAllText(copy, root.ToJsonString());
        return (copy, index + 1);
    }
}
