namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson11RunTests(LessonRuns runs) : LessonRunTests(runs, "11-neural-networks");
