using MLCourse.Runner.LibTorch;

namespace MLCourse.Tests.Support;

/// <summary>
/// LibTorch settings that never send a lesson into the Debian root, whatever this process's environment says
/// (<c>MLCOURSE_DEBIAN_ROOT_FOR_ALL</c>): for the tests of the runner that must start nothing, not even debootstrap.
/// </summary>
internal static class NativeLibTorch
{
    public static LibTorchSettings Settings { get; } = new("/nonexistent/debian13-root", "http://deb.debian.org/debian", TimeSpan.FromSeconds(1), EveryLessonInRoot: false);
}
