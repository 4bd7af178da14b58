using MLCourse.Data;

namespace MLCourse.Tests;

public sealed class DigitImagesTests
{
    /// <summary>Three images: all background, all ink, and a ramp of grey levels; labels 0, 7, 7.</summary>
    internal static DigitImages Sample()
    {
        var pixels = new byte[3 * DigitImages.PixelCount];
        Array.Fill(pixels, (byte)255, DigitImages.PixelCount, DigitImages.PixelCount);
        for (var p = 0; p < DigitImages.PixelCount; p++) pixels[2 * DigitImages.PixelCount + p] = (byte)(p % 256);
        return new DigitImages(pixels, [0, 7, 7]);
    }

    [Fact]
    public void Images_are_scaled_to_zero_to_one()
    {
        var digits = Sample();

        Assert.All(digits.Image(0), v => Assert.Equal(0f, v));
        Assert.All(digits.Image(1), v => Assert.Equal(1f, v));
        Assert.Equal(51 / 255f, digits.Image(2)[51]);
        Assert.Equal(3 * 784, digits.ToFloats().Length);
        Assert.Equal(1.0, digits.ToRows()[1][783]);
    }

    [Fact]
    public void Counts_and_selects_images()
    {
        var digits = Sample();

        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 2, 0, 0], digits.CountPerDigit());
        var chosen = digits.Select([2, 0]);
        Assert.Equal([7, 0], chosen.Labels);
        Assert.Equal(digits.Pixels(2).ToArray(), chosen.Pixels(0).ToArray());
    }

    [Fact]
    public void Bad_input_is_explained()
    {
        Assert.StartsWith("Expected 784 pixels per image, 1568 for 2 labels; found 784 pixels.", Assert.Throws<ArgumentException>(() => new DigitImages(new byte[784], [1, 2])).Message);
        Assert.StartsWith("Expected digits from 0 to 9; found 10 for label 1.", Assert.Throws<ArgumentException>(() => new DigitImages(new byte[1568], [1, 10])).Message);
        Assert.StartsWith("Expected an image: a number from 0 to 2 (in the order of the labels); found 3.", Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Image(3)).Message);
    }
}

public sealed class DigitsFileTests
{
    private static string Temporary(string name) => Path.Combine(Directory.CreateTempSubdirectory("mlcourse-digits").FullName, name);

    [Fact]
    public void Writes_and_reads_back_the_same_images_with_the_same_bytes_every_time()
    {
        var (first, second) = (Temporary("a.bin.gz"), Temporary("b.bin.gz"));
        using (var file = File.Create(first)) DigitsFile.Write(file, DigitImagesTests.Sample());
        using (var file = File.Create(second)) DigitsFile.Write(file, DigitImagesTests.Sample());

        var read = DigitsFile.Read(first);

        Assert.Equal([0, 7, 7], read.Labels);
        Assert.Equal(DigitImagesTests.Sample().Pixels(2).ToArray(), read.Pixels(2).ToArray());
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
        using (var file = File.Create(whole)) DigitsFile.Write(file, DigitImagesTests.Sample());
        using var unpacked = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(whole), System.IO.Compression.CompressionMode.Decompress)) gzip.CopyTo(unpacked);
        var cut = Temporary("cut.bin.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(cut), System.IO.Compression.CompressionMode.Compress)) gzip.Write(unpacked.ToArray()[..^100]);
        Assert.Contains("Expected 2367 bytes for the 3 images it says it holds; found 2267: it is damaged or cut short.", Assert.Throws<InvalidDataException>(() => DigitsFile.Read(cut)).Message);
    }
}

public sealed class DigitSplitTests
{
    [Fact]
    public void The_course_digits_split_into_train_test_and_holdout_stratified_and_disjoint()
    {
        var split = CourseData.LoadDigits();
        int[] perDigit = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];   // the package's files, counted with NumPy

        Assert.Equal((7001, 2000, 999), (split.Train.Count, split.Test.Count, split.Holdout.Count));
        var all = split.Train.CountPerDigit().Zip(split.Test.CountPerDigit(), split.Holdout.CountPerDigit()).Select(c => c.First + c.Second + c.Third);
        Assert.Equal(perDigit, all);
        Assert.All(split.Test.CountPerDigit().Zip(perDigit), c => Assert.InRange(c.First, 0.2 * c.Second - 0.5, 0.2 * c.Second + 0.5));
        Assert.All(split.Holdout.CountPerDigit().Zip(perDigit), c => Assert.InRange(c.First, 0.1 * c.Second - 0.5, 0.1 * c.Second + 0.5));
        var images = new[] { split.Train, split.Test, split.Holdout }.SelectMany(d => Enumerable.Range(0, d.Count).Select(i => Convert.ToHexString(d.Pixels(i)))).ToList();
        Assert.Equal(10000, images.Count);
        Assert.Equal(10000, images.Distinct().Count());   // the package's 10,000 images are all different (NumPy): no image is in two parts
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_in_a_shuffled_order()
    {
        var (first, second) = (CourseData.LoadDigits(), CourseData.LoadDigits());

        Assert.Equal(first.Test.Labels, second.Test.Labels);
        Assert.NotEqual(first.Train.Labels.Take(20).Order(), first.Train.Labels.Take(20));   // not sorted by digit
    }

    [Fact]
    public void Bad_fractions_are_explained()
    {
        Assert.Equal("Expected a positive test fraction that adds up with the holdout fraction to less than 1; found 0.5 with a holdout fraction of 0.5. " +
                     "0.1 and 0.2 leave 70% to train on. (Parameter 'testFraction')",
            Assert.Throws<ArgumentOutOfRangeException>(() => DigitSplit.Of(DigitImagesTests.Sample(), 0.5, 0.5)).Message);
        Assert.StartsWith("Expected a positive holdout fraction; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => DigitSplit.Of(DigitImagesTests.Sample(), 0, 0.2)).Message);
    }
}

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

    [Fact]
    public void Digit_pictures_are_captioned_images()
    {
        var html = MLCourse.Charts.DigitPictures.Draw(DigitImagesTests.Sample(), [1, 2], "Two digits", i => $"#{i}").ToHtml();

        Assert.Contains("Two digits", html);
        Assert.Equal(2, html.Split("data:image/png;base64,").Length - 1);
        Assert.Contains("<figcaption>#2</figcaption>", html);
        Assert.StartsWith("Expected at least one digit to draw; found none.", Assert.Throws<ArgumentException>(() => MLCourse.Charts.DigitPictures.Draw(DigitImagesTests.Sample(), [], "none")).Message);
    }
}
