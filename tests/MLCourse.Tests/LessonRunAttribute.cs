namespace MLCourse.Tests;

/// <summary>
/// Marks a lesson test (a theory over lesson names) with the run it needs: as shipped, or with the solutions.
/// <see cref="KernelTestOrder"/> reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LessonRunAttribute(bool solutions) : Attribute
{
    public bool Solutions { get; } = solutions;
}
