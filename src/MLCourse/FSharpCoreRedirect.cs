using System.Reflection;
using System.Runtime.Loader;

namespace MLCourse;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1, but the final notebook kernel has already loaded
/// FSharp.Core 10.0, so every chart call fails with <c>FileNotFoundException: FSharp.Core, Version=10.1.0.0</c>.
/// This answers such a request with the FSharp.Core that is already loaded. Install it before any chart is built.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
            AssemblyLoadContext.Default.Resolving += (_, requested) => Resolve(requested);
    }

    /// <summary>The loaded FSharp.Core (the newest, if several) for a request of FSharp.Core; otherwise null.</summary>
    internal static Assembly? Resolve(AssemblyName requested) =>
        requested.Name != "FSharp.Core"
            ? null
            : AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => a.GetName().Name == "FSharp.Core")
                .MaxBy(a => a.GetName().Version);
}
