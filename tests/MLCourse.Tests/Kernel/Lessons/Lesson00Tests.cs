namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson00Tests(LessonRuns runs) : LessonTests(runs, "00-welcome");
