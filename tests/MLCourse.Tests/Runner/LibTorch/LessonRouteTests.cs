using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class LessonRouteTests
{
    private static readonly ProcessStart Build = ProcessStart.Dotnet("/course", ["build", "notebooks/11-x.cs"]);

    [Fact]
    public void Natively_a_program_starts_as_it_is()
    {
        Assert.Same(Build, LessonRoute.Native.Wrap(Build));
        Assert.Null(LessonRoute.Native.Problem);
    }

    [Fact]
    public void In_the_root_a_program_starts_through_the_root_s_launch()
    {
        var launch = new RootLaunch("/var/cache/r", "/usr/share/dotnet", ["/course"]);

        var start = new LessonRoute(launch, null).Wrap(Build);

        Assert.Equal("unshare", start.Program);
        Assert.Equal(launch.Wrap(Build).Arguments, start.Arguments);
    }
}
