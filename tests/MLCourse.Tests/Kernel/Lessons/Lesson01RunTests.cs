namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson01RunTests(LessonRuns runs) : LessonRunTests(runs, "01-collect-data");
