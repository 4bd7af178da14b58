using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace MLCourse.Neural;

/// <summary>
/// Whether TorchSharp's native engine can load here, asked before a lesson program uses it. libtorch 2.10 needs GCC 13's C++
/// runtime (the symbol version <c>GLIBCXX_3.4.32</c> in <c>libstdc++.so.6</c>); an older Linux such as Debian 12 (3.4.30)
/// lacks it, and TorchSharp then fails deep inside its first call with a message about a library it could not find, which
/// sends a learner looking in the wrong place. <see cref="Course.Start()"/> asks this in a program that references TorchSharp
/// and stops the lesson at once with what is wrong and what to do instead; in a notebook's kernel it prints a warning when
/// TorchSharp loads (<see cref="WatchKernel"/>), since the cells without TorchSharp still run there.
/// </summary>
public static class NativeTorch
{
    /// <summary>The symbol version libtorch 2.10 needs.</summary>
    public const string NeededVersion = "GLIBCXX_3.4.32";

    /// <summary>Where Linux distributions keep the C++ runtime.</summary>
    private static readonly string[] Folders =
        ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"];

    /// <summary>
    /// Whether <paramref name="program"/> (the running lesson program) uses TorchSharp: calls one of its methods, constructors
    /// or fields, or derives a type from one of its types. Referencing it is not enough: a debug build of a program that only
    /// says <c>using static TorchSharp.torch;</c> (as an exercises app keeps its lesson's using lines) references TorchSharp, for
    /// the debugger's sake, and never loads libtorch. A program whose file cannot be read counts as using it when it references it.
    /// </summary>
    public static bool IsUsedBy(Assembly? program)
    {
        if (program is null || !program.GetReferencedAssemblies().Any(a => a.Name == TorchSharp)) return false;
        if (string.IsNullOrEmpty(program.Location) || !File.Exists(program.Location)) return true;
        using var image = File.OpenRead(program.Location);
        return IsCalledBy(image);
    }

    /// <summary>The assembly of TorchSharp's managed types.</summary>
    private const string TorchSharp = "TorchSharp";

