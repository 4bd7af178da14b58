namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson09RunTests(LessonRuns runs) : LessonRunTests(runs, "09-capstone");
