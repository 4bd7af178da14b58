using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace MLCourse.Embeddings;

/// <summary>
/// Embeddings computed once and kept in a folder (the course's <c>artifacts/embeddings</c>), one file per model and list of
/// texts: the file's name holds the model's id and the SHA-256 of the texts, so a changed text or model is embedded again,
/// never read from a stale file. The file is the vectors' float32 numbers, little-endian, after a count and a length; a second file beside it keeps how long embedding them took.
/// </summary>
public static class EmbeddingCache
{
    /// <summary>The vectors of <paramref name="texts"/> from <paramref name="folder"/> if they were kept there, else from the generator (then kept).</summary>
    public static CachedEmbeddings Load(IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<string> texts, string folder)
    {
        var path = PathOf(generator, texts, folder);
        var clock = Stopwatch.StartNew();
        if (File.Exists(path))
        {
            var kept = Read(path, texts.Count);
            var seconds = File.Exists(path + ".seconds") && double.TryParse(File.ReadAllText(path + ".seconds"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : double.NaN;
            return new CachedEmbeddings(kept, FromCache: true, clock.Elapsed, TimeSpan.FromSeconds(double.IsNaN(seconds) ? 0 : seconds), path);
        }
        var vectors = generator.GenerateAsync(texts).Result.Select(e => e.Vector.ToArray()).ToArray();
        var elapsed = clock.Elapsed;
        KeptFile.Write(path, file => Write(file, vectors));
        File.WriteAllText(path + ".seconds", elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        return new CachedEmbeddings(vectors, FromCache: false, elapsed, elapsed, path);
    }

    /// <summary>Whether <see cref="Load"/> would read the vectors of <paramref name="texts"/> from <paramref name="folder"/> rather than embed them (so a lesson can say before a long wait).</summary>
    public static bool IsKept(IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<string> texts, string folder) =>
        File.Exists(PathOf(generator, texts, folder));

    /// <summary>The file that keeps the vectors of <paramref name="texts"/> by <paramref name="generator"/>'s model in <paramref name="folder"/>.</summary>
    private static string PathOf(IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<string> texts, string folder)
    {
        var model = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? generator.GetType().Name;
        return Path.Combine(folder, $"{model}-{Key(texts)}.f32");
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the texts, each followed by a zero character.</summary>
    public static string Key(IReadOnlyList<string> texts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts.Select(t => t + "\0")))))[..16];

    private static void Write(string path, float[][] vectors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(vectors.Length);
        writer.Write(vectors.Length == 0 ? 0 : vectors[0].Length);
        foreach (var v in vectors) foreach (var x in v) writer.Write(x);
    }

    private static float[][] Read(string path, int expectedCount)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        var length = reader.ReadInt32();
        if (count != expectedCount || reader.BaseStream.Length != 8 + 4L * count * length)
            throw new InvalidDataException(Require.Message($"{expectedCount} vectors in '{path}'", $"a file for {count} vectors of {length} numbers, {reader.BaseStream.Length} bytes",
                "Delete the file; the next run embeds the texts again."));
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[length];
            for (var j = 0; j < length; j++) vectors[i][j] = reader.ReadSingle();
        }
        return vectors;
    }
}
