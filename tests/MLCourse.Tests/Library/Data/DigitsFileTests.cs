using MLCourse.Data;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Data;

public sealed class DigitsFileTests
{
    private static string Temporary(string name) => Path.Combine(Directory.CreateTempSubdirectory("mlcourse-digits").FullName, name);

    [Fact]
    public void Writes_and_reads_back_the_same_images_with_the_same_bytes_every_time()
    {
        var (first, second) = (Temporary("a.bin.gz"), Temporary("b.bin.gz"));
        using (var file = File.Create(first)) DigitsFile.Write(file, DigitSamples.ThreeImages());
        using (var file = File.Create(second)) DigitsFile.Write(file, DigitSamples.ThreeImages());

        var read = DigitsFile.Read(first);

        Assert.Equal([0, 7, 7], read.Labels);
        Assert.Equal(DigitSamples.ThreeImages().Pixels(2).ToArray(), read.Pixels(2).ToArray());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_missing_damaged_or_short_file_is_explained()
    {
        Assert.StartsWith("Expected a digits file at '", Assert.Throws<FileNotFoundException>(() => DigitsFile.Read(Temporary("none.bin.gz"))).Message);

        var text = Temporary("text.bin.gz");
        File.WriteAllText(text, "not gzip at all");
        Assert.Contains("git checkout -- data/text.bin.gz", Assert.Throws<InvalidDataException>(() => DigitsFile.Read(text)).Message);

        var foreign = Temporary("foreign.bin.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(foreign), System.IO.Compression.CompressionMode.Compress)) gzip.Write("IMAGES99...."u8);
        Assert.Equal($"{foreign}: Expected a digits file, starting with 'DIGITS28'; found another start. Restore the course's copy with 'git checkout -- data/foreign.bin.gz'.",
            Assert.Throws<InvalidDataException>(() => DigitsFile.Read(foreign)).Message);

        var whole = Temporary("whole.bin.gz");
        using (var file = File.Create(whole)) DigitsFile.Write(file, DigitSamples.ThreeImages());
        using var unpacked = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(whole), System.IO.Compression.CompressionMode.Decompress)) gzip.CopyTo(unpacked);
        var cut = Temporary("cut.bin.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(cut), System.IO.Compression.CompressionMode.Compress)) gzip.Write(unpacked.ToArray()[..^100]);
        Assert.Contains("Expected 2367 bytes for the 3 images it says it holds; found 2267: it is damaged or cut short.", Assert.Throws<InvalidDataException>(() => DigitsFile.Read(cut)).Message);
    }
}
