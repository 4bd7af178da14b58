namespace MLCourse.Runner.LibTorch;

/// <summary>The mount points of this process's mount namespace, from <c>/proc/self/mountinfo</c> (Linux).</summary>
public static class Mounts
{
    /// <summary>Every mount point at or below <paramref name="folder"/>, e.g. a bind mount left inside a root folder.</summary>
    public static IReadOnlyList<string> Under(string folder) =>
        File.Exists("/proc/self/mountinfo") ? Under(folder, File.ReadAllText("/proc/self/mountinfo")) : [];

    /// <summary>The mount points at or below <paramref name="folder"/> in a mountinfo text (field 5 of each line is the mount point).</summary>
    public static IReadOnlyList<string> Under(string folder, string mountinfo)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return mountinfo.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Select(fields => Unescape(fields[4]))
            .Where(point => point == root || point.StartsWith(root + "/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    /// <summary>mountinfo writes a space, tab, newline or backslash in a path as an octal escape (<c>\040</c>).</summary>
    private static string Unescape(string field)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && field.Substring(i + 1, 3).All(c => c is >= '0' and <= '7'))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else text.Append(field[i]);
        }
        return text.ToString();
    }
}
