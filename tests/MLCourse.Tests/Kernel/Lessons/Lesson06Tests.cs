namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson06Tests(LessonRuns runs) : LessonTests(runs, "06-automl");
