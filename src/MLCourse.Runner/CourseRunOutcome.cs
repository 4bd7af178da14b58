using MLCourse.Runner.Reports;

namespace MLCourse.Runner;

/// <summary>How a run of the runner's console ended: its exit code (<see cref="ExitCodes"/>) and the report of every lesson it ran.</summary>
public sealed record CourseRunOutcome(int ExitCode, IReadOnlyList<LessonReport> Reports);
