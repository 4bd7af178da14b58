using System.Text.Json.Nodes;

namespace MLCourse.Runner;

/// <summary>
/// Starts dotnet-repl inside a <see cref="DebianRoot"/>: <c>unshare --mount</c> gives the process a private mount
/// namespace, in which the host's .NET folder, HOME (NuGet cache and tools), CA certificates and the course's folder are
/// bind-mounted at their own paths, with /proc, /dev, resolv.conf and hosts; then <c>chroot</c> runs the kernel there.
/// Every path means the same inside and out, and the mounts disappear with the process: none is ever visible on the host.
/// </summary>
public sealed record RootLaunch(string Root, string DotnetFolder, string ReplDll, IReadOnlyList<string> Binds)
{
    /// <summary>The launch for <paramref name="root"/>, with this machine's .NET folder, HOME and the course's pinned dotnet-repl.</summary>
    /// <exception cref="InvalidOperationException">The .NET folder or the restored dotnet-repl could not be found.</exception>
    public static RootLaunch For(DebianRoot root, CourseFolders folders)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } set ? set
            : DebianRoot.FindOnPath("dotnet") is { } onPath ? Path.GetDirectoryName(File.ResolveLinkTarget(onPath, true)?.FullName ?? onPath)!
            : throw new InvalidOperationException("The .NET folder was not found: set DOTNET_ROOT, or put dotnet on PATH.");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p : Path.Combine(home, ".nuget", "packages");
        var version = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folders.Root, ".config", "dotnet-tools.json")))?["tools"]?["dotnet-repl"]?["version"]
            ?? throw new InvalidOperationException("'.config/dotnet-tools.json' pins no dotnet-repl version.");
        var tool = Path.Combine(packages, "dotnet-repl", version, "tools");
        var dll = Directory.Exists(tool) ? Directory.EnumerateFiles(tool, "dotnet-repl.dll", SearchOption.AllDirectories).Order().LastOrDefault() : null;
        if (dll is null)
            throw new InvalidOperationException($"dotnet-repl {version} is not in the NuGet cache ({tool}): run 'dotnet tool restore' in {folders.Root}.");
        string[] wanted = [dotnet, home, packages, folders.Root, "/etc/ssl/certs", "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"];
        var binds = wanted.Select(Path.GetFullPath).Distinct().Where(Directory.Exists)
            .Where((path, _) => path != "/")
            .ToList();
        return new RootLaunch(root.Folder, dotnet, dll, binds);
    }

    /// <summary>
    /// The program and arguments that run <c>dotnet-repl ARGUMENTS</c> inside the root, from <paramref name="workingDirectory"/>.
    /// </summary>
    public (string FileName, IReadOnlyList<string> Arguments) Wrap(string workingDirectory, IReadOnlyList<string> replArguments) =>
        WrapDotnet(workingDirectory, [ReplDll, .. replArguments]);

    /// <summary>
    /// The program and arguments that run <c>dotnet ARGUMENTS</c> inside the root, from <paramref name="workingDirectory"/>
    /// (e.g. <c>dotnet run --file</c> for a lesson's file-based app).
    /// </summary>
    public (string FileName, IReadOnlyList<string> Arguments) WrapDotnet(string workingDirectory, IReadOnlyList<string> dotnetArguments)
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
             workingDirectory, Path.Combine(DotnetFolder, "dotnet"), .. dotnetArguments];
        return ("unshare", arguments);
    }

    /// <summary>A shell word that stands for <paramref name="text"/> exactly.</summary>
    internal static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
