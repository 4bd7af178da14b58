using System.Xml.Linq;
using Microsoft.ML.Data;
using MLCourse.Runner.Apps;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Course;

/// <summary>
/// A guard against the kernel's own drift: no package a lesson loads (nor the helper library) may be, or need, a newer
/// version of an assembly or package the notebook kernel carries itself, because the kernel's older copy is the one
/// loaded and the lesson would fail in the kernel only. See <see cref="KernelAssemblies"/>.
/// </summary>
public sealed class KernelAssembliesTests
{
    /// <summary>An assembly allowed to be newer than the kernel's copy, up to these versions, and what makes that safe.</summary>
    private sealed record Allowance(Version AssemblyUpTo, string PackageUpTo, string Reason);

    private static readonly Dictionary<string, Allowance> Allowed = new()
    {
        ["FSharp.Core"] = new(new Version(10, 1, 0, 0), "10.1.403",
            "Plotly.NET 6 is built against FSharp.Core 10.1 and runs on the kernel's 10.0: src/MLCourse/FSharpCoreRedirect.cs answers the " +
            "request, and every lesson that draws a chart in the kernel runs through it. A newer FSharp.Core needs that checked again."),
    };

    private static bool IsAllowed(KernelAssemblies.Drift drift) =>
        Allowed.TryGetValue(drift.Name, out var allowance) &&
        (drift.IsPackage ? KernelAssemblies.CompareVersions(drift.Wanted, allowance.PackageUpTo) <= 0 : Version.Parse(drift.Wanted) <= allowance.AssemblyUpTo);

    [Fact]
    [Trait("Category", "Kernel")]   // it restores packages: a process, and the registry in CI
    public async Task No_package_a_lesson_loads_is_or_needs_something_newer_than_the_kernel_carries()
    {
        var toolFolder = await KernelAssemblies.ToolFolder();
        var kernel = KernelAssemblies.Carried(toolFolder);
        Assert.True(new[] { "Microsoft.DotNet.Interactive", "Microsoft.CodeAnalysis.CSharp", "FSharp.Core" }.All(kernel.Assemblies.ContainsKey)
                    && kernel.Packages.ContainsKey("Microsoft.DotNet.Interactive.Formatting"),
            $"{toolFolder} does not hold the kernel's Microsoft.DotNet.Interactive, Roslyn and FSharp.Core: is it dotnet-repl's tool folder?");

        var lessonPackages = Repository.Lessons
            .SelectMany(lesson => lesson.CodeCells.SelectMany(cell => CellDirectives.Read(lesson.Name, cell, lesson.Folder).Packages));
        var libraryPackages = XDocument.Load(Path.Combine(Repository.Folders.Root, "src", "MLCourse", "MLCourse.csproj"))
            .Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!)
            .Select(id => new PackageReference(id, Repository.PinnedVersions[id]));
        var packages = lessonPackages.Concat(libraryPackages).DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var restored = await KernelAssemblies.Restore(packages, Repository.TestFolder("kernel-assemblies"));
        var loaded = restored with
        {
            Assemblies = [.. restored.Assemblies, ("the helper library", Path.Combine(Repository.Folders.Root, "src", "MLCourse", "bin", "MLCourse.dll"))],
        };
        Assert.True(packages.Count >= 15 && loaded.Assemblies.Count >= 40, $"Only {packages.Count} packages and {loaded.Assemblies.Count} assemblies were found: is the lesson parsing broken?");

        var drifts = KernelAssemblies.Find(kernel, loaded);
        var unexpected = drifts.Where(d => !IsAllowed(d)).ToList();
        Assert.True(unexpected.Count == 0,
            $"The lessons load assemblies or packages newer than the ones the notebook kernel carries itself ({toolFolder}, and the .NET runtime). " +
            "The kernel's copy is loaded first, so these lessons would fail in the kernel only (FileNotFoundException for \"Version=…\", or " +
            "MissingMethodException), though their apps run:\n  " + string.Join("\n  ", unexpected) + "\n" +
            "Keep the package that brings it at its previous version (Directory.Packages.props and the lessons' #r lines), or, as " +
            "src/MLCourse/FSharpCoreRedirect.cs does for FSharp.Core, answer the request with the kernel's copy, run every lesson in the kernel, " +
            "and add an allowance to this test with the reason.");

