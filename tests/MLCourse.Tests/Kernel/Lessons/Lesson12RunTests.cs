namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson12RunTests(LessonRuns runs) : LessonRunTests(runs, "12-reinforcement-learning");
