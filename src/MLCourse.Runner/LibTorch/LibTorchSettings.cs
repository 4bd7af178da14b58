namespace MLCourse.Runner.LibTorch;

/// <summary>
/// How the runner treats lessons that need libtorch, from the environment: where the Debian 13 root lives
/// (<c>MLCOURSE_DEBIAN_ROOT</c>), the Debian mirror debootstrap uses (<c>MLCOURSE_DEBIAN_MIRROR</c>), how long debootstrap
/// may take, and <see cref="EveryLessonInRoot"/> (<c>MLCOURSE_DEBIAN_ROOT_FOR_ALL=1</c>), which runs every lesson in the root,
/// so that the root's route is tested wherever the root can be made, not only where libtorch fails to load.
/// </summary>
public sealed record LibTorchSettings(string RootFolder, string Mirror, TimeSpan DebootstrapLimit, bool EveryLessonInRoot)
{
    /// <summary>The variable that sends every lesson into the Debian root.</summary>
    public const string EveryLessonVariable = "MLCOURSE_DEBIAN_ROOT_FOR_ALL";

    /// <summary>How long debootstrap may take unless told otherwise (30 s on a quiet machine, minutes on a busy one).</summary>
    public static readonly TimeSpan DefaultDebootstrapLimit = TimeSpan.FromMinutes(15);

    /// <summary>The settings this machine's environment gives.</summary>
    public static LibTorchSettings FromEnvironment() => new(
        Environment.GetEnvironmentVariable("MLCOURSE_DEBIAN_ROOT") is { Length: > 0 } folder ? folder : DebianRoot.DefaultFolder,
        DebianRoot.DebianMirror(),
        DefaultDebootstrapLimit,
        Environment.GetEnvironmentVariable(EveryLessonVariable) is "1" or "true");
}
