using System.Reflection;

namespace MLCourse;

/// <summary>
/// Shows HTML as an output of the running notebook cell. The helper library is compiled without the kernel
/// (Microsoft.DotNet.Interactive would bring the C# compiler along), so this finds the kernel's
/// <c>KernelInvocationContext.Current</c> and its <c>Display</c> extension by name, in the kernel that loaded the library.
/// </summary>
internal static class KernelDisplay
{
    private const string Kernel = "Microsoft.DotNet.Interactive";

    /// <summary>Displays <paramref name="html"/> in the current cell's output; false when no notebook cell is running.</summary>
    public static bool Html(string html)
    {
        var contextType = Type.GetType($"{Kernel}.KernelInvocationContext, {Kernel}");
        var context = contextType?.GetProperty("Current", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        var display = Type.GetType($"{Kernel}.KernelInvocationContextExtensions, {Kernel}")?
            .GetMethod("Display", [contextType!, typeof(object), typeof(string[])]);
        if (context is null || display is null) return false;
        display.Invoke(null, [context, new Microsoft.AspNetCore.Html.HtmlString(html), new[] { "text/html" }]);
        return true;
    }
}
