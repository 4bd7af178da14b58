namespace MLCourse.Tests.Library.Charts;

public sealed class PngImageTests
{
    [Fact]
    public void Writes_a_grey_PNG_whose_header_and_pixels_read_back()
    {
        var png = MLCourse.Charts.PngImage.Grayscale([0, 64, 128, 255, 10, 20], width: 3, height: 2);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((3, 2, 8, 0), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), (int)png[24], (int)png[25]));
        var idatLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        using var rows = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(png, 41, idatLength), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(rows);
        Assert.Equal([0, 0, 64, 128, 0, 255, 10, 20], rows.ToArray());   // each row starts with filter type 0
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }
}
