using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// A lesson notebook read as the exporter needs it: every cell, each code cell's kernel directives and C# syntax.
/// Both the exporter (<see cref="AppExporter"/>) and the checks of what it cannot translate (<see cref="AppHygiene"/>) start here.
/// </summary>
public sealed record LessonSource(string Lesson, IReadOnlyList<SourceCell> Cells)
{
    /// <summary>
    /// Reads <paramref name="lesson"/>'s cells (with <paramref name="solutions"/>, each exercise's answer cell holding its
    /// solution); library paths in <c>#r</c> resolve against the lesson's folder, as in the kernel.
    /// </summary>
    public static LessonSource From(Lesson lesson, bool solutions = false) =>
        new(lesson.Name, (solutions ? lesson.CellsWithSolutions() : lesson.Cells).Select(cell =>
        {
            if (!cell.IsCode) return new SourceCell(cell, null, null);
            var directives = CellDirectives.Read(lesson.Name, cell, lesson.Folder);
            return new SourceCell(cell, directives, CellSyntax.Read(lesson.Name, cell, directives.Code));
        }).ToList());

    /// <summary>The code cells.</summary>
    public IEnumerable<SourceCell> CodeCells => Cells.Where(c => c.Cell.IsCode);
}
