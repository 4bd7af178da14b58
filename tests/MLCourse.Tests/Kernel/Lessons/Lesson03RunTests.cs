namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson03RunTests(LessonRuns runs) : LessonRunTests(runs, "03-explore-visualize");
