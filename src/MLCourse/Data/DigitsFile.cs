using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MLCourse.Data;

/// <summary>
/// The course's file format for digit images (<c>data/mnist-digits.bin.gz</c>): gzip-compressed bytes holding
/// the 8 ASCII characters <c>DIGITS28</c>, the number of images n (a 32-bit little-endian integer), n label bytes (0–9),
/// then n × 784 pixel bytes (0–255), image after image, each read line by line from the top left.
/// </summary>
public static class DigitsFile
{
    /// <summary>The first bytes of the uncompressed content.</summary>
    public const string Magic = "DIGITS28";

    /// <summary>Reads a digits file.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a digits file, or is cut short; the message says what was found.</exception>
    public static DigitImages Read(string path)
    {
        Require.NotNull(path, nameof(path), "the path of a digits file");
        if (!File.Exists(path)) throw FileErrors.Missing(path, "digits");
        var restore = $"Restore the course's copy with 'git checkout -- data/{Path.GetFileName(path)}'.";
        byte[] content;
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            content = buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw FileErrors.Damaged(path, "a gzip file", e.Message, restore, e);
        }
        var header = Magic.Length + sizeof(int);
        if (content.Length < header || Encoding.ASCII.GetString(content, 0, Magic.Length) != Magic)
            throw FileErrors.Damaged(path, $"a digits file, starting with '{Magic}'", "another start", restore);
        var count = BinaryPrimitives.ReadInt32LittleEndian(content.AsSpan(Magic.Length));
        long expected = header + (long)count * (1 + DigitImages.PixelCount);
        if (count < 0 || content.Length != expected)
            throw FileErrors.Damaged(path, $"{expected} bytes for the {count} images it says it holds", $"{content.Length}: it is damaged or cut short", restore);
        var labels = content.AsSpan(header, count).ToArray().Select(b => (int)b).ToArray();
        var bad = Array.FindIndex(labels, l => l > 9);
        if (bad >= 0)
            throw FileErrors.Damaged(path, "labels that are digits 0–9", $"{labels[bad]} for image {bad}", restore);
        return new DigitImages(content.AsSpan(header + count).ToArray(), labels);
    }

    /// <summary>Writes <paramref name="digits"/> in the course's format, gzip at its smallest size (the same bytes on every run).</summary>
    public static void Write(Stream destination, DigitImages digits)
    {
        Require.NotNull(destination, nameof(destination), "a stream to write to");
        Require.NotNull(digits, nameof(digits), "the digits to write");
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        gzip.Write(Encoding.ASCII.GetBytes(Magic));
        var count = new byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(count, digits.Count);
        gzip.Write(count);
        gzip.Write(digits.Labels.Select(l => (byte)l).ToArray());
        for (var i = 0; i < digits.Count; i++) gzip.Write(digits.Pixels(i));
    }
}