    /// <summary>Whether the compiled program in <paramref name="image"/> calls into TorchSharp (see <see cref="IsUsedBy"/>).</summary>
    internal static bool IsCalledBy(Stream image)
    {
        using var reader = new PEReader(image);
        var metadata = reader.GetMetadataReader();
        var torch = metadata.AssemblyReferences.Where(a => metadata.GetString(metadata.GetAssemblyReference(a).Name) == TorchSharp).ToHashSet();

        bool InTorch(EntityHandle type)
        {
            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var scope = metadata.GetTypeReference((TypeReferenceHandle)type).ResolutionScope;
                    return scope.Kind == HandleKind.AssemblyReference ? torch.Contains((AssemblyReferenceHandle)scope)
                        : scope.Kind == HandleKind.TypeReference && InTorch((TypeReferenceHandle)scope);   // a nested type: torch.nn
                case HandleKind.TypeSpecification:   // a generic type, nn.Module<Tensor, Tensor>: its definition, then its arguments
                    var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)type).Signature);
                    if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return false;
                    blob.ReadSignatureTypeCode();   // class or value type
                    if (InTorch(blob.ReadTypeHandle())) return true;
                    for (var count = blob.ReadCompressedInteger(); count > 0; count--)
                    {
                        var argument = blob.ReadSignatureTypeCode();
                        if (argument == SignatureTypeCode.TypeHandle && InTorch(blob.ReadTypeHandle())) return true;
                        if (argument != SignatureTypeCode.TypeHandle && (int)argument > (int)SignatureTypeCode.String && argument is not (SignatureTypeCode.IntPtr or SignatureTypeCode.UIntPtr or SignatureTypeCode.Object))
                            return false;   // an array or a generic type as argument: not read further (a program that makes one calls TorchSharp elsewhere too)
                    }
                    return false;
                default:
                    return false;
            }
        }

        return torch.Count > 0 && (
            metadata.MemberReferences.Any(m => InTorch(metadata.GetMemberReference(m).Parent)) ||
            metadata.TypeDefinitions.Any(t => metadata.GetTypeDefinition(t).BaseType is { IsNil: false } baseType && InTorch(baseType)));
    }

    /// <summary>Why libtorch cannot load on this machine, or null when it can (or when this is not Linux, or no C++ runtime was found to read).</summary>
    public static string? Problem() =>
        OperatingSystem.IsLinux() && Folders.Select(f => Path.Combine(f, "libstdc++.so.6")).FirstOrDefault(File.Exists) is { } runtime
            ? Problem(runtime) : null;

    /// <summary>Why libtorch cannot load with the C++ runtime <paramref name="runtime"/>, or null when it can.</summary>
    public static string? Problem(string runtime) => Problem(runtime,
        "This lesson runs natively on Windows, macOS, Ubuntu 24.04 or later (GitHub Codespaces) and Debian 13. Here, the course runner " +
        $"can run this very file, your answers and all, inside a small Debian 13 root: sudo dotnet run --project src/MLCourse.Runner -- --run-file {ProgramPath()} " +
        "(README: \"Where lesson 11 runs\"). Every other lesson runs here as it is.");

    /// <summary>
    /// The warning a notebook prints, once, when TorchSharp loads in its kernel where libtorch cannot (see <see cref="WatchKernel"/>),
    /// or null when it can; <paramref name="runtime"/> is the C++ runtime to read, by default the machine's.
    /// </summary>
    public static string? NotebookWarning(string? runtime = null)
    {
        runtime ??= OperatingSystem.IsLinux() ? Folders.Select(f => Path.Combine(f, "libstdc++.so.6")).FirstOrDefault(File.Exists) : null;
        return runtime is null ? null : Problem(runtime,
            "This notebook's cells that use TorchSharp will fail here, with a message about libtorch-cpu-linux-x64 that is not the cause; the cells " +
            "without it still work (lesson 14's exercises among them). To run the whole lesson on this machine, the course runner runs the notebook inside a " +
            "small Debian 13 root and writes it, outputs and all, to artifacts/notebooks/: sudo dotnet run --project src/MLCourse.Runner -- NN, with " +
            "this lesson's number (README: \"Where lesson 11 runs\"). Windows, macOS, Ubuntu 24.04 or later (GitHub Codespaces) and Debian 13 run it natively.") is { } problem
            ? $"Warning: TorchSharp cannot run on this machine. {problem}" : null;
    }

    private static int kernelWatched;

    /// <summary>
    /// In a notebook's kernel: writes <paramref name="warning"/>'s text with <paramref name="write"/> once, when TorchSharp is loaded
    /// (now, or later, at the first cell that uses it, which then fails), if there is a warning. <see cref="Course.Start()"/> calls
    /// it; calling it again does nothing.
    /// </summary>
    internal static void WatchKernel(Action<string> write, Func<string?> warning)
    {
        if (Interlocked.Exchange(ref kernelWatched, 1) == 1) return;
        var warned = 0;
        void Warn()
        {
            if (Interlocked.Exchange(ref warned, 1) == 0 && warning() is { } text) write(text);
        }
        AssemblyLoadEventHandler? loaded = null;
        loaded = (_, e) =>
        {
            if (e.LoadedAssembly.GetName().Name != TorchSharp) return;
            AppDomain.CurrentDomain.AssemblyLoad -= loaded;
            Warn();
        };
        AppDomain.CurrentDomain.AssemblyLoad += loaded;
        if (AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == TorchSharp))
        {
            AppDomain.CurrentDomain.AssemblyLoad -= loaded;
            Warn();
        }
    }

    /// <summary>Lets a test watch again, as a fresh kernel would.</summary>
    internal static void ForgetKernel() => Interlocked.Exchange(ref kernelWatched, 0);

    /// <summary>Why libtorch cannot load with the C++ runtime <paramref name="runtime"/>, or null when it can; <paramref name="whatToDo"/> ends the message.</summary>
    private static string? Problem(string runtime, string whatToDo)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(runtime));
        if (text.Contains(NeededVersion, StringComparison.Ordinal)) return null;
        var newest = System.Text.RegularExpressions.Regex.Matches(text, @"GLIBCXX_3\.4\.(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max();
        return Require.Message(
            $"a C++ runtime with {NeededVersion} (GCC 13 or later), which TorchSharp's engine, libtorch 2.10, needs",
            $"{runtime}, whose newest is {(newest > 0 ? $"GLIBCXX_3.4.{newest}" : "unknown")} (an older Linux, such as Debian 12)",
            whatToDo);
    }

    /// <summary>The running program's file as the learner would type it from the course folder (e.g. notebooks/11-neural-networks.cs).</summary>
    private static string ProgramPath() =>
        LearnerRoute.ProgramFile is not { } file ? "notebooks/NN-name.cs"
        : CourseFolders.TryFind(Path.GetDirectoryName(file)!) is { } course ? Path.GetRelativePath(course.Root, file).Replace('\\', '/')
        : file;
}
