using System.Text.Json.Nodes;
using MLCourse.Exercises;

namespace MLCourse.Runner.Apps;

/// <summary>A cell, and for a code cell its directives and its C# (null for a Markdown cell).</summary>
public sealed record SourceCell(NotebookCell Cell, CellDirectives? Directives, CellSyntax? Syntax);

/// <summary>
/// A lesson notebook read as the exporter needs it: every cell, each code cell's kernel directives and C# syntax.
/// Both the exporter (<see cref="AppExporter"/>) and the checks of what it cannot translate (<see cref="AppHygiene"/>) start here.
/// </summary>
public sealed record LessonSource(string Lesson, IReadOnlyList<SourceCell> Cells)
{
    /// <summary>Reads the notebook at <paramref name="path"/>; with <paramref name="solutions"/>, each exercise's answer cell holds its solution.</summary>
    public static LessonSource Load(string path, bool solutions = false) =>
        Read(Path.GetFileNameWithoutExtension(path), JsonNode.Parse(File.ReadAllText(path))!, Path.GetDirectoryName(Path.GetFullPath(path))!, solutions);

    /// <summary>Reads a notebook; library paths in <c>#r</c> resolve against <paramref name="notebooksFolder"/>, as in the kernel.</summary>
    public static LessonSource Read(string lesson, JsonNode notebook, string notebooksFolder, bool solutions = false) =>
        new(lesson, NotebookCell.ReadAll(notebook).Select(cell =>
        {
            if (solutions && cell.Exercise is { } id) cell = cell with { Source = ExerciseCatalog.Find(id).SolutionCode };
            if (!cell.IsCode) return new SourceCell(cell, null, null);
            var directives = CellDirectives.Read(lesson, cell, notebooksFolder);
            return new SourceCell(cell, directives, CellSyntax.Read(lesson, cell, directives.Code));
        }).ToList());

    /// <summary>The code cells.</summary>
    public IEnumerable<SourceCell> CodeCells => Cells.Where(c => c.Cell.IsCode);
}
