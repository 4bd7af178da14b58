namespace MLCourse;

/// <summary>
/// A file of results computed once and kept (the course's artifacts/ caches): written under a name of this process's own,
/// then moved into place, so that a reader never sees half a file and two processes computing at once do not clash
/// (the last move wins; both wrote the same results).
/// </summary>
internal static class KeptFile
{
    /// <summary>Writes <paramref name="path"/> whole with <paramref name="write"/>, which is given the file to write to; creates its folder.</summary>
    internal static void Write(string path, Action<string> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var partial = $"{path}.{Environment.ProcessId}.partial";
        write(partial);
        File.Move(partial, path, overwrite: true);
    }
}
