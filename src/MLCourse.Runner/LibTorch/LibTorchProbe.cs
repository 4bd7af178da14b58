using System.Runtime.InteropServices;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.LibTorch;

/// <summary>
/// Finds out whether TorchSharp's native libraries load here, by loading them: restores the pinned <c>TorchSharp-cpu</c>
/// (a tiny project under <c>artifacts/</c> that uses Directory.Packages.props, so the version is the lessons' own),
/// reads from its <c>project.assets.json</c> where NuGet put libtorch and LibTorchSharp, and loads them in the order
/// TorchSharp does. On Debian 12 the load fails because libtorch 2.10 needs GLIBCXX_3.4.32 (GCC 13's libstdc++),
/// and the error says so. Windows and macOS are not probed: libtorch's own builds support them.
/// </summary>
public static class LibTorchProbe
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LibTorchSupport? known;

    /// <summary>The answer for this machine, found once per process (the first call restores the packages if needed).</summary>
    public static async Task<LibTorchSupport> CheckAsync(CourseFolders folders, CancellationToken cancel = default)
    {
        await Gate.WaitAsync(cancel);
        try
        {
            return known ??= await ProbeAsync(folders, cancel);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<LibTorchSupport> ProbeAsync(CourseFolders folders, CancellationToken cancel)
    {
        if (!OperatingSystem.IsLinux())
            return new(true, $"{RuntimeInformation.OSDescription}: libtorch's builds for Windows and macOS load there.");
        if (RuntimeInformation.OSArchitecture != Architecture.X64)
            return new(false, $"TorchSharp-cpu ships libtorch for Linux on x64 only; this machine is {RuntimeInformation.OSArchitecture}.");

        var (restored, run) = await PackageRestore.RunAsync(Path.Combine(folders.Artifacts, "libtorch-probe", "LibTorchProbe.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by the course runner to restore the pinned TorchSharp-cpu and find its native libraries. -->
              <ItemGroup><PackageReference Include="TorchSharp-cpu" /></ItemGroup>
            </Project>
            """, TimeSpan.FromMinutes(10), cancel);
        if (restored is null)
            return new(false, $"'dotnet restore' of TorchSharp-cpu failed ({(run.TimedOut ? "it timed out after 10 minutes" : $"exit code {run.ExitCode}")}), so libtorch could not be tried:\n{run.Tail()}");

        string? Folder(string id) => restored.PackageFolder(id) is { } folder ? Path.Combine(folder, "runtimes", "linux-x64", "native") : null;
        var (libtorch, torchSharp) = (Folder("libtorch-cpu-linux-x64"), Folder("TorchSharp"));
        if (libtorch is null || torchSharp is null)
            return new(false, "The restored TorchSharp-cpu has no linux-x64 native libraries (libtorch-cpu-linux-x64, TorchSharp).");
        return TryLoad(Path.Combine(libtorch, "libtorch.so"), Path.Combine(torchSharp, "libLibTorchSharp.so"));
    }

    /// <summary>Loads the libraries in order (each one's dependencies are then already loaded); the first failure is the answer.</summary>
    internal static LibTorchSupport TryLoad(params string[] libraries)
    {
        foreach (var library in libraries)
        {
            try
            {
                NativeLibrary.Load(library);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                return new(false, $"{Path.GetFileName(library)} does not load: {e.Message}");
            }
        }
        return new(true, $"{string.Join(" and ", libraries.Select(Path.GetFileName))} load natively.");
    }
}
