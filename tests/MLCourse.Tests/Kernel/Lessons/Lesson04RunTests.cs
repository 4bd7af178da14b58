namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson04RunTests(LessonRuns runs) : LessonRunTests(runs, "04-train-models");
