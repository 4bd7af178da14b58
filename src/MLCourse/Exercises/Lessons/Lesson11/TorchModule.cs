using System.Collections;
using System.Reflection;

namespace MLCourse.Exercises;

/// <summary>
/// Reads a TorchSharp module (<c>torch.nn.Module</c>) without a compile-time reference to TorchSharp, which this library does
/// not have (lessons that never load TorchSharp load this library too): its parameters and the types of its layers, found
/// by name through reflection, as <c>model.parameters()</c>, <c>p.numel()</c> and <c>model.modules()</c> give them.
/// </summary>
internal static class TorchModule
{
    private const string ModuleType = "TorchSharp.torch+nn+Module";
    private const string ConvolutionType = "TorchSharp.Modules.Convolution";   // the base of Conv1d, Conv2d, Conv3d and their transposes

    /// <summary>Whether <paramref name="value"/> is a TorchSharp module.</summary>
    public static bool IsModule(object? value) => value is not null && Is(value.GetType(), ModuleType);

    /// <summary>The number of weights and biases of <paramref name="module"/>, its sub-modules' included: Σ p.numel() over model.parameters().</summary>
    public static long ParameterCount(object module) =>
        ((IEnumerable)Call(module, "parameters", true)).Cast<object>().Sum(parameter => (long)Call(parameter, "numel"));

    /// <summary>The type names of <paramref name="module"/>'s layers (model.modules(), without the module itself), in order.</summary>
    public static IReadOnlyList<string> Layers(object module) =>
        ((IEnumerable)Call(module, "modules")).Cast<object>().Where(m => !ReferenceEquals(m, module)).Select(m => m.GetType().Name).ToList();

    /// <summary>Whether <paramref name="module"/> has a convolution layer (nn.Conv1d, nn.Conv2d, nn.Conv3d or a transpose).</summary>
    public static bool HasConvolution(object module) =>
        ((IEnumerable)Call(module, "modules")).Cast<object>().Any(m => Is(m.GetType(), ConvolutionType));

    private static bool Is(Type? type, string fullName)
    {
        for (; type is not null; type = type.BaseType)
            if (type.FullName == fullName) return true;
        return false;
    }

    private static object Call(object target, string method, params object[] arguments)
    {
        var found = target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .First(m => m.Name == method && m.GetParameters().Length == arguments.Length);
        return found.Invoke(target, arguments)!;
    }
}
