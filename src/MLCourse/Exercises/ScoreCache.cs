using System.Security.Cryptography;

namespace MLCourse.Exercises;

/// <summary>
/// Scored messages (is spam, score) that a checker computes by training models, kept in a folder (the course's
/// <c>artifacts/cache</c>) so that a learner's next attempt reads them in milliseconds instead of training again. The
/// file's name holds what was computed, a version and the first 16 hex digits of the SHA-256 of the data file it was
/// computed from: changed data is computed again, never read from a stale file (change the version when the
/// computation changes). Each file is a count of lists, then each list's length and its (byte, float32) pairs.
/// </summary>
internal static class ScoreCache
{
    /// <summary>The lists kept in <paramref name="folder"/> for <paramref name="name"/> and <paramref name="dataFile"/>, else <paramref name="compute"/>'s (then kept).</summary>
    internal static IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Load(
        string folder, string name, string dataFile, Func<IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>>> compute)
    {
        var path = PathOf(folder, name, dataFile);
        if (File.Exists(path)) return Read(path);
        var lists = compute();
        KeptFile.Write(path, file => Write(file, lists));
        return lists;
    }

    /// <summary>The file that keeps <paramref name="name"/>'s lists for this content of <paramref name="dataFile"/>.</summary>
    internal static string PathOf(string folder, string name, string dataFile)
    {
        using var data = File.OpenRead(dataFile);
        return Path.Combine(folder, $"{name}-{Convert.ToHexStringLower(SHA256.HashData(data))[..16]}.scores");
    }

    private static void Write(string path, IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> lists)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(lists.Count);
        foreach (var list in lists)
        {
            writer.Write(list.Count);
            foreach (var (isSpam, score) in list)
            {
                writer.Write(isSpam);
                writer.Write(score);
            }
        }
    }

    private static IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            var lists = new List<IReadOnlyList<(bool IsSpam, float Score)>>();
            for (var count = reader.ReadInt32(); lists.Count < count;)
            {
                var list = new (bool IsSpam, float Score)[reader.ReadInt32()];
                for (var i = 0; i < list.Length; i++) list[i] = (reader.ReadBoolean(), reader.ReadSingle());
                lists.Add(list);
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new EndOfStreamException();
            return lists;
        }
        catch (Exception e) when (e is EndOfStreamException or OverflowException or OutOfMemoryException)
        {
            throw new InvalidDataException(Require.Message($"scored messages in '{path}'", "a file of another length than its counts say",
                "Delete the file; the next check computes the scores again."));
        }
    }
}
