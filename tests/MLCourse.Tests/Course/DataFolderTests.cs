using System.Reflection;
using System.Security.Cryptography;
using MLCourse.Data;
using Parquet;

namespace MLCourse.Tests.Course;

/// <summary>
/// data/README.md is the record of what the course ships: every file in data/ is listed there with its
/// source, license, rows × columns, lessons and SHA-256, and the files are exactly what it says.
/// </summary>
public sealed class DataFolderTests
{
    private sealed record Entry(string File, string Source, string License, int Rows, int Columns, string Lessons, string Sha256);

    private static string ReadmePath => Path.Combine(Repository.Folders.Data, "README.md");

    /// <summary>The rows of the README's table: | file | source | license | rows × columns | lessons | SHA-256 |.</summary>
    private static IReadOnlyList<Entry> Listed() =>
        File.ReadLines(ReadmePath)
            .Where(line => line.StartsWith("| ") && !line.StartsWith("| file "))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells =>
            {
                var shape = cells[3].Split('×', StringSplitOptions.TrimEntries);
                return new Entry(cells[0], cells[1], cells[2], int.Parse(shape[0]), int.Parse(shape[1]), cells[4], cells[5]);
            })
            .ToList();

    private static Entry Entry_(string file) => Listed().Single(e => e.File == file);

    public static TheoryData<string> ListedFiles() => new(Listed().Select(e => e.File));

    [Fact]
    public void Every_file_in_the_data_folder_is_listed_once()
    {
        var files = Directory.EnumerateFiles(Repository.Folders.Data).Select(f => Path.GetFileName(f)).Where(f => f != "README.md").Order().ToList();
        var listed = Listed().Select(e => e.File).Order().ToList();

        Assert.NotEmpty(files);
        Assert.Equal(files, listed);
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Listed_file_has_the_recorded_SHA256(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Repository.Folders.Data, file));

        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));

        Assert.True(actual == Entry_(file).Sha256,
            $"data/{file} has SHA-256 {actual}, but data/README.md records {Entry_(file).Sha256}. " +
            "If the file was changed on purpose, say how in data/README.md and record the new checksum.");
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public async Task Listed_file_has_the_recorded_rows_and_columns(string file)
    {
        var path = Path.Combine(Repository.Folders.Data, file);

        var (rows, columns) = Path.GetExtension(file) switch
        {
            ".csv" => CsvShape(path),
            ".parquet" => await ParquetShape(path),
            ".jsonl" => JsonLinesShape(path),
            ".gz" when file.StartsWith("mnist-digits", StringComparison.Ordinal) => DigitsShape(path),
            ".gz" when file.StartsWith("moby-dick", StringComparison.Ordinal) => TextShape(path),
            ".gz" when file.EndsWith(".jsonl.gz", StringComparison.Ordinal) => GzipJsonLinesShape(path),
            var other => throw new InvalidOperationException($"data/{file}: no shape check for '{other}' files; add one to this test."),
        };

        Assert.Equal((Entry_(file).Rows, Entry_(file).Columns), (rows, columns));
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Listed_file_names_its_source_license_and_lessons(string file)
    {
        var entry = Entry_(file);

        Assert.False(string.IsNullOrWhiteSpace(entry.Source), $"data/{file}: no source");
        Assert.False(string.IsNullOrWhiteSpace(entry.License), $"data/{file}: no license");
        Assert.Matches(@"^\d\d(, \d\d)*$", entry.Lessons);
    }

    /// <summary>The <see cref="CourseData"/> loader that reads each file; a lesson uses a file when it calls its loader.</summary>
    private static readonly Dictionary<string, string> Loaders = new()
    {
        ["penguins.csv"] = nameof(CourseData.LoadPenguins),
        ["penguins-clean.csv"] = nameof(CourseData.LoadCleanPenguins),
        ["cars.csv"] = nameof(CourseData.LoadCars),
        ["movies.csv"] = nameof(CourseData.LoadMovies),
        ["seattle-weather.csv"] = nameof(CourseData.LoadSeattleWeather),
        ["flights-3m.parquet"] = nameof(CourseData.LoadFlights),
        ["spam-assassin.parquet"] = nameof(CourseData.LoadSpamAssassin),
        ["spam-assassin-sample.jsonl"] = nameof(CourseData.LoadRawEmails),
        ["mnist-digits.bin.gz"] = nameof(CourseData.LoadDigits),
        ["us-births.csv"] = nameof(CourseData.LoadUsBirths),
        ["moby-dick.txt.gz"] = nameof(CourseData.LoadMobyDick),
        ["sotu-passages.jsonl.gz"] = nameof(CourseData.LoadSotuPassages),
    };

    [Fact]
    public void Every_dataset_loader_reads_a_listed_file()
    {
        var loaders = typeof(CourseData).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("Load", StringComparison.Ordinal)).Select(m => m.Name).Order();

        Assert.Equal(loaders, Loaders.Values.Order());
        Assert.Equal(Listed().Select(e => e.File).Order(), Loaders.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Listed_lessons_are_the_lessons_that_load_the_file(string file)
    {
        var call = $"CourseData.{Loaders[file]}(";
        var loading = string.Join(", ", Repository.Lessons.Where(l => File.ReadAllText(l.Path).Contains(call, StringComparison.Ordinal)).Select(l => l.Number));

        Assert.True(loading == Entry_(file).Lessons,
            $"data/README.md says {file} is used by lessons {Entry_(file).Lessons}, but the lessons that call {call}) are {(loading.Length > 0 ? loading : "none")}. Correct the lessons column.");
    }

    /// <summary>Data records (not counting the header) and header fields of an RFC 4180 CSV file.</summary>
    private static (int Rows, int Columns) CsvShape(string path)
    {
        var text = File.ReadAllText(path);
        var (records, fieldsInFirst, fields, quoted) = (0, 0, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') fields++;
            else if (!quoted && c == '\n')
            {
                if (records++ == 0) fieldsInFirst = fields;
                fields = 1;
            }
        }
        if (text.Length > 0 && text[^1] != '\n') records++;
        return (records - 1, fieldsInFirst);
    }

    /// <summary>Objects (one per non-empty line) and the fields of the first object of a JSON Lines file.</summary>
    private static (int Rows, int Columns) JsonLinesShape(string path)
    {
        var lines = File.ReadLines(path).Where(l => l.Length > 0).ToList();
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        return (lines.Count, first.RootElement.EnumerateObject().Count());
    }

    /// <summary>Lines of a gzip-compressed text (each ending with a line break), as one column.</summary>
    private static (int Rows, int Columns) TextShape(string path)
    {
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        return (reader.ReadToEnd().Count(c => c == '\n'), 1);
    }

    /// <summary>JSON lines, gzip'd: lines, and the first line's fields.</summary>
    private static (int Rows, int Columns) GzipJsonLinesShape(string path)
    {
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        var lines = reader.ReadToEnd().Split('\n').Where(l => l.Length > 0).ToList();
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        return (lines.Count, first.RootElement.EnumerateObject().Count());
    }

    /// <summary>Images, and a label plus 784 pixels per image.</summary>
    private static (int Rows, int Columns) DigitsShape(string path) => (DigitsFile.Read(path).Count, 1 + DigitImages.PixelCount);

    private static async Task<(int Rows, int Columns)> ParquetShape(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        return ((int)reader.Metadata!.NumRows, reader.Schema.DataFields.Length);
    }
}
