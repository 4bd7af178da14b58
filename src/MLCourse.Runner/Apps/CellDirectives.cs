using System.Text.RegularExpressions;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// The kernel directives of one code cell, taken out of its code: <c>#r "nuget: …"</c> package references, <c>#r "…dll"</c>
/// references to the course's helper library (as the project that builds it), and what a program cannot have
/// (magic commands such as <c>#!time</c>, <c>#load</c>, other files). <see cref="Code"/> is the cell with each directive's
/// line replaced by <see cref="RemovedLine"/>, a comment, so that line numbers still match the notebook's.
/// </summary>
public sealed partial record CellDirectives(
    IReadOnlyList<PackageReference> Packages, IReadOnlyList<string> Projects, string Code, IReadOnlyList<ExportProblem> Problems)
{
    /// <summary>What stands in a directive's line while the cell is parsed; the exporter drops these lines.</summary>
    public const string RemovedLine = "//#r";

    /// <summary>Reads the directives of <paramref name="cell"/>; library paths are relative to <paramref name="notebooksFolder"/>, as in the kernel.</summary>
    public static CellDirectives Read(string lesson, NotebookCell cell, string notebooksFolder)
    {
        var packages = new List<PackageReference>();
        var projects = new List<string>();
        var problems = new List<ExportProblem>();
        var lines = cell.Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("#r ", StringComparison.Ordinal) && !line.StartsWith("#!", StringComparison.Ordinal) &&
                !line.StartsWith("#load ", StringComparison.Ordinal) && !line.StartsWith("#i ", StringComparison.Ordinal))
                continue;
            lines[i] = RemovedLine;
            void Problem(string message) => problems.Add(new ExportProblem(lesson, cell.Number, i + 1, line, message));

            if (Package().Match(line) is { Success: true } package)
                packages.Add(new PackageReference(package.Groups["id"].Value, package.Groups["version"].Success ? package.Groups["version"].Value : null));
            else if (Library().Match(line) is { Success: true } library && ProjectOf(Path.GetFullPath(Path.Combine(notebooksFolder, library.Groups["path"].Value))) is { } project)
                projects.Add(project);
            else if (line.StartsWith("#!", StringComparison.Ordinal))
                Problem("a magic command works only in the notebook kernel; a program has no equivalent. Do it in C# (e.g. a Stopwatch for #!time), or leave it out.");
            else
                Problem("a program can reference NuGet packages (#r \"nuget: Name, Version\") and the course's helper library " +
                        "(#r \"../src/MLCourse/bin/MLCourse.dll\"), nothing else. Put shared code in the helper library.");
        }
        return new CellDirectives(packages, projects, string.Join('\n', lines), problems);
    }

    /// <summary>The project that builds <paramref name="library"/>: <c>DIR/bin/NAME.dll</c> is built by <c>DIR/NAME.csproj</c>.</summary>
    private static string? ProjectOf(string library)
    {
        var bin = Path.GetDirectoryName(library);
        if (bin is null || Path.GetFileName(bin) != "bin") return null;
        var project = Path.Combine(Path.GetDirectoryName(bin)!, Path.GetFileNameWithoutExtension(library) + ".csproj");
        return File.Exists(project) ? project : null;
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<id>[A-Za-z0-9_.\-]+)\s*(,\s*(?<version>[^"\s]+)\s*)?"\s*$""")]
    private static partial Regex Package();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+\.dll)"\s*$""")]
    private static partial Regex Library();
}
