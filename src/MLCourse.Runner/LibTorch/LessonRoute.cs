using MLCourse.Runner.Processes;

namespace MLCourse.Runner.LibTorch;

/// <summary>Where a lesson runs: natively (<see cref="Native"/>), inside a Debian 13 root (<see cref="Root"/>), or nowhere, with the reason (<see cref="Problem"/>).</summary>
public sealed record LessonRoute(RootLaunch? Root, string? Problem)
{
    public static readonly LessonRoute Native = new(null, null);

    /// <summary>What starts <paramref name="dotnet"/> on this route: unchanged natively, wrapped to run inside the root.</summary>
    public ProcessStart Wrap(ProcessStart dotnet) => Root?.Wrap(dotnet) ?? dotnet;
}
