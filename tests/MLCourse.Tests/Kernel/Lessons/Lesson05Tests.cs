namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson05Tests(LessonRuns runs) : LessonTests(runs, "05-evaluate-optimize");
