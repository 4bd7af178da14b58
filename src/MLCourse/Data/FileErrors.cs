namespace MLCourse.Data;

/// <summary>The errors about data files, in <see cref="Require"/>'s three parts: what was expected, what was found, what to do.</summary>
internal static class FileErrors
{
    /// <summary>A data file that is not where it was looked for.</summary>
    public static FileNotFoundException Missing(string path, string kind) => new(Require.Message(
        $"a {kind} file at '{Path.GetFullPath(path)}'", "none",
        $"Check the name and the folder (the current folder is '{Environment.CurrentDirectory}')."), path);

    /// <summary>A data file whose content is not what it should be.</summary>
    public static InvalidDataException Damaged(string path, string expected, string found, string todo, Exception? inner = null) =>
        new($"{path}: {Require.Message(expected, found, todo)}", inner);
}
