using Microsoft.Data.Analysis;

namespace MLCourse.Data;

/// <summary>
/// The course's datasets, one call each, from the course's <c>data/</c> folder (see data/README.md for where each
/// comes from). They work from <c>notebooks/</c>, from the tests and from the repository root. Each CSV's columns are
/// checked by name and read with a fixed type, so a changed or damaged file gives a clear error, never a wrong table.
/// </summary>
public static class CourseData
{
    /// <summary>Palmer penguins: 344 penguins of three species, with missing values.</summary>
    public static DataFrame LoadPenguins() => Csv.Load(PathOf("penguins.csv"),
    [
        ("Species", typeof(string)), ("Island", typeof(string)),
        ("Beak Length (mm)", typeof(float)), ("Beak Depth (mm)", typeof(float)),
        ("Flipper Length (mm)", typeof(float)), ("Body Mass (g)", typeof(float)), ("Sex", typeof(string)),
    ]);

    /// <summary>
    /// The penguins as lesson 02 cleans them: the 342 measured penguins, sex in lower case or missing,
    /// <c>snake_case</c> column names with units. Lessons 04 onwards start from this table.
    /// </summary>
    public static DataFrame LoadCleanPenguins() => Csv.Load(PathOf("penguins-clean.csv"),
    [
        ("species", typeof(string)), ("island", typeof(string)), ("beak_length_mm", typeof(float)), ("beak_depth_mm", typeof(float)),
        ("flipper_length_mm", typeof(float)), ("body_mass_g", typeof(float)), ("sex", typeof(string)),
    ]);

    /// <summary>Auto MPG: 406 cars from 1970 to 1982, with missing fuel economy and horsepower.</summary>
    public static DataFrame LoadCars() => Csv.Load(PathOf("cars.csv"),
    [
        ("Name", typeof(string)), ("Miles_per_Gallon", typeof(float)), ("Cylinders", typeof(float)),
        ("Displacement", typeof(float)), ("Horsepower", typeof(float)), ("Weight_in_lbs", typeof(float)),
        ("Acceleration", typeof(float)), ("Year", typeof(DateTime)), ("Origin", typeof(string)),
    ]);

    /// <summary>
    /// 3,201 films, deliberately messy. Numbers are read as numbers; dates, ratings and names stay text,
    /// because cleaning them is lesson 02's job.
    /// </summary>
    public static DataFrame LoadMovies() => Csv.Load(PathOf("movies.csv"),
    [
        ("Title", typeof(string)), ("US Gross", typeof(double)), ("Worldwide Gross", typeof(double)),
        ("US DVD Sales", typeof(double)), ("Production Budget", typeof(double)), ("Release Date", typeof(string)),
        ("MPAA Rating", typeof(string)), ("Running Time min", typeof(float)), ("Distributor", typeof(string)),
        ("Source", typeof(string)), ("Major Genre", typeof(string)), ("Creative Type", typeof(string)),
        ("Director", typeof(string)), ("Rotten Tomatoes Rating", typeof(float)), ("IMDB Rating", typeof(float)),
        ("IMDB Votes", typeof(float)),
    ]);

    /// <summary>Seattle's daily weather, 2012 to 2015: 1,461 days with a weather label.</summary>
    public static DataFrame LoadSeattleWeather() => Csv.Load(PathOf("seattle-weather.csv"),
    [
        ("date", typeof(DateTime)), ("precipitation", typeof(float)), ("temp_max", typeof(float)),
        ("temp_min", typeof(float)), ("wind", typeof(float)), ("weather", typeof(string)),
    ]);

    /// <summary>Three million US domestic flights with their delays (Parquet, 13 MB).</summary>
    public static DataFrame LoadFlights() => ParquetFile.Load(PathOf("flights-3m.parquet"));

    /// <summary>
    /// The SpamAssassin public mail corpus, parsed: one row per e-mail with its <c>id</c>, <c>group</c> (easy-ham-1,
    /// easy-ham-2, hard-ham-1, spam-1, spam-2), <c>is_spam</c>, <c>subject</c>, <c>from</c>, <c>body</c> (the readable
    /// text, see <see cref="Text.EmailText"/>), <c>has_html</c> and <c>headers</c> (every header line). These are the
    /// 4,912 messages of the lesson's part; the exercises keep the other 1,134 hidden.
    /// </summary>
    public static DataFrame LoadSpamAssassin() => LoadSpamAssassinPart("lesson");

    /// <summary>The 1,134 messages no lesson loads: the exercises score answers on them.</summary>
    internal static DataFrame LoadSpamAssassinHoldout() => LoadSpamAssassinPart("holdout");

    private static readonly (string Name, Type Type)[] SpamAssassinColumns =
    [
        ("id", typeof(string)), ("group", typeof(string)), ("is_spam", typeof(bool)), ("part", typeof(string)), ("subject", typeof(string)),
        ("from", typeof(string)), ("body", typeof(string)), ("has_html", typeof(bool)), ("headers", typeof(string)),
    ];

    private static DataFrame LoadSpamAssassinPart(string part)
    {
        var path = PathOf("spam-assassin.parquet");
        var all = ParquetFile.Load(path);
        var found = all.Columns.Select(c => (c.Name, c.DataType)).ToList();
        if (!found.SequenceEqual(SpamAssassinColumns))
            throw FileErrors.Damaged(path, "the columns " + string.Join(", ", SpamAssassinColumns.Select(c => $"{c.Name} ({c.Type.Name})")),
                string.Join(", ", found.Select(c => $"{c.Name} ({c.DataType.Name})")), "Restore the file with 'git checkout -- data/spam-assassin.parquet'.");
        var rows = all.Filter(all["part"].ElementwiseEquals(part));
        rows.Columns.Remove("part");
        return rows;
    }

