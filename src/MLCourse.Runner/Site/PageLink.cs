namespace MLCourse.Runner.Site;

/// <summary>A link to a neighbouring page: where it goes and what it says.</summary>
public sealed record PageLink(string Href, string Text);
