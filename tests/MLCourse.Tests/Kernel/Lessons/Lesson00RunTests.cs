namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson00RunTests(LessonRuns runs) : LessonRunTests(runs, "00-welcome");
