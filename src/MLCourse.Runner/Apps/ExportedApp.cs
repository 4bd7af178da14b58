namespace MLCourse.Runner.Apps;

/// <summary>A lesson as a file-based app: where it goes and its text.</summary>
public sealed record ExportedApp(string Lesson, string Path, string Text);
