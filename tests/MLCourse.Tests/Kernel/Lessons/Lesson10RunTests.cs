namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson10RunTests(LessonRuns runs) : LessonRunTests(runs, "10-text-classification");
