namespace MLCourse.Runner.LibTorch;

/// <summary>Whether libtorch (TorchSharp's native engine) loads on this machine, and what was found.</summary>
public sealed record LibTorchSupport(bool LoadsNatively, string Detail);
