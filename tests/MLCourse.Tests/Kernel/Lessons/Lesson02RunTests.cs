namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson02RunTests(LessonRuns runs) : LessonRunTests(runs, "02-prepare-data");
