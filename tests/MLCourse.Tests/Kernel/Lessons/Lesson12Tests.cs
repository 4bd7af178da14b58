namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson12Tests(LessonRuns runs) : LessonTests(runs, "12-reinforcement-learning");
