namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson06RunTests(LessonRuns runs) : LessonRunTests(runs, "06-automl");
