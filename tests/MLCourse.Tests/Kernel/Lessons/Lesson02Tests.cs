namespace MLCourse.Tests.Kernel.Lessons;

public sealed class Lesson02Tests(LessonRuns runs) : LessonTests(runs, "02-prepare-data");
