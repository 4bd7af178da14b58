namespace MLCourse.Runner.Lessons;

/// <summary>A name a cell declares, and the line of the cell where it does.</summary>
public sealed record DeclaredName(string Name, int Line);
