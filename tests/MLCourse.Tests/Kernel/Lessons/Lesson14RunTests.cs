namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson14RunTests(LessonRuns runs) : LessonRunTests(runs, "14-attention-language-model");