    /// <summary>
    /// 36 raw e-mails of the SpamAssassin corpus (all from the lesson's part, from every group), byte for byte as they were
    /// collected, to parse: plain text, HTML, quoted-printable and base64 bodies, attachments, encoded subjects.
    /// </summary>
    public static IReadOnlyList<RawEmail> LoadRawEmails()
    {
        var path = PathOf("spam-assassin-sample.jsonl");
        return File.ReadLines(path).Select((line, i) =>
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var root = json.RootElement;
                return new RawEmail(root.GetProperty("id").GetString()!, root.GetProperty("group").GetString()!,
                    System.Text.Encoding.UTF8.GetBytes(root.GetProperty("text").GetString()!));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw FileErrors.Damaged($"{path}, line {i + 1}", "a JSON object with the text fields id, group and text", e.Message,
                    "Restore the file with 'git checkout -- data/spam-assassin-sample.jsonl'.", e);
            }
        }).ToList();
    }

    /// <summary>
    /// 10,000 handwritten MNIST digits (28 × 28 grey levels), split as lesson 11 uses them: about 6,000 to train on, 1,000
    /// to validate on and 2,000 to test on, stratified by digit, always the same (see <see cref="DigitSplit"/>).
    /// </summary>
    public static DigitSplit LoadDigits() => DigitSplit.Of(DigitsFile.Read(PathOf("mnist-digits.bin.gz")));

    /// <summary>
    /// US births per day, 1969 to 1987: 6,939 days with <c>date</c> and <c>births</c> (lesson 13). The file also holds
    /// 1988, which no lesson loads: the exercises of lesson 13 score forecasts on it.
    /// </summary>
    public static DataFrame LoadUsBirths() => Evaluation.TimeSplit.Before(LoadUsBirthsWithHoldout(), "date", UsBirthsHoldoutStart).Train;

    /// <summary>The first day of lesson 13's hidden year.</summary>
    internal static readonly DateTime UsBirthsHoldoutStart = new(1988, 1, 1);

    /// <summary>Every day of the file, 1988 included: only the exercises' checkers read this.</summary>
    internal static DataFrame LoadUsBirthsWithHoldout() => Csv.Load(PathOf("us-births.csv"), [("date", typeof(DateTime)), ("births", typeof(int))]);

    /// <summary>
    /// The text of Herman Melville's <i>Moby-Dick</i> (1851), 1,212,979 characters, split by position as lesson 14 uses it:
    /// the first 85% to train on, the next 10% to validate on (the last 5% is kept for the exercises; see <see cref="BookSplit"/>).
    /// </summary>
    public static BookSplit LoadMobyDick()
    {
        var path = PathOf("moby-dick.txt.gz");
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            return BookSplit.Of(reader.ReadToEnd());
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.DecoderFallbackException)
        {
            throw FileErrors.Damaged(path, "gzip-compressed UTF-8 text", e.Message, "Restore the file with 'git checkout -- data/moby-dick.txt.gz'.", e);
        }
    }

    /// <summary>
    /// The full path of a file in the course's data folder, looked for above the current folder and above the
    /// helper library's own folder.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file is in none of those places; the message lists them and what to do.</exception>
    public static string PathOf(string file)
    {
        var starts = new[] { Environment.CurrentDirectory, Path.GetDirectoryName(typeof(CourseData).Assembly.Location) ?? "" };
        var candidates = starts
            .Where(s => s.Length > 0)
            .Select(CourseFolders.TryFind)
            .OfType<CourseFolders>()
            .Select(f => Path.Combine(f.Data, file))
            .Distinct()
            .ToList();
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is not null) return found;

        var searched = candidates.Count > 0
            ? $"it in none of {string.Join(", ", candidates)}"
            : $"no course folder ({CourseFolders.RootMarker}) above {string.Join(" or ", starts.Distinct())}";
        throw new FileNotFoundException(Require.Message($"the course dataset '{file}' in the course's data folder", searched,
            $"Open the lesson from the course's notebooks/ folder, and if the file itself is gone, restore it with 'git checkout -- data/{file}'."), file);
    }

    /// <summary>
    /// The 233 State of the Union addresses from 1790 to 2021, cut into 18,042 passages of whole sentences (at least 80 words
    /// each, see data/README.md), with the address, year, president and party of each, in order.
    /// </summary>
    public static IReadOnlyList<SotuPassage> LoadSotuPassages()
    {
        var path = PathOf("sotu-passages.jsonl.gz");
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        var passages = new List<SotuPassage>();
        while (reader.ReadLine() is { } line)
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var r = json.RootElement;
                passages.Add(new SotuPassage(r.GetProperty("address").GetString()!, r.GetProperty("year").GetInt32(), r.GetProperty("president").GetString()!,
                    r.GetProperty("party").GetString()!, r.GetProperty("number").GetInt32(), r.GetProperty("text").GetString()!));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw FileErrors.Damaged($"{path}, line {passages.Count + 1}", "a JSON object with address, year, president, party, number and text", e.Message,
                    "Restore the file with 'git checkout -- data/sotu-passages.jsonl.gz'.");
            }
        }
        return passages;
    }
}
