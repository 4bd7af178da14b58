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
        // DisplayAs(context, string value, string mimeType): the text goes out as that MIME type, unformatted.
        // (Display(object) with an HtmlString would need the kernel's own copy of that type, not the library's.)
        var displayAs = Type.GetType($"{Kernel}.KernelInvocationContextExtensions, {Kernel}")?
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "DisplayAs" && m.GetParameters() is { Length: 3 } p &&
                                 p[0].ParameterType == contextType && p[1].ParameterType == typeof(string) && p[2].ParameterType == typeof(string));
        if (context is null || displayAs is null) return false;
        displayAs.Invoke(null, [context, html, "text/html"]);
        return true;
    }
}
