using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>A cell, and for a code cell its directives and its C# (null for a Markdown cell).</summary>
public sealed record SourceCell(NotebookCell Cell, CellDirectives? Directives, CellSyntax? Syntax);
