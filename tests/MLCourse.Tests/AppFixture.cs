using System.Text.Json.Nodes;
using MLCourse.Runner.Apps;

namespace MLCourse.Tests;

/// <summary>
/// Notebooks for the exporter's tests: the fixture lesson <c>Fixtures/apps/96-app-fixture.ipynb</c> (directives, cell values,
/// types and usings in any cell, Markdown, an answer cell, a broken cell), and small notebooks made of given code cells.
/// Library references resolve against the course's notebooks folder, as if the notebook were a lesson.
/// </summary>
internal static class AppFixture
{
    public const string Lesson = "96-app-fixture";

    public static string Path => Repository.Fixture(System.IO.Path.Combine("apps", Lesson + ".ipynb"));

    public static JsonNode Notebook() => JsonNode.Parse(File.ReadAllText(Path))!;

    public static LessonSource Source(JsonNode? notebook = null) => LessonSource.Read(Lesson, notebook ?? Notebook(), Repository.Folders.Notebooks);

    /// <summary>A notebook of Markdown-free code cells, numbered 1, 2, … as given.</summary>
    public static LessonSource Cells(params string[] code) => LessonSource.Read("98-cells", new JsonObject
    {
        ["cells"] = new JsonArray(code.Select(c => (JsonNode)new JsonObject
        {
            ["cell_type"] = "code",
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
            ["source"] = c,
        }).ToArray()),
    }, Repository.Folders.Notebooks);

    /// <summary>The fixture exported as an app that would live in the course's notebooks folder (nothing is written).</summary>
    public static ExportedApp Export(JsonNode? notebook = null) =>
        AppExporter.Export(Source(notebook), Repository.Folders, AppFiles.Folder(Repository.Folders));
}
