namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson11Tests(LessonRuns runs) : LessonTests(runs, "11-neural-networks");
