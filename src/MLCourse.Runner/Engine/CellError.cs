namespace MLCourse.Runner.Engine;

/// <summary>
/// A cell that failed: its number in the lesson (1-based, all cells counted), its first line and the error; <see cref="WithSolutions"/>
/// when it failed where the runner ran the lesson again with the exercises' solutions in place.
/// </summary>
public sealed record CellError(int Cell, string FirstLine, string Message, bool WithSolutions = false)
{
    public override string ToString() => $"cell {Cell}{(WithSolutions ? " (with the solutions in place)" : "")} `{FirstLine}`: {Message}";
}
