namespace MLCourse.Runner.Apps;

/// <summary>
/// Something in a lesson that the exporter cannot turn into a program that behaves like the notebook: where it is
/// (lesson, cell, line within the cell, that line's text) and what to write instead.
/// </summary>
public sealed record ExportProblem(string Lesson, int Cell, int Line, string Code, string Message)
{
    public override string ToString() =>
        $"{Lesson}, cell {Cell}, line {Line}{(Code.Length == 0 ? "" : $" `{Lessons.CellText.Shorten(Code.Trim(), 80)}`")}: {Message}";
}
