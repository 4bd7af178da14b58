using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Support;

/// <summary>
/// What the notebook kernel carries itself, and what the lessons' packages ask of it. dotnet-repl runs the kernel with its
/// own copies of Roslyn, Microsoft.DotNet.Interactive, FSharp.Core, Newtonsoft.Json and some System.* (its tool folder),
/// on the shared .NET runtime. Those are loaded before any <c>#r "nuget: …"</c>, so a package built against a newer
/// version of one of them gets the kernel's older copy: it fails in the kernel only (FileNotFoundException for
/// "Version=…", MissingMethodException), while the same lesson as an app, which carries the package's own copy, runs.
/// </summary>
internal static class KernelAssemblies
{
    /// <summary>One assembly of a package, by its file.</summary>
    public sealed record PackageAssembly(string Package, string File);

    /// <summary>A package's assembly that is, or references, an assembly newer than the copy the kernel carries.</summary>
    public sealed record Drift(string Package, string Assembly, string Needs, Version Wanted, Version Carried)
    {
        public override string ToString() =>
            $"{Package}: {Assembly} {(Assembly == Needs ? "is" : $"references {Needs}")} {Wanted}, but the kernel carries {Needs} {Carried} " +
            "and loads its own copy first";
    }

    /// <summary>Name → version of every assembly the kernel has before a lesson runs: its tool folder and the shared runtime (the newest, if a name is in both).</summary>
    public static IReadOnlyDictionary<string, Version> Carried(string toolFolder) =>
        Directory.EnumerateFiles(toolFolder, "*.dll")
            .Concat(Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
            .Select(NameOf).OfType<AssemblyName>()
            .GroupBy(n => n.Name!)
            .ToDictionary(g => g.Key, g => g.Max(n => n.Version)!);

    /// <summary>The assemblies of <paramref name="assemblies"/> that are, or reference, a newer version of one the kernel carries.</summary>
    public static IReadOnlyList<Drift> Find(IReadOnlyDictionary<string, Version> carried, IEnumerable<PackageAssembly> assemblies)
    {
        var drifts = new List<Drift>();
        foreach (var assembly in assemblies)
        {
            using var pe = new PEReader(File.OpenRead(assembly.File));
            if (!pe.HasMetadata) continue;   // a native library shipped as .dll
            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly) continue;
            var self = metadata.GetAssemblyDefinition();
            var name = metadata.GetString(self.Name);
            var needs = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
                .Select(r => (Name: metadata.GetString(r.Name), r.Version))
                .Prepend((Name: name, self.Version));
            drifts.AddRange(needs
                .Where(n => carried.TryGetValue(n.Name, out var version) && n.Version > version)
                .Select(n => new Drift(assembly.Package, name, n.Name, n.Version, carried[n.Name])));
        }
        return drifts;
    }

    /// <summary>
    /// The managed assemblies NuGet gives a net10.0 program that references <paramref name="packages"/> at their versions, as
    /// the kernel's <c>#r "nuget: …"</c> does: restores a project of those references in <paramref name="folder"/> (outside
    /// central package management, which would pin transitive versions the kernel does not) and reads its assets file.
    /// </summary>
    public static async Task<IReadOnlyList<PackageAssembly>> Restore(IReadOnlyCollection<PackageReference> packages, string folder)
    {
        var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", "net10.0"),
                new XElement("ManagePackageVersionsCentrally", "false"),
                new XElement("CentralPackageTransitivePinningEnabled", "false")),
            new XElement("ItemGroup", packages.Select(p => new XElement("PackageReference",
                new XAttribute("Include", p.Id), new XAttribute("Version", p.Version!)))));
        project.Save(Path.Combine(folder, "kernel-packages.csproj"));
        var run = await ChildProcess.RunAsync(ProcessStart.Dotnet(folder, ["restore"]), TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        Assert.True(run.Succeeded, $"Restoring the lessons' packages failed ({(run.TimedOut ? "timed out" : $"exit code {run.ExitCode}")}):\n{run.Tail()}");

        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "obj", "project.assets.json")))!;
        var cache = (string)assets["project"]!["restore"]!["packagesPath"]!;
        return assets["targets"]!["net10.0"]!.AsObject()
            .SelectMany(library => (library.Value!["runtime"]?.AsObject() ?? []).Select(file => (library.Key, File: file.Key)))
            .Where(a => a.File.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(a => new PackageAssembly(a.Key, Path.Combine(cache, (string)assets["libraries"]![a.Key]!["path"]!, a.File)))
            .ToList();
    }

    /// <summary>The folder of the dotnet-repl the course pins (restored first).</summary>
    public static async Task<string> ToolFolder()
    {
        await CourseTools.RestoreAsync(Repository.Folders.Root, TestContext.Current.CancellationToken);
        return Path.GetDirectoryName(CourseTools.ReplProgram(Repository.Folders.Root))!;
    }

    private static AssemblyName? NameOf(string file)
    {
        try { return AssemblyName.GetAssemblyName(file); }
        catch (BadImageFormatException) { return null; }   // a native library
    }
}
