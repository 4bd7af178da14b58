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
}
