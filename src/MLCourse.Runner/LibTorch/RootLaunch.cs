using MLCourse.Runner.Processes;

namespace MLCourse.Runner.LibTorch;

/// <summary>
/// Starts a program inside a <see cref="DebianRoot"/>: <c>unshare --mount</c> gives the process a private mount namespace,
/// in which the host's .NET folder, HOME (NuGet cache and tools), CA certificates and the course's folder are bind-mounted
/// at their own paths, with /proc, /dev, resolv.conf and hosts; then <c>chroot</c> runs the program there. Every path means
/// the same inside and out, and the mounts disappear with the process: none is ever visible on the host.
/// </summary>
public sealed record RootLaunch(string Root, string DotnetFolder, IReadOnlyList<string> Binds)
{
    /// <summary>
    /// The launch for <paramref name="root"/>, with this machine's .NET folder and HOME, the course's folder, and the folder of
    /// the course this runner was built in (whose helper library a course's lessons may load from outside their own folder).
    /// </summary>
    /// <exception cref="InvalidOperationException">The .NET folder could not be found.</exception>
    public static RootLaunch For(DebianRoot root, CourseFolders folders)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } set ? set
            : DebianRoot.FindOnPath("dotnet") is { } onPath ? Path.GetDirectoryName(File.ResolveLinkTarget(onPath, true)?.FullName ?? onPath)!
            : throw new InvalidOperationException("The .NET folder was not found: set DOTNET_ROOT, or put dotnet on PATH.");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p : Path.Combine(home, ".nuget", "packages");
        string[] wanted = [dotnet, home, packages, folders.Root, CourseFolders.TryFind(AppContext.BaseDirectory)?.Root ?? folders.Root,
            "/etc/ssl/certs", "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"];
        var existing = wanted.Select(Path.GetFullPath).Distinct().Where(Directory.Exists).Where(path => path != "/").ToList();
        var binds = existing.Where(path => !existing.Any(other => path.StartsWith(other + "/", StringComparison.Ordinal))).ToList();   // inside another: there already
        return new RootLaunch(root.Folder, dotnet, binds);
    }

    /// <summary>
    /// What starts <paramref name="dotnet"/> (a <c>dotnet …</c> start) inside the root, from its working directory and with its
    /// environment.
    /// </summary>
    public ProcessStart Wrap(ProcessStart dotnet)
    {
        var script = new List<string>
        {
            "set -e",
            $"root={Quote(Root)}",
            "mount -t proc proc \"$root/proc\"",
            "mount --rbind /dev \"$root/dev\"",
        };
        foreach (var path in Binds)
            script.Add($"mkdir -p \"$root\"{Quote(path)} && mount --bind {Quote(path)} \"$root\"{Quote(path)}");
        foreach (var file in new[] { "/etc/resolv.conf", "/etc/hosts" })
            script.Add($"if [ -e {file} ]; then touch \"$root{file}\" && mount --bind {file} \"$root{file}\"; fi");
        script.Add($"export DOTNET_ROOT={Quote(DotnetFolder)} PATH={Quote(DotnetFolder)}:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin");
        script.Add("exec chroot \"$root\" /bin/sh -c 'cd \"$0\" && exec \"$@\"' \"$@\"");
        IReadOnlyList<string> arguments =
            ["--mount", "--propagation", "private", "--", "/bin/sh", "-c", string.Join('\n', script), "sh",
             dotnet.WorkingDirectory, Path.Combine(DotnetFolder, "dotnet"), .. dotnet.Arguments];
        return dotnet with { Program = "unshare", Arguments = arguments };
    }

    /// <summary>A shell word that stands for <paramref name="text"/> exactly.</summary>
    internal static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
