using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Site;

/// <summary>A lesson to publish: the lesson and the report of the run that executed its notebook.</summary>
public sealed record SiteLesson(Lesson Lesson, LessonReport Report);
