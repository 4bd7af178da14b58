namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson08Tests(LessonRuns runs) : LessonTests(runs, "08-explainable-ai");
