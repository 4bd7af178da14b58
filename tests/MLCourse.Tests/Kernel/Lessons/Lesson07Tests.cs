namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson07Tests(LessonRuns runs) : LessonTests(runs, "07-edge-deployment");
