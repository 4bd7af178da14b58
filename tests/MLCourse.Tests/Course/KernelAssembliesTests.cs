using Microsoft.ML.Data;
using MLCourse.Runner.Apps;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Course;

/// <summary>
/// A guard against the kernel's own drift: no package a lesson loads (nor the helper library) may need a newer version of an
/// assembly the notebook kernel carries itself, because the kernel's older copy is the one loaded, and the lesson would fail
/// in the kernel only. See <see cref="KernelAssemblies"/>.
/// </summary>
public sealed class KernelAssembliesTests
{
    /// <summary>Assemblies allowed to be newer than the kernel's copy, each with what makes that safe.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["FSharp.Core"] = "Plotly.NET 6 is built against FSharp.Core 10.1 and runs on the kernel's 10.0: src/MLCourse/FSharpCoreRedirect.cs " +
                          "answers the request, and every lesson that draws a chart in the kernel runs through it.",
    };

    [Fact]
    [Trait("Category", "Kernel")]   // it restores packages: a process, and the registry in CI
    public async Task No_package_a_lesson_loads_needs_a_newer_assembly_than_the_kernel_carries()
    {
        var toolFolder = await KernelAssemblies.ToolFolder();
        var carried = KernelAssemblies.Carried(toolFolder);
        Assert.True(carried.ContainsKey("Microsoft.DotNet.Interactive") && carried.ContainsKey("Microsoft.CodeAnalysis.CSharp") && carried.ContainsKey("FSharp.Core"),
            $"{toolFolder} does not hold the kernel's Microsoft.DotNet.Interactive, Roslyn and FSharp.Core: is it dotnet-repl's tool folder?");

        var packages = Repository.Lessons
            .SelectMany(lesson => lesson.CodeCells.SelectMany(cell => CellDirectives.Read(lesson.Name, cell, lesson.Folder).Packages))
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var assemblies = (await KernelAssemblies.Restore(packages, Repository.TestFolder("kernel-assemblies")))
            .Append(new KernelAssemblies.PackageAssembly("the helper library", Path.Combine(Repository.Folders.Root, "src", "MLCourse", "bin", "MLCourse.dll")))
            .ToList();
        Assert.True(packages.Count >= 15 && assemblies.Count >= 40, $"Only {packages.Count} packages and {assemblies.Count} assemblies were found: is the lesson parsing broken?");

        var drifts = KernelAssemblies.Find(carried, assemblies);
        var unexpected = drifts.Where(d => !Allowed.ContainsKey(d.Needs)).ToList();
        Assert.True(unexpected.Count == 0,
            $"The lessons load assemblies that need a newer version of one the notebook kernel carries itself ({toolFolder}, and the .NET runtime). " +
            "The kernel's copy is loaded first, so these lessons would fail in the kernel only (FileNotFoundException for \"Version=…\", or " +
            "MissingMethodException), though their apps run:\n  " + string.Join("\n  ", unexpected) + "\n" +
            "Keep the package at its previous version (Directory.Packages.props and the lessons' #r lines), or, as " +
            "src/MLCourse/FSharpCoreRedirect.cs does for FSharp.Core, answer the request with the kernel's copy, run every lesson in the kernel, " +
            "and add the assembly to Allowed in this test with the reason.");

        var stale = Allowed.Keys.Where(name => drifts.All(d => d.Needs != name)).ToList();
        Assert.True(stale.Count == 0,
            $"No package needs a newer {string.Join(", ", stale)} than the kernel carries any more: remove the work-around that Allowed names for it, then its entry.");
    }

    [Fact]
    public void A_reference_or_an_assembly_newer_than_the_kernel_s_copy_is_named_and_an_equal_one_is_not()
    {
        var file = typeof(TextLoader).Assembly.Location;   // Microsoft.ML.Data.dll, which references Microsoft.ML.Core
        var assembly = new KernelAssemblies.PackageAssembly("Microsoft.ML", file);
        var own = typeof(TextLoader).Assembly.GetName().Version!;
        var core = typeof(TextLoader).Assembly.GetReferencedAssemblies().Single(r => r.Name == "Microsoft.ML.Core").Version!;

        var older = KernelAssemblies.Find(new Dictionary<string, Version> { ["Microsoft.ML.Core"] = new(0, 1) }, [assembly]);
        var drift = Assert.Single(older);
        Assert.Equal(new KernelAssemblies.Drift("Microsoft.ML", "Microsoft.ML.Data", "Microsoft.ML.Core", core, new(0, 1)), drift);
        Assert.Equal($"Microsoft.ML: Microsoft.ML.Data references Microsoft.ML.Core {core}, but the kernel carries Microsoft.ML.Core 0.1 and loads its own copy first",
            drift.ToString());

        var ownOlder = Assert.Single(KernelAssemblies.Find(new Dictionary<string, Version> { ["Microsoft.ML.Data"] = new(0, 1) }, [assembly]));
        Assert.Equal($"Microsoft.ML: Microsoft.ML.Data is {own}, but the kernel carries Microsoft.ML.Data 0.1 and loads its own copy first", ownOlder.ToString());

        Assert.Empty(KernelAssemblies.Find(new Dictionary<string, Version> { ["Microsoft.ML.Core"] = core, ["Microsoft.ML.Data"] = own }, [assembly]));
    }
}
