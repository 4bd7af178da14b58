namespace MLCourse.Runner.Apps;

/// <summary>
/// Something in a lesson that the exporter cannot turn into a program that behaves like the notebook: where it is
/// (lesson, cell, line within the cell, that line's text) and what to write instead.
/// </summary>
public sealed record ExportProblem(string Lesson, int Cell, int Line, string Code, string Message)
{
    public override string ToString() =>
        $"{Lesson}, cell {Cell}, line {Line}{(Code.Length == 0 ? "" : $" `{Shorten(Code.Trim())}`")}: {Message}";

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..77] + "...";
}
