using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;

namespace MLCourse.Tests.Support;

/// <summary>
/// The tests' one way to write notebook JSON: a lesson's cells (code, Markdown, answer cells), and cells as dotnet-repl
/// writes them after running them (with outputs, errors, and the metadata that says they ran).
/// </summary>
internal static class NotebookJson
{
    /// <summary>A notebook with <paramref name="cells"/> and the metadata VS Code writes (and <paramref name="mlcourse"/> promises, if any).</summary>
    public static JsonObject Of(IEnumerable<JsonObject> cells, JsonObject? mlcourse = null)
    {
        var metadata = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp" } },
        };
        if (mlcourse is not null) metadata["mlcourse"] = mlcourse;
        return new JsonObject { ["cells"] = new JsonArray([.. cells]), ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = 5 };
    }

    public static JsonObject Of(params JsonObject[] cells) => Of(cells, null);

    public static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = Lines(text) };

    /// <summary>A C# code cell; with <paramref name="exercise"/>, the answer cell of that exercise.</summary>
    public static JsonObject Code(string source, string? exercise = null)
    {
        var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
        if (exercise is not null) metadata["mlcourse"] = new JsonObject { ["exercise"] = exercise };
        return new() { ["cell_type"] = "code", ["metadata"] = metadata, ["source"] = Lines(source), ["outputs"] = new JsonArray(), ["execution_count"] = null };
    }

    /// <summary>A code cell as dotnet-repl writes one it ran: its outputs, and its execution time in the metadata.</summary>
    public static JsonObject Ran(string source, params JsonObject[] outputs)
    {
        var cell = Code(source);
        cell["metadata"]![ExecutedNotebook.ExecutedMarker] = "2026-11-26T00:00:00+00:00";
        cell["outputs"] = new JsonArray([.. outputs]);
        return cell;
    }

    public static JsonObject Html(string html) =>
        new() { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = new JsonArray(html) } };

    public static JsonObject Error(string message) =>
        new() { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = message, ["traceback"] = new JsonArray() };

    /// <summary>Writes <paramref name="notebook"/> to <paramref name="path"/> (its folder is made) and returns the path.</summary>
    public static string Write(JsonNode notebook, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>Source as a notebook stores it: lines that keep their "\n", but the last.</summary>
    private static JsonArray Lines(string source)
    {
        var lines = source.Split('\n');
        return new JsonArray([.. lines.Select((l, i) => (JsonNode)(i < lines.Length - 1 ? l + "\n" : l))]);
    }
}
