using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// What a lesson must not do so that its cells, concatenated, are a program that behaves like the notebook. A notebook
/// runs each cell as a script of its own; a program is one scope. So:
/// <list type="bullet">
/// <item>each top-level variable, function and type is declared once per notebook (a later cell assigns, it does not
/// declare again), and no loop, block, <c>using</c>, <c>catch</c> or query declares a name a top-level one has;</item>
/// <item>no cell ends early with a top-level <c>return</c> (in a program it would end the lesson);</item>
/// <item>only C# cells, no magic commands, and <c>#r</c> only for NuGet packages and the helper library;</item>
/// <item>no name the exported program declares itself (<see cref="ReservedNames"/>).</item>
/// </list>
/// Everything else the exporter translates (<see cref="AppExporter"/>). Each problem names lesson, cell and line.
/// </summary>
public static class AppHygiene
{
    /// <summary>Names the exported program declares around the lesson's code.</summary>
    public static readonly IReadOnlyList<string> ReservedNames = [CellSyntax.DisplayFunction, AppExporter.AppFolderVariable];

    /// <summary>Every problem in <paramref name="lesson"/>, in cell order; empty when it exports faithfully.</summary>
    public static IReadOnlyList<ExportProblem> Check(LessonSource lesson)
    {
        var problems = new List<ExportProblem>();
        foreach (var (cell, directives, syntax) in lesson.CodeCells)
        {
            if (cell.Kernel != "csharp")
                problems.Add(new ExportProblem(lesson.Lesson, cell.Number, 1, cell.FirstLine,
                    $"the cell runs in the '{cell.Kernel}' kernel; a C# program can only hold C# cells. Write it in C#, or make it Markdown."));
            problems.AddRange(directives!.Problems);
            problems.AddRange(syntax!.Problems);
        }
        problems.AddRange(NameProblems(lesson));
        return problems.OrderBy(p => p.Cell).ThenBy(p => p.Line).ToList();
    }

    /// <summary>Each declaration of a name that an earlier cell already declares, with that first declaration.</summary>
    private static IEnumerable<(SourceCell Cell, DeclaredName Name, (SourceCell Cell, DeclaredName Name) First)> DeclaredAgain(
        IReadOnlyList<(SourceCell Cell, DeclaredName Name)> declarations) =>
        declarations.Select(d => (d.Cell, d.Name, First: declarations.First(e => e.Name.Name == d.Name.Name))).Where(d => d.First.Cell != d.Cell);

    private static IEnumerable<ExportProblem> NameProblems(LessonSource lesson)
    {
        var cells = lesson.CodeCells.ToList();
        string LineOf(SourceCell cell, int line) => cell.Cell.Source.Split('\n').ElementAtOrDefault(line - 1) ?? "";
        ExportProblem Problem(SourceCell cell, DeclaredName name, string message) =>
            new(lesson.Lesson, cell.Cell.Number, name.Line, LineOf(cell, name.Line), message);

        var topLevel = cells.SelectMany(c => c.Syntax!.Names.TopLevel.Select(n => (Cell: c, Name: n))).ToList();
        foreach (var (cell, name, first) in DeclaredAgain(topLevel))
            yield return Problem(cell, name,
                $"'{name.Name}' is declared again: cell {first.Cell.Cell.Number} (line {first.Name.Line}) declares it already. A notebook allows this, " +
                $"but the exported program is one scope and declares each name once. Assign the existing one ({name.Name} = …) or choose a new name.");
        foreach (var (cell, name) in topLevel.Where(t => ReservedNames.Contains(t.Name.Name)))
            yield return Problem(cell, name, $"'{name.Name}' is a name the exported program declares itself. Choose another name.");

        foreach (var (cell, name, first) in DeclaredAgain(cells.SelectMany(c => c.Syntax!.Names.Types.Select(n => (Cell: c, Name: n))).ToList()))
            yield return Problem(cell, name,
                $"the type '{name.Name}' is declared again: cell {first.Cell.Cell.Number} (line {first.Name.Line}) declares it already. " +
                "The exported program declares each type once. Give the new type another name, or change the first one.");

        foreach (var cell in cells)
        {
            foreach (var name in cell.Syntax!.Names.Nested)
            {
                if (topLevel.FirstOrDefault(t => t.Name.Name == name.Name) is { Cell: not null } outer)
                    yield return Problem(cell, name,
                        $"'{name.Name}' is declared inside a block here (a loop, a block, a using, a catch or a query), and cell {outer.Cell.Cell.Number} " +
                        $"(line {outer.Name.Line}) declares '{name.Name}' at the top level. In the exported program the top-level one is in scope " +
                        "everywhere, even before its cell, and the two clash (CS0136). Rename one of them.");
                else if (ReservedNames.Contains(name.Name))
                    yield return Problem(cell, name, $"'{name.Name}' is a name the exported program declares itself. Choose another name.");
            }
        }
    }
}
