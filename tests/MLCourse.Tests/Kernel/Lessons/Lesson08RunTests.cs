namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson08RunTests(LessonRuns runs) : LessonRunTests(runs, "08-explainable-ai");
