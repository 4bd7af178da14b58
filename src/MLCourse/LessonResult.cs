namespace MLCourse;

/// <summary>A number a lesson published (<see cref="Course.Publish"/>); a timing varies from run to run, a result must not.</summary>
public sealed record LessonResult(string Name, string Value, bool IsTiming)
{
    /// <summary>"accuracy=0.9812", or for a timing "load_s≈3.2".</summary>
    public override string ToString() => $"{Name}{(IsTiming ? "≈" : "=")}{Value}";
}
