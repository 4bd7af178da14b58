namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson13RunTests(LessonRuns runs) : LessonRunTests(runs, "13-forecasting");
