using MLCourse.Neural;

namespace MLCourse.Tests.Library.Neural;

public sealed class NativeTorchTests
{
    private static string Runtime(string symbols)
    {
        var file = Path.Combine(Repository.TestFolder("native-torch"), Guid.NewGuid() + ".so.6");
        File.WriteAllBytes(file, [0x7f, .. "ELF\0GLIBCXX_3.4\0"u8, .. System.Text.Encoding.ASCII.GetBytes(symbols), 0]);
        return file;
    }

    [Fact]
    public void A_runtime_without_GCC_13_s_symbol_version_is_named_with_its_newest_and_what_to_do()
    {
        var problem = NativeTorch.Problem(Runtime("GLIBCXX_3.4.29\0GLIBCXX_3.4.30\0CXXABI_1.3.13"));

        Assert.StartsWith("Expected a C++ runtime with GLIBCXX_3.4.32 (GCC 13 or later), which TorchSharp's engine, libtorch 2.10, needs; found ", problem);
        Assert.Contains("whose newest is GLIBCXX_3.4.30 (an older Linux, such as Debian 12)", problem);
        Assert.Contains("sudo dotnet run --project src/MLCourse.Runner -- --run-file ", problem);
    }

    [Fact]
    public void A_runtime_with_it_is_no_problem()
    {
        Assert.Null(NativeTorch.Problem(Runtime("GLIBCXX_3.4.31\0GLIBCXX_3.4.32\0GLIBCXX_3.4.33")));
    }

    [Fact]
    public void Only_a_program_that_references_TorchSharp_is_asked()
    {
        Assert.False(NativeTorch.IsUsedBy(typeof(NativeTorchTests).Assembly));
        Assert.False(NativeTorch.IsUsedBy(null));
    }

    /// <summary>A stand-in for TorchSharp's assembly: its name, a static class torch with a nested class nn, a generic module.</summary>
    private const string FakeTorchSharp = """
        namespace TorchSharp
        {
            public static class torch
            {
                public static int ones(int n) => n;
                public static class nn { public static int Linear(int a, int b) => a * b; }
                public class Tensor { }
            }
            public abstract class Module<TIn, TOut> { public abstract TOut forward(TIn x); }
        }
        """;

    /// <summary>Compiles <paramref name="program"/> as a debug build does (with a portable PDB) against the stand-in TorchSharp.</summary>
    private static MemoryStream Compiled(string program)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Console.dll")
            .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p)).ToList();
        var torch = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("TorchSharp", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(FakeTorchSharp)],
            references, new(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var app = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("app", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(program)],
            [.. references, torch.ToMetadataReference()], new(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, optimizationLevel: Microsoft.CodeAnalysis.OptimizationLevel.Debug));
        var (image, pdb) = (new MemoryStream(), new MemoryStream());
        var emitted = app.Emit(image, pdb);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return image;
    }

    [Fact]
    public void A_program_that_only_names_TorchSharp_in_its_usings_does_not_use_it_though_its_debug_build_references_it()
    {
        // An exercises app keeps its lesson's using lines; `using static` leaves a reference to TorchSharp for the debugger.
        using var image = Compiled("using TorchSharp;\nusing static TorchSharp.torch;\nSystem.Console.WriteLine(System.Math.Max(1, 2));");
        using (var reader = new System.Reflection.PortableExecutable.PEReader(image, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen))
        {
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
            Assert.Contains(metadata.AssemblyReferences, a => metadata.GetString(metadata.GetAssemblyReference(a).Name) == "TorchSharp");
        }
        image.Position = 0;

        Assert.False(NativeTorch.IsCalledBy(image));
    }

    [Theory]
    [InlineData("using static TorchSharp.torch;\nSystem.Console.WriteLine(ones(3));")]                                  // a static method, through `using static`
    [InlineData("System.Console.WriteLine(TorchSharp.torch.nn.Linear(2, 3));")]                                         // a nested class's method
    [InlineData("var t = new TorchSharp.torch.Tensor();\nSystem.Console.WriteLine(t);")]                                 // a constructor
    [InlineData("System.Console.WriteLine(1);\nsealed class Block : TorchSharp.Module<int, int> { public override int forward(int x) => x; }")]   // a module of its own
    public void A_program_that_calls_TorchSharp_or_derives_from_its_types_uses_it(string program)
    {
        using var image = Compiled(program);

        Assert.True(NativeTorch.IsCalledBy(image));
    }

    [Fact]
    public void The_lesson_programs_are_judged_from_their_files()
    {
        var folder = Repository.TestFolder("native-torch");
        var path = Path.Combine(folder, $"uses-torch-{Guid.NewGuid():N}.dll");
        using (var image = Compiled("System.Console.WriteLine(TorchSharp.torch.ones(3));"))
            File.WriteAllBytes(path, image.ToArray());

        Assert.True(NativeTorch.IsUsedBy(System.Reflection.Assembly.LoadFrom(path)));
    }

    [Fact]
    public void A_notebook_is_warned_in_a_line_that_names_the_runner_s_Debian_13_route_not_stopped()
    {
        var warning = NativeTorch.NotebookWarning(Runtime("GLIBCXX_3.4.29\0GLIBCXX_3.4.30"));

        Assert.StartsWith("Warning: TorchSharp cannot run on this machine. Expected a C++ runtime with GLIBCXX_3.4.32", warning);
        Assert.Contains("whose newest is GLIBCXX_3.4.30", warning);
        Assert.Contains("with a message about libtorch-cpu-linux-x64 that is not the cause", warning);
        Assert.Contains("the cells without it still work (lesson 14's exercises among them)", warning);
        Assert.Contains("inside a small Debian 13 root", warning);
        Assert.Contains("sudo dotnet run --project src/MLCourse.Runner -- NN, with this lesson's number", warning);
        Assert.DoesNotContain("--run-file", warning);
        Assert.DoesNotContain("\n", warning);
        Assert.Null(NativeTorch.NotebookWarning(Runtime("GLIBCXX_3.4.31\0GLIBCXX_3.4.32")));
    }

    [Fact]
    public void A_kernel_is_warned_once_when_TorchSharp_loads_and_only_if_there_is_a_problem()
    {
        var torch = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("TorchSharp", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(FakeTorchSharp, cancellationToken: TestContext.Current.CancellationToken)],
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
                .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p)),
            new(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var image = new MemoryStream();
        Assert.True(torch.Emit(image, cancellationToken: TestContext.Current.CancellationToken).Success);
        void LoadTorchSharp()   // as the kernel does at the first cell that uses it
        {
            var context = new System.Runtime.Loader.AssemblyLoadContext("kernel", isCollectible: true);
            image.Position = 0;
            context.LoadFromStream(image);
            context.Unload();
        }

        var lines = new List<string>();
        NativeTorch.ForgetKernel();
        NativeTorch.WatchKernel(lines.Add, () => "the warning");
        NativeTorch.WatchKernel(lines.Add, () => "a second setup cell");   // Course.Start again: nothing more
        LoadTorchSharp();
        LoadTorchSharp();
        Assert.Equal(["the warning"], lines);

        var quiet = new List<string>();
        NativeTorch.ForgetKernel();
        NativeTorch.WatchKernel(quiet.Add, () => null);   // a machine where libtorch loads
        LoadTorchSharp();
        Assert.Empty(quiet);
        NativeTorch.ForgetKernel();
    }
}
