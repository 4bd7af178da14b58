using MLCourse.Runner.LibTorch;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class LibTorchProbeTests
{
    [Fact]
    public void A_library_that_does_not_load_is_reported_with_the_loader_s_message()
    {
        var support = LibTorchProbe.TryLoad("/nonexistent/libtorch.so");

        Assert.False(support.LoadsNatively);
        Assert.StartsWith("libtorch.so does not load: ", support.Detail);
        Assert.True(support.Detail.Length > "libtorch.so does not load: ".Length, "the loader's message is missing");
    }

    [Fact]
    public void The_libraries_load_in_order_and_the_first_that_fails_is_the_answer()
    {
        Assert.Equal(new LibTorchSupport(true, "libc.so.6 and libm.so.6 load natively."), LibTorchProbe.TryLoad("libc.so.6", "libm.so.6"));
        Assert.StartsWith("libLibTorchSharp.so does not load: ", LibTorchProbe.TryLoad("libc.so.6", "/nonexistent/libLibTorchSharp.so").Detail);
    }
}
