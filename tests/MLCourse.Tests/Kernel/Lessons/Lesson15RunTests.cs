namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson15RunTests(LessonRuns runs) : LessonRunTests(runs, "15-embeddings-search");
