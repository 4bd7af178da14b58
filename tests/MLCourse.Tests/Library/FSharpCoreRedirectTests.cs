using System.Reflection;

namespace MLCourse.Tests.Library;

public sealed class FSharpCoreRedirectTests
{
    private static readonly Assembly Loaded = typeof(Microsoft.FSharp.Core.Unit).Assembly;

    [Fact]
    public void Answers_a_request_for_a_newer_FSharp_Core_with_the_loaded_one()
    {
        var requested = new AssemblyName($"FSharp.Core, Version={Loaded.GetName().Version!.Major + 1}.0.0.0");

        Assert.Same(Loaded, FSharpCoreRedirect.Resolve(requested));
    }

    [Fact]
    public void Leaves_other_assemblies_alone()
    {
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("Plotly.NET, Version=99.0.0.0")));
    }

    [Fact]
    public void Once_installed_the_runtime_uses_it()
    {
        FSharpCoreRedirect.Install();
        FSharpCoreRedirect.Install(); // installing twice is harmless

        var newer = Assembly.Load($"FSharp.Core, Version={Loaded.GetName().Version!.Major + 1}.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");

        Assert.Same(Loaded, newer);
    }
}
