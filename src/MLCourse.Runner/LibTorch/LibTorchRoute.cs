using System.Text.Json.Nodes;

namespace MLCourse.Runner;

/// <summary>How dotnet-repl is started for a lesson: as usual, through a wrapper (the Debian root), or not, with the reason.</summary>
public sealed record ReplLaunch(Func<string, IReadOnlyList<string>, (string FileName, IReadOnlyList<string> Arguments)>? Wrap, string? Problem)
{
    public static readonly ReplLaunch Native = new(null, null);
}

/// <summary>
/// Lessons that use TorchSharp (a code cell with <c>#r "nuget: TorchSharp</c>) need libtorch, which does not load on
/// Debian 12 (<see cref="LibTorchProbe"/>). For such a lesson this decides: run it natively when libtorch loads; otherwise
/// inside the <see cref="DebianRoot"/>, preparing it when this process has the rights and tools; otherwise fail the
/// lesson with a message that says exactly what to install or run. It never skips the lesson.
/// </summary>
public static class LibTorchRoute
{
    /// <summary>Whether a code cell of the notebook references a TorchSharp package.</summary>
    public static bool Needs(string notebook) =>
        (JsonNode.Parse(File.ReadAllText(notebook))?["cells"]?.AsArray() ?? [])
            .Where(c => (string?)c?["cell_type"] == "code")
            .Any(c => ExecutedNotebook.Text(c!["source"]).Contains("#r \"nuget: TorchSharp", StringComparison.OrdinalIgnoreCase));

    /// <summary>How to run <paramref name="notebook"/> on this machine.</summary>
    public static async Task<ReplLaunch> ForAsync(string notebook, CourseFolders folders, CancellationToken cancel = default)
    {
        var (root, problem) = await RootForAsync(notebook, folders, cancel);
        return root is not null ? new ReplLaunch(root.Wrap, null) : problem is not null ? new ReplLaunch(null, problem) : ReplLaunch.Native;
    }

    /// <summary>
    /// The Debian 13 root <paramref name="notebook"/> must run in (prepared), or null when it runs natively; or, when it can
    /// run neither way, why. The lesson's notebook and its file-based app take the same route.
    /// </summary>
    public static async Task<(RootLaunch? Root, string? Problem)> RootForAsync(string notebook, CourseFolders folders, CancellationToken cancel = default)
    {
        if (!Needs(notebook)) return (null, null);
        var support = await LibTorchProbe.CheckAsync(folders, cancel);
        if (support.LoadsNatively) return (null, null);

        var root = DebianRoot.ForThisMachine();
        var missing = DebianRoot.MissingRequirements();
        if (missing.Count > 0) return (null, Unsupported(support, root, missing));
        try
        {
            await root.PrepareAsync(Console.Out, cancel);
            return (RootLaunch.For(root, folders), null);
        }
        catch (InvalidOperationException e)
        {
            return (null, $"it uses TorchSharp, whose native libtorch does not load here ({support.Detail}), and the Debian 13 root it would run in could not be used: {e.Message}");
        }
    }

    /// <summary>The message for a machine where the lesson can run neither natively nor in the root.</summary>
    internal static string Unsupported(LibTorchSupport support, DebianRoot root, IReadOnlyList<string> missing) =>
        $"it uses TorchSharp, whose native engine libtorch does not load on this machine: {support.Detail} " +
        "libtorch 2.10 needs GCC 13's libstdc++ (GLIBCXX_3.4.32): Ubuntu 24.04 or later (GitHub Codespaces), Debian 13, Windows and macOS run the lesson natively. " +
        $"On an older Linux such as Debian 12 the runner runs it inside a Debian 13 root that it makes in {root.Folder}, which needs: {string.Join("; ", missing)}. " +
        "Provide those and run it again, e.g. 'sudo apt-get install debootstrap' then 'sudo dotnet run --project src/MLCourse.Runner -- 11'.";
}
