using System.Globalization;
using MLCourse.Runner.Processes;

namespace MLCourse.Runner.LibTorch;

/// <summary>
/// A minimal Debian 13 ("trixie") root folder in which libtorch loads on a Debian 12 machine: its libstdc++ is GCC 14's.
/// Made once with <c>debootstrap</c> (30 s on a quiet machine, minutes on a busy one; about 270 MB) in <c>/var/cache/mlcourse/debian13-root</c> (or
/// <c>$MLCOURSE_DEBIAN_ROOT</c>): outside the repository, so <c>git clean</c> never reaches it. Lessons run in it through
/// <see cref="RootLaunch"/>, whose bind mounts live in a private mount namespace and vanish with the lesson's process.
/// </summary>
public sealed class DebianRoot(string folder)
{
    /// <summary>Where the root is kept unless <c>MLCOURSE_DEBIAN_ROOT</c> says otherwise.</summary>
    public const string DefaultFolder = "/var/cache/mlcourse/debian13-root";

    /// <summary>The file that marks a finished root; a folder without it is an interrupted preparation.</summary>
    public const string ReadyMarker = ".mlcourse-ready";

    /// <summary>
    /// What the root is made of, written into <see cref="ReadyMarker"/>: a root made from another recipe is made again.
    /// libicu76 for .NET's globalization; libgomp1, the OpenMP runtime that LightGBM's native library needs.
    /// </summary>
    public const string Recipe = "debootstrap --variant=minbase --include=ca-certificates,libicu76,libgomp1 trixie";

    /// <summary>The programs preparing and using the root needs, besides being root.</summary>
    public static readonly string[] Tools = ["debootstrap", "unshare", "mount", "chroot"];

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Whether the root was made completely, from the current <see cref="Recipe"/>.</summary>
    public bool IsReady => File.Exists(Path.Combine(Folder, ReadyMarker))
        && File.ReadLines(Path.Combine(Folder, ReadyMarker)).FirstOrDefault() == Recipe;

    /// <summary>What is missing to prepare and use the root here (empty when nothing is): root rights, and the tools.</summary>
    public static IReadOnlyList<string> MissingRequirements()
    {
        var missing = new List<string>();
        if (!Environment.IsPrivilegedProcess) missing.Add("root rights (run the runner or the tests with sudo)");
        missing.AddRange(Tools.Where(t => FindOnPath(t) is null).Select(t => t == "debootstrap"
            ? "debootstrap (sudo apt-get install debootstrap)"
            : $"{t} (sudo apt-get install {(t == "chroot" ? "coreutils" : "util-linux mount")})"));
        return missing;
    }

    /// <summary>
    /// Makes the root if it is not ready: debootstrap from <paramref name="mirror"/> into a fresh <c>.partial</c> folder (in a
    /// private mount namespace, so a failure leaves no mount behind), then renames it. One preparation at a time per machine
    /// (a lock file). debootstrap is stopped, with everything it started, when <paramref name="limit"/> runs out.
    /// </summary>
    /// <exception cref="InvalidOperationException">debootstrap failed or timed out; the message says which, and holds its output's end.</exception>
    public async Task PrepareAsync(string mirror, TimeSpan limit, TextWriter log, CancellationToken cancel = default)
    {
        if (IsReady) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Folder)!);
        await using var lockFile = await LockAsync(Folder + ".lock", cancel);
        if (IsReady) return;   // another process made it while we waited

        var partial = Folder + ".partial";
        SafeDelete(partial);
        SafeDelete(Folder);    // a folder without the marker is unfinished, one with another recipe is out of date
        log.WriteLine($"Preparing a Debian 13 root for libtorch in {Folder} (debootstrap from {mirror}, once per machine, a few minutes)...");
        var words = Recipe.Split(' ');
        var run = await ChildProcess.RunAsync(new ProcessStart("unshare",
            ["--mount", "--propagation", "private", "--", FindOnPath(words[0]) ?? words[0], .. words[1..], partial, mirror], Path.GetDirectoryName(Folder)!), limit, cancel);
        if (run.TimedOut)
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"debootstrap timed out after {limit.TotalSeconds:0} s while making the Debian 13 root in {partial} from {mirror}, and was stopped. ") +
                $"Check that the Debian mirror is reachable and fast enough (or set MLCOURSE_DEBIAN_MIRROR). The end of its output:\n{run.Tail(15)}");
        if (run.ExitCode != 0)
            throw new InvalidOperationException(
                $"debootstrap could not make the Debian 13 root (exit code {run.ExitCode}) from {mirror}; check that the Debian mirror is reachable " +
                $"(or set MLCOURSE_DEBIAN_MIRROR). The end of its output:\n{run.Tail(15)}");
        await File.WriteAllTextAsync(Path.Combine(partial, ReadyMarker), $"{Recipe}\nfrom {mirror}\n", cancel);
        Directory.Move(partial, Folder);
        log.WriteLine($"The Debian 13 root is ready in {Folder}.");
    }

    /// <summary>
    /// Deletes a root folder, but never while anything is mounted in it: a bind mount of the host's HOME or .NET folder
    /// inside would be deleted with it. Refuses with the mounts listed and the command that unmounts them.
    /// </summary>
    /// <exception cref="InvalidOperationException">Something is mounted at or below <paramref name="folder"/>.</exception>
    public static void SafeDelete(string folder, Func<string, IReadOnlyList<string>>? mountsUnder = null)
    {
        if (!Directory.Exists(folder)) return;
        var mounted = (mountsUnder ?? Mounts.Under)(folder);
        if (mounted.Count > 0)
            throw new InvalidOperationException(
                $"Refusing to delete '{folder}': {mounted.Count} mount(s) are active in it ({string.Join(", ", mounted)}), and deleting " +
                $"through a bind mount deletes the host's own files. Unmount them first (umount -R '{mounted.OrderBy(m => m.Length).First()}'; " +
                $"check with findmnt -R '{folder}'), then try again.");
        Directory.Delete(folder, recursive: true);   // .NET deletes symbolic links, never what they point to
    }

    /// <summary>The Debian mirror this machine's apt already uses (so it is one that is reachable), or deb.debian.org.</summary>
    public static string DebianMirror()
    {
        if (Environment.GetEnvironmentVariable("MLCOURSE_DEBIAN_MIRROR") is { Length: > 0 } custom) return custom;
        var lines = Directory.Exists("/etc/apt/sources.list.d")
            ? Directory.EnumerateFiles("/etc/apt/sources.list.d", "*.sources").SelectMany(File.ReadLines) : [];
        if (File.Exists("/etc/apt/sources.list")) lines = lines.Concat(File.ReadLines("/etc/apt/sources.list"));
        var uris = lines.Select(l => l.Trim())
            .SelectMany(l => l.StartsWith("URIs:", StringComparison.Ordinal) ? l[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : l.StartsWith("deb ", StringComparison.Ordinal) ? l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => w.Contains("://")).Take(1)
                : []);
        return uris.FirstOrDefault(u => u.TrimEnd('/').EndsWith("/debian", StringComparison.Ordinal)) ?? "http://deb.debian.org/debian";
    }

    /// <summary>The full path of <paramref name="program"/> on PATH (or in /usr/sbin and /sbin, where debootstrap lives), or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancel)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancel);
            }
        }
    }
}
