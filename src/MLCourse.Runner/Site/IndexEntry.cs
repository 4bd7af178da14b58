using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Site;

/// <summary>One lesson as the index lists it: its page's title, what it teaches, and the run's report.</summary>
public sealed record IndexEntry(string Number, string Title, string Teaches, LessonReport Report);
