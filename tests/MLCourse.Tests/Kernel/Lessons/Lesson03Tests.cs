namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson03Tests(LessonRuns runs) : LessonTests(runs, "03-explore-visualize");
