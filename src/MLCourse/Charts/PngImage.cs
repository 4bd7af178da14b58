using System.Buffers.Binary;
using System.IO.Compression;

namespace MLCourse.Charts;

/// <summary>A minimal PNG writer for grey-level images (8 bits per pixel), enough to show digits inline in a notebook.</summary>
public static class PngImage
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The PNG file for <paramref name="pixels"/> (<paramref name="width"/> × <paramref name="height"/> grey levels, row by row from the top, 0 = black).</summary>
    /// <exception cref="ArgumentException">There are not width × height pixels.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A width or height below 1.</exception>
    public static byte[] Grayscale(ReadOnlySpan<byte> pixels, int width, int height)
    {
        Require.AtLeast(width, 1, nameof(width), "pixel", "so that the image has a width");
        Require.AtLeast(height, 1, nameof(height), "pixel", "so that the image has a height");
        Require.That(pixels.Length == width * height, nameof(pixels), $"{width} × {height} = {width * height} pixels", $"{pixels.Length}",
            "Give one grey level per pixel, row by row from the top.");
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;   // bits per pixel; colour type 0 (grey), default compression, filter and no interlace follow as zeros
        using var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);   // filter type 0: the row as it is
                zlib.Write(pixels.Slice(y * width, width));
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var word = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc ^ 0xFFFFFFFFu);
        png.Write(word);
    }
}
