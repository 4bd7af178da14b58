namespace MLCourse.Runner.Apps;

/// <summary>A type a cell declares, moved to the end of the program (C# wants types after the top-level statements).</summary>
public sealed record MovedType(string Name, string Text);
