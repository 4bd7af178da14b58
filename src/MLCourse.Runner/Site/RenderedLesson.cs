namespace MLCourse.Runner.Site;

/// <summary>A lesson rendered for the website: its title, the HTML of its cells, and the charts it holds.</summary>
public sealed record RenderedLesson(string Lesson, string Title, string Html, IReadOnlyList<PageChart> Charts);
