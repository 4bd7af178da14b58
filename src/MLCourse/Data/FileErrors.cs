namespace MLCourse.Data;

/// <summary>The error for a data file that is not where it was looked for.</summary>
internal static class FileErrors
{
    public static FileNotFoundException Missing(string path, string kind) => new(
        $"No {kind} file at '{Path.GetFullPath(path)}'. Check the name and the folder (the current folder is '{Environment.CurrentDirectory}').", path);
}
