namespace MLCourse.Runner.Lessons;

/// <summary>
/// One cell of a lesson notebook: its number (1-based, all cells counted, as every message of the runner counts them),
/// whether it is code, its text, the kernel that runs it (<c>csharp</c> unless its metadata names another), the exercise
/// whose answer it holds (cell metadata <c>{"mlcourse": {"exercise": "04.1"}}</c>), if any, and its metadata as written.
/// </summary>
public sealed record NotebookCell(int Number, bool IsCode, string Source, string Kernel, string? Exercise, string Metadata = "{}")
{
    /// <summary>The cell's first line that is not blank, trimmed, for messages.</summary>
    public string FirstLine => CellText.FirstLine(Source);
}
