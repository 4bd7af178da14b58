namespace MLCourse.Runner.Site;

/// <summary>One row of the README's lesson table: what a lesson teaches and its status there ("ready").</summary>
public sealed record OutlineEntry(string Number, string Teaches, string Status);
