using System.Text.Json.Nodes;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Support;

/// <summary>
/// Lessons for the exporter's tests: the fixture lesson <c>Fixtures/apps/96-app-fixture.ipynb</c> (directives, cell values,
/// types and usings in any cell, Markdown, an answer cell, a broken cell), and small lessons made of given code cells. Both
/// are read as if they were in the course's notebooks folder, so that the helper library's <c>#r</c> resolves as in a lesson.
/// </summary>
internal static class AppFixture
{
    public const string Name = "96-app-fixture";

    /// <summary>The name of a lesson made by <see cref="Cells"/>.</summary>
    public const string CellsName = "98-cells";

    /// <summary>The fixture notebook's JSON, to change before <see cref="Read"/>.</summary>
    public static JsonNode Notebook() => JsonNode.Parse(File.ReadAllText(Repository.Fixture(Path.Combine("apps", Name + ".ipynb"))))!;

    /// <summary>The fixture lesson (or <paramref name="notebook"/> as that lesson).</summary>
    public static Lesson Read(JsonNode? notebook = null) => InNotebooks(Name, notebook ?? Notebook());

    /// <summary>A lesson of C# code cells only, numbered 1, 2, … as given.</summary>
    public static Lesson Cells(params string[] code) => InNotebooks(CellsName, NotebookJson.Of(code.Select(c => NotebookJson.Code(c))));

    /// <summary>The fixture exported as an app that would live in the course's notebooks folder (nothing is written).</summary>
    public static ExportedApp Export() => AppFiles.Export(Read(), Repository.Folders);

    private static Lesson InNotebooks(string name, JsonNode notebook) =>
        Lesson.Read(Path.Combine(Repository.Folders.Notebooks, name + ".ipynb"), notebook, Repository.Folders.Notebooks);
}
