namespace MLCourse.Runner.Site;

/// <summary>A chart on a lesson page: its number on the page (1-based), the notebook cell that drew it, and a name a reader recognizes.</summary>
public sealed record PageChart(int Number, int Cell, string Name);
