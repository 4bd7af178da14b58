namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson10Tests(LessonRuns runs) : LessonTests(runs, "10-text-classification");
