namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson04Tests(LessonRuns runs) : LessonTests(runs, "04-train-models");
