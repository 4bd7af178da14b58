namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson09Tests(LessonRuns runs) : LessonTests(runs, "09-capstone");
