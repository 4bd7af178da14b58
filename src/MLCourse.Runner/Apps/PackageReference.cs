namespace MLCourse.Runner.Apps;

/// <summary>A NuGet package a lesson references, <c>#r "nuget: Id, Version"</c>.</summary>
public sealed record PackageReference(string Id, string? Version)
{
    /// <summary>
    /// Packages that only extend the notebook kernel (they teach it to display charts or to run other languages), such as
    /// Plotly.NET.Interactive: a program does not need them, and they would pull the whole kernel into it.
    /// </summary>
    public bool IsKernelExtension =>
        Id.EndsWith(".Interactive", StringComparison.OrdinalIgnoreCase) ||
        Id.StartsWith("Microsoft.DotNet.Interactive", StringComparison.OrdinalIgnoreCase);
}
