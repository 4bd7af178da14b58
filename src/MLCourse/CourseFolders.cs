namespace MLCourse;

/// <summary>
/// The course's folders, found by walking up from a starting directory to the one that holds
/// <c>course.sln</c>. Works from <c>notebooks/</c>, from the tests' output folder and from the repository root.
/// </summary>
public sealed record CourseFolders(string Root)
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "course.sln";

    /// <summary>The shipped datasets.</summary>
    public string Data => Path.Combine(Root, "data");

    /// <summary>The lesson notebooks.</summary>
    public string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Where the runner writes executed notebooks and reports (git-ignored).</summary>
    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>The course folders above <paramref name="start"/>, or null when there are none.</summary>
    public static CourseFolders? TryFind(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RootMarker)))
                return new CourseFolders(dir.FullName);
        }
        return null;
    }

    /// <summary>The course folders above <paramref name="start"/> (default: the current directory).</summary>
    /// <exception cref="DirectoryNotFoundException">No <c>course.sln</c> in that folder or any parent.</exception>
    public static CourseFolders Find(string? start = null)
    {
        start ??= Environment.CurrentDirectory;
        return TryFind(start) ?? throw new DirectoryNotFoundException(NotFoundMessage(start));
    }

    /// <summary>What was expected, what was found, and what to do.</summary>
    public static string NotFoundMessage(string start) =>
        $"The course folder was not found: expected {RootMarker} in '{Path.GetFullPath(start)}' or one of its parents, " +
        "and there is none. Open the lesson from the course's notebooks/ folder (VS Code starts the kernel in the " +
        "notebook's folder), or run it with the course runner, which does the same.";
}
