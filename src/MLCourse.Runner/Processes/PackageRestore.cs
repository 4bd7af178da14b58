using System.Text.Json.Nodes;

namespace MLCourse.Runner.Processes;

/// <summary>
/// A throwaway project restored to find out what NuGet gives for some package references: where it put each package
/// (from the project's <c>obj/project.assets.json</c>) and which managed assemblies a program gets from them. The runner
/// uses it to find libtorch; the tests, to see what the kernel's <c>#r "nuget: …"</c> loads.
/// </summary>
public sealed class PackageRestore
{
    private readonly JsonNode assets;

    private PackageRestore(JsonNode assets) => this.assets = assets;

    /// <summary>The folder NuGet restored the packages into.</summary>
    public string PackagesFolder => assets["packageFolders"]!.AsObject().First().Key;

    /// <summary>
    /// Writes <paramref name="projectText"/> to <paramref name="projectFile"/> and restores it. Null with the run's output
    /// when the restore failed or timed out.
    /// </summary>
    public static async Task<(PackageRestore? Restored, ProcessRun Run)> RunAsync(string projectFile, string projectText, TimeSpan limit, CancellationToken cancel)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(projectFile, projectText, cancel);
        var run = await ChildProcess.RunAsync(ProcessStart.Dotnet(folder, ["restore", projectFile]), limit, cancel);
        if (!run.Succeeded) return (null, run);
        var assets = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "obj", "project.assets.json"), cancel))!;
        return (new PackageRestore(assets), run);
    }

    /// <summary>The folder of the first restored package whose id is <paramref name="id"/>, or null.</summary>
    public string? PackageFolder(string id) => Libraries().Where(l => l.Id.Equals(id, StringComparison.OrdinalIgnoreCase)).Select(l => l.Folder).FirstOrDefault();

    /// <summary>Every restored package: its id, its version as NuGet wrote it, and its folder.</summary>
    public IEnumerable<(string Id, string Version, string Folder)> Libraries() =>
        assets["libraries"]!.AsObject()
            .Where(l => (string?)l.Value!["type"] == "package")
            .Select(l => (Id: l.Key[..l.Key.IndexOf('/')], Version: l.Key[(l.Key.IndexOf('/') + 1)..], Folder: Path.Combine(PackagesFolder, (string)l.Value!["path"]!)));

    /// <summary>The managed assemblies a <paramref name="framework"/> program gets from each package ("Id/Version" and the file), on any platform.</summary>
    public IEnumerable<(string Package, string File)> Assemblies(string framework)
    {
        var folders = Libraries().ToDictionary(l => $"{l.Id}/{l.Version}", l => l.Folder, StringComparer.OrdinalIgnoreCase);
        return assets["targets"]![framework]!.AsObject()
            .Where(library => folders.ContainsKey(library.Key))
            .SelectMany(library => (library.Value!["runtime"]?.AsObject().Select(file => file.Key) ?? [])
                .Concat(library.Value!["runtimeTargets"]?.AsObject().Where(file => (string?)file.Value!["assetType"] == "runtime").Select(file => file.Key) ?? [])
                .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(file => (library.Key, Path.Combine(folders[library.Key], file))));
    }
}
