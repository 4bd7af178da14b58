namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson07RunTests(LessonRuns runs) : LessonRunTests(runs, "07-edge-deployment");
