namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson01Tests(LessonRuns runs) : LessonTests(runs, "01-collect-data");
