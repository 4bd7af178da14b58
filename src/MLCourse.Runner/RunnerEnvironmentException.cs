namespace MLCourse.Runner;

/// <summary>
/// The machine cannot run the lessons at all (no dotnet, no tool manifest, a tool restore that failed): not a lesson's
/// fault, so the runner stops with exit code 3 and says what to fix.
/// </summary>
public sealed class RunnerEnvironmentException(string message) : Exception(message);
