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
/// Newer is judged twice: by assembly version, and by package version where the kernel has the same package (the
/// Microsoft.DotNet.Interactive assemblies are all 1.0.0.0, whatever the package's beta), servicing releases aside.
/// </summary>
internal static class KernelAssemblies
{
    /// <summary>What the kernel has: assembly name → version, and package id → NuGet version.</summary>
    public sealed record Kernel(IReadOnlyDictionary<string, Version> Assemblies, IReadOnlyDictionary<string, string> Packages);

    /// <summary>What the lessons load: assemblies (with the package each comes from, "Id/Version") and packages (id → version).</summary>
    public sealed record Loaded(IReadOnlyList<(string Package, string File)> Assemblies, IReadOnlyDictionary<string, string> Packages);

    /// <summary>Something the lessons load that is newer than the kernel's copy: an assembly (or an assembly's reference), or a package.</summary>
    public sealed record Drift(string Source, string Name, string Wanted, string Carried, bool IsPackage)
    {
        public override string ToString() =>
            $"{Source} {(IsPackage ? "is" : "needs")} {Name} {Wanted}, but the kernel carries {Name} {Carried} and loads its own copy first";
    }

    /// <summary>The kernel of the dotnet-repl in <paramref name="toolFolder"/>: its assemblies and the shared runtime's (the newest, if a name is in both), and its packages (its deps.json).</summary>
    public static Kernel Carried(string toolFolder)
    {
        var assemblies = Directory.EnumerateFiles(toolFolder, "*.dll")
            .Concat(Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
            .Select(NameOf).OfType<AssemblyName>()
            .GroupBy(n => n.Name!)
            .ToDictionary(g => g.Key, g => g.Max(n => n.Version)!);
        var deps = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(toolFolder, "*.deps.json").Single()))!;
        var packages = deps["libraries"]!.AsObject()
            .Where(l => (string?)l.Value!["type"] == "package")
            .ToDictionary(l => l.Key[..l.Key.IndexOf('/')], l => l.Key[(l.Key.IndexOf('/') + 1)..], StringComparer.OrdinalIgnoreCase);
        return new Kernel(assemblies, packages);
    }

    /// <summary>Everything in <paramref name="loaded"/> that is newer than the kernel's copy.</summary>
    public static IReadOnlyList<Drift> Find(Kernel kernel, Loaded loaded)
    {
        var drifts = new List<Drift>();
        foreach (var (package, file) in loaded.Assemblies)
        {
            using var pe = new PEReader(File.OpenRead(file));
            if (!pe.HasMetadata) continue;   // a native library shipped as .dll
            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly) continue;
            var self = metadata.GetAssemblyDefinition();
            var source = $"{package}: {metadata.GetString(self.Name)}.dll";
            drifts.AddRange(metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
                .Select(r => (Name: metadata.GetString(r.Name), r.Version))
                .Prepend((Name: metadata.GetString(self.Name), self.Version))
                .Where(n => kernel.Assemblies.TryGetValue(n.Name, out var carried) && n.Version > carried)
                .Select(n => new Drift(source, n.Name, n.Version.ToString(), kernel.Assemblies[n.Name].ToString(), IsPackage: false)));
        }
        drifts.AddRange(loaded.Packages
            .Where(p => kernel.Packages.TryGetValue(p.Key, out var carried) && CompareVersions(p.Value, carried) > 0 && !IsServicing(p.Value, carried))
            .Select(p => new Drift($"package {p.Key}", p.Key, p.Value, kernel.Packages[p.Key], IsPackage: true)));
        return drifts;
    }

    /// <summary>
    /// What a net10.0 program gets from <paramref name="packages"/> at their versions, as the kernel's <c>#r "nuget: …"</c>
    /// does: a project of those references restored in <paramref name="folder"/>, outside central package management
    /// (which would pin transitive versions that the kernel does not).
    /// </summary>
    public static async Task<Loaded> Restore(IReadOnlyCollection<PackageReference> packages, string folder)
    {
        var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", "net10.0"),
                new XElement("ManagePackageVersionsCentrally", "false"),
                new XElement("CentralPackageTransitivePinningEnabled", "false")),
            new XElement("ItemGroup", packages.Select(p => new XElement("PackageReference", new XAttribute("Include", p.Id), new XAttribute("Version", p.Version!)))));
        var (restored, run) = await PackageRestore.RunAsync(Path.Combine(folder, "kernel-packages.csproj"), project.ToString(), TimeSpan.FromMinutes(5),
            TestContext.Current.CancellationToken);
        Assert.True(restored is not null, $"Restoring the lessons' packages failed ({(run.TimedOut ? "timed out" : $"exit code {run.ExitCode}")}):\n{run.Tail()}");
        return new Loaded(restored.Assemblies("net10.0").ToList(),
            restored.Libraries().ToDictionary(l => l.Id, l => l.Version, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The folder of the dotnet-repl the course pins (restored first).</summary>
    public static async Task<string> ToolFolder()
    {
        await CourseTools.RestoreAsync(Repository.Folders.Root, TestContext.Current.CancellationToken);
        return Path.GetDirectoryName(CourseTools.ReplProgram(Repository.Folders.Root))!;
    }

    /// <summary>
    /// Whether <paramref name="newer"/> only services <paramref name="older"/>: both releases with the same major and minor
    /// version (10.0.13 after 10.0.7), which by semantic versioning fix bugs and add no API, and keep the assembly version.
    /// A pre-release (a Microsoft.DotNet.Interactive beta) promises nothing of the kind.
    /// </summary>
    public static bool IsServicing(string newer, string older) =>
        !newer.Contains('-') && !older.Contains('-') &&
        Version.Parse(newer.Split('+')[0]) is var a && Version.Parse(older.Split('+')[0]) is var b && a.Major == b.Major && a.Minor == b.Minor;

    /// <summary>
    /// Orders NuGet versions as NuGet does: by the numbers, then a release after its pre-releases, then the pre-release
    /// labels part by part (numeric parts as numbers, before text); build metadata (after "+") does not count.
    /// </summary>
    public static int CompareVersions(string a, string b)
    {
        static (Version Numbers, string[] Labels) Parse(string version)
        {
            var plain = version.Split('+')[0];
            var dash = plain.IndexOf('-');
            var numbers = Version.Parse(dash < 0 ? plain : plain[..dash]);
            return (new Version(numbers.Major, numbers.Minor, Math.Max(numbers.Build, 0), Math.Max(numbers.Revision, 0)),
                dash < 0 ? [] : plain[(dash + 1)..].Split('.'));
        }
        var (x, y) = (Parse(a), Parse(b));
        if (x.Numbers.CompareTo(y.Numbers) is var byNumbers and not 0) return byNumbers;
        if (x.Labels.Length == 0 || y.Labels.Length == 0) return y.Labels.Length.CompareTo(x.Labels.Length);   // a release is newer
        foreach (var (p, q) in x.Labels.Zip(y.Labels))
        {
            var order = (long.TryParse(p, out var m), long.TryParse(q, out var n)) switch
            {
                (true, true) => m.CompareTo(n),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.Compare(p, q, StringComparison.OrdinalIgnoreCase),
            };
            if (order != 0) return order;
        }
        return x.Labels.Length.CompareTo(y.Labels.Length);
    }

    private static AssemblyName? NameOf(string file)
    {
        try { return AssemblyName.GetAssemblyName(file); }
        catch (BadImageFormatException) { return null; }   // a native library
    }
}