        var stale = Allowed.Keys.Where(name => drifts.All(d => d.Name != name)).ToList();
        Assert.True(stale.Count == 0,
            $"Nothing the lessons load is newer than the kernel's {string.Join(", ", stale)} any more: remove the work-around its allowance names, then the allowance.");
    }

    [Fact]
    public void A_reference_or_an_assembly_newer_than_the_kernel_s_copy_is_named_and_an_equal_one_is_not()
    {
        var file = typeof(TextLoader).Assembly.Location;   // Microsoft.ML.Data.dll, which references Microsoft.ML.Core
        var loaded = new KernelAssemblies.Loaded([("Microsoft.ML/6.0.0", file)], new Dictionary<string, string>());
        var own = typeof(TextLoader).Assembly.GetName().Version!;
        var core = typeof(TextLoader).Assembly.GetReferencedAssemblies().Single(r => r.Name == "Microsoft.ML.Core").Version!;
        static KernelAssemblies.Kernel Carrying(string name, Version version) => new(new Dictionary<string, Version> { [name] = version }, new Dictionary<string, string>());

        var drift = Assert.Single(KernelAssemblies.Find(Carrying("Microsoft.ML.Core", new(0, 1)), loaded));
        Assert.Equal($"Microsoft.ML/6.0.0: Microsoft.ML.Data.dll needs Microsoft.ML.Core {core}, but the kernel carries Microsoft.ML.Core 0.1 and loads its own copy first",
            drift.ToString());
        var ownDrift = Assert.Single(KernelAssemblies.Find(Carrying("Microsoft.ML.Data", new(0, 1)), loaded));
        Assert.Equal($"Microsoft.ML/6.0.0: Microsoft.ML.Data.dll needs Microsoft.ML.Data {own}, but the kernel carries Microsoft.ML.Data 0.1 and loads its own copy first",
            ownDrift.ToString());

        Assert.Empty(KernelAssemblies.Find(Carrying("Microsoft.ML.Core", core), loaded));
        Assert.Empty(KernelAssemblies.Find(Carrying("Microsoft.ML.Data", own), loaded));
    }

    [Fact]
    public void A_package_newer_than_the_kernel_s_copy_is_named_even_when_its_assembly_version_is_the_same()
    {
        var kernel = new KernelAssemblies.Kernel(new Dictionary<string, Version>(),
            new Dictionary<string, string> { ["Microsoft.DotNet.Interactive.Formatting"] = "1.0.0-beta.26120.1" });
        KernelAssemblies.Loaded Loading(string version) => new([], new Dictionary<string, string> { ["Microsoft.DotNet.Interactive.Formatting"] = version });

        var drift = Assert.Single(KernelAssemblies.Find(kernel, Loading("1.0.0-beta.26200.1")));
        Assert.Equal("package Microsoft.DotNet.Interactive.Formatting is Microsoft.DotNet.Interactive.Formatting 1.0.0-beta.26200.1, but the kernel carries " +
                     "Microsoft.DotNet.Interactive.Formatting 1.0.0-beta.26120.1 and loads its own copy first", drift.ToString());
        Assert.Empty(KernelAssemblies.Find(kernel, Loading("1.0.0-beta.26120.1")));
        Assert.Empty(KernelAssemblies.Find(kernel, Loading("1.0.0-beta.23562.1")));

        // A servicing release of the same major and minor version (MimeKit brings System.Security.Cryptography.Pkcs 10.0.13;
        // the kernel has 10.0.7) adds no API; a new minor version may.
        var pkcs = new KernelAssemblies.Kernel(new Dictionary<string, Version>(), new Dictionary<string, string> { ["System.Security.Cryptography.Pkcs"] = "10.0.7" });
        Assert.Empty(KernelAssemblies.Find(pkcs, new([], new Dictionary<string, string> { ["System.Security.Cryptography.Pkcs"] = "10.0.13" })));
        Assert.Single(KernelAssemblies.Find(pkcs, new([], new Dictionary<string, string> { ["System.Security.Cryptography.Pkcs"] = "10.1.0" })));
    }

    [Theory]
    [InlineData("1.0.0-beta.26120.1", "1.0.0-beta.26200.1", -1)]
    [InlineData("1.0.0-beta.9", "1.0.0-beta.10", -1)]    // numeric labels as numbers
    [InlineData("1.0.0-beta", "1.0.0", -1)]              // a pre-release before its release
    [InlineData("2.0.0-alpha", "2.0.0-beta", -1)]
    [InlineData("1.0.0-beta", "1.0.0-beta.1", -1)]
    [InlineData("10.1.403", "10.0.103", 1)]
    [InlineData("13.0.4", "13.0.4.0", 0)]
    [InlineData("6.0.0+abc", "6.0.0", 0)]               // build metadata does not count
    public void Package_versions_are_ordered_as_NuGet_orders_them(string a, string b, int order)
    {
        Assert.Equal(order, Math.Sign(KernelAssemblies.CompareVersions(a, b)));
        Assert.Equal(-order, Math.Sign(KernelAssemblies.CompareVersions(b, a)));
    }
}
