namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson05RunTests(LessonRuns runs) : LessonRunTests(runs, "05-evaluate-optimize");
