using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.LibTorch;

/// <summary>
/// Lessons that use TorchSharp (<see cref="Lesson.NeedsLibTorch"/>) need libtorch, which does not load on Debian 12
/// (<see cref="LibTorchProbe"/>). For such a lesson this decides: run it natively when libtorch loads; otherwise inside the
/// <see cref="DebianRoot"/>, preparing it when this process has the rights and tools; otherwise fail the lesson with a
/// message that says exactly what to install or run. It never skips the lesson. The lesson's notebook and its app take the
/// same route.
/// </summary>
public sealed class LibTorchRoute(CourseFolders folders, LibTorchSettings settings)
{
    public LibTorchSettings Settings { get; } = settings;

    /// <summary>Where <paramref name="lesson"/> runs on this machine (the root is prepared when it has to be).</summary>
    public async Task<LessonRoute> ForAsync(Lesson lesson, CancellationToken cancel = default)
    {
        if (!Settings.EveryLessonInRoot && !lesson.NeedsLibTorch) return LessonRoute.Native;
        var support = Settings.EveryLessonInRoot
            ? new LibTorchSupport(false, $"{LibTorchSettings.EveryLessonVariable} sends every lesson into the Debian 13 root.")
            : await LibTorchProbe.CheckAsync(folders, cancel);
        if (support.LoadsNatively) return LessonRoute.Native;

        var root = new DebianRoot(Settings.RootFolder);
        var missing = DebianRoot.MissingRequirements();
        if (missing.Count > 0) return new LessonRoute(null, Unsupported(support, root, missing));
        try
        {
            await root.PrepareAsync(Settings.Mirror, Settings.DebootstrapLimit, Console.Out, cancel);
            return new LessonRoute(RootLaunch.For(root, folders), null);
        }
        catch (InvalidOperationException e)
        {
            return new LessonRoute(null, $"it must run in the Debian 13 root ({support.Detail}), and the root could not be used: {e.Message}");
        }
    }

    /// <summary>The message for a machine where the lesson can run neither natively nor in the root.</summary>
    internal static string Unsupported(LibTorchSupport support, DebianRoot root, IReadOnlyList<string> missing) =>
        $"it uses TorchSharp, whose native engine libtorch does not load on this machine: {support.Detail} " +
        "libtorch 2.10 needs GCC 13's libstdc++ (GLIBCXX_3.4.32): Ubuntu 24.04 or later (GitHub Codespaces), Debian 13, Windows and macOS run the lesson natively. " +
        $"On an older Linux such as Debian 12 the runner runs it inside a Debian 13 root that it makes in {root.Folder}, which needs: {string.Join("; ", missing)}. " +
        "Provide those and run it again, e.g. 'sudo apt-get install debootstrap' then 'sudo dotnet run --project src/MLCourse.Runner -- 11'.";
}
