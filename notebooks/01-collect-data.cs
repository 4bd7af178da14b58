// 01 · Collect data
// Lesson 01 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/01-collect-data.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/01-collect-data.exercises.cs: the same exercises
// and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/01-collect-data.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 01
// and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook
// cell starts at a line like
//     // ── cell 12 ──────

// Build settings: an ordinary program, as the notebook kernel is (ML.NET, the lessons' JSON and the course's
// progress file use reflection, which a file-based app leaves out by default), with the kernel's namespaces
// and nullable rules, where a warning never stops a lesson.
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property ImplicitUsings=disable
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The notebook's packages. Their versions are pinned once, in Directory.Packages.props: Microsoft.ML@6.0.0,
// Microsoft.Data.Analysis@0.24.0, Plotly.NET@6.0.0, Plotly.NET.CSharp@0.14.0, XPlot.Plotly@4.1.0,
// Parquet.Net@6.1.0, Microsoft.Data.Sqlite@11.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package Microsoft.Data.Sqlite
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.IO;
using MLCourse.Data;
using Microsoft.Data.Analysis;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using System.Net;
using System.Net.Http;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Exercises;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 01 · Collect data
//
// Every machine-learning project starts by getting data in. Data lives in many places: files people send you,
// databases behind applications, web APIs, and big files that do not fit comfortably in memory. This lesson
// loads the same kind of data from each of them and ends every time with a tidy `DataFrame`: one row per
// observation, one typed column per variable.
//
// **You will learn to**
//
// - load a CSV file, and recognise what goes wrong with separators, headers, missing values and types;
// - read JSON and flatten nested records into columns;
// - query a SQL database, and why queries must use parameters;
// - page through a web API, and handle a 404, a timeout and a retry;
// - load 3 million rows from Parquet, measure the time and memory, and stream data bigger than memory with
//   ML.NET.
//
// Nothing here touches the internet: the files ship in the course's `data/` folder, the database is created
// on your disk, and the web API runs inside this notebook on your own machine.
MLCourse.ConsoleDisplay.Heading(1, "01 · Collect data");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ## 1. CSV files
//
// CSV (comma-separated values) is the most common way tables travel: plain text, one row per line, fields
// separated by commas, usually a header line with the column names. `CourseData.PathOf` finds a file in the
// course's `data/` folder, wherever the notebook was started. Let us look at the raw text first.
MLCourse.ConsoleDisplay.Heading(2, "1. CSV files");

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var penguinsPath = CourseData.PathOf("penguins.csv");
display(File.ReadLines(penguinsPath).Take(5));

// **What to notice.** The first line is the header. The fourth penguin has empty fields (`,,,,`): it was
// never measured. Always look at the raw text before you trust a loader; it takes a second and it explains
// most surprises.
//
// `DataFrame.LoadCsv` is the DataFrame library's CSV reader, like pandas' `read_csv`:
MLCourse.ConsoleDisplay.Notice("The first line is the header. The fourth penguin has empty fields (,,,,): it was never measured. Always look at the raw text before you trust a loader; it takes a second and it explains most surprises.");

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var penguins = DataFrame.LoadCsv(penguinsPath);
display(penguins.Head(5));

// `LoadCsv` guessed each column's type from the first rows. `Info()`, the DataFrame's version of pandas'
// `df.info()`, shows what it decided and how many values each column has (missing values not counted):

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.Info());

// **What to notice.** Numbers became `Single` (32-bit `float`, the type ML.NET trains on). The measurements
// have 342 values for 344 penguins, so 2 are missing, but `Sex` has all **344**, although 10 penguins have no
// sex recorded. `LoadCsv` keeps an empty text field as the empty string `""`, not as a missing value, so
// `NullCount` does not see it. pandas would have reported 10 `NaN`s.
//
// The course's loaders read each dataset with the columns and types it should have, and treat an empty field
// as missing in every column:
MLCourse.ConsoleDisplay.Notice("Numbers became Single (32-bit float, the type ML.NET trains on). The measurements have 342 values for 344 penguins, so 2 are missing, but Sex has all 344, although 10 penguins have no sex recorded. LoadCsv keeps an empty text field as the empty string \"\", not as a missing value, so NullCount does not see it. pandas would have reported 10 NaNs.");

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
var checkedPenguins = CourseData.LoadPenguins();
display(checkedPenguins.Info());

// **What to notice.** Now `Sex` has 334 values: its 10 missing values are visible. Lesson 02 decides what to
// do with them; for now it matters that we *see* them.
//
// ### What goes wrong with CSV
//
// Four classic problems, each on a tiny table written inline with `LoadCsvFromString`.
//
// **Separators.** Much of Europe writes `;` between fields (because `,` is the decimal mark there). Read with
// the default separator, the table collapses into a single column with a strange name:
MLCourse.ConsoleDisplay.Notice("Now Sex has 334 values: its 10 missing values are visible. Lesson 02 decides what to do with them; for now it matters that we see them.");
MLCourse.ConsoleDisplay.Heading(3, "What goes wrong with CSV");

// ── cell 12 ────────────────────────────────────────────────────────────────────────────────────────────────
var semicolons = "species;mass_g\nAdelie;3750\nGentoo;5700";
display(DataFrame.LoadCsvFromString(semicolons).Columns.Select(c => c.Name));

// Tell the reader the separator:

// ── cell 14 ────────────────────────────────────────────────────────────────────────────────────────────────
display(DataFrame.LoadCsvFromString(semicolons, separator: ';'));

// **What to notice.** Two columns now. (Had a value contained a comma, `LoadCsv` would have crashed with a
// bare `IndexOutOfRangeException`; a strange column name or an odd exception on load usually means the wrong
// separator.)
//
// **Decimal marks.** The same files write `3,75` for three point seven five. Read with a `.`-decimal culture,
// the comma is taken as a *thousands* separator, silently:
MLCourse.ConsoleDisplay.Notice("Two columns now. (Had a value contained a comma, LoadCsv would have crashed with a bare IndexOutOfRangeException; a strange column name or an odd exception on load usually means the wrong separator.)");

// ── cell 16 ────────────────────────────────────────────────────────────────────────────────────────────────
var decimalCommas = "species;mass_kg\nAdelie;3,75\nGentoo;5,7";
var invariant = DataFrame.LoadCsvFromString(decimalCommas, separator: ';', cultureInfo: System.Globalization.CultureInfo.InvariantCulture);
var german = DataFrame.LoadCsvFromString(decimalCommas, separator: ';', cultureInfo: System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
display(new { readAsInvariant = invariant["mass_kg"][0], readAsGerman = german["mass_kg"][0] });

// **What to notice.** 375 kg instead of 3.75: no error, just a wrong number. Pass the culture the file was
// written in. The reverse trap hits German machines: `LoadCsv` uses the machine's culture by default, so
// there `39.1` becomes 391. The course's `Csv.Load` always reads numbers with the invariant culture (a `.`
// decimal point) unless you pass another.
//
// **Headers.** A file without a header line loses its first row to become the column names:
MLCourse.ConsoleDisplay.Notice("375 kg instead of 3.75: no error, just a wrong number. Pass the culture the file was written in. The reverse trap hits German machines: LoadCsv uses the machine's culture by default, so there 39.1 becomes 391. The course's Csv.Load always reads numbers with the invariant culture (a . decimal point) unless you pass another.");

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
var noHeader = "Adelie,39.1\nGentoo,46.1";
display(new { rowsWithHeader = DataFrame.LoadCsvFromString(noHeader).Rows.Count, rowsWithoutHeader = DataFrame.LoadCsvFromString(noHeader, header: false).Rows.Count });

// **What to notice.** One row instead of two. With `header: false` the columns are named `Column0`,
// `Column1`; give them names with `columnNames:`.
//
// **Types.** Guessing looks at the first rows only and can be wrong. US zip codes look like numbers, but they
// are labels, and the leading zero matters:
MLCourse.ConsoleDisplay.Notice("One row instead of two. With header: false the columns are named Column0, Column1; give them names with columnNames:.");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var zips = "zip,city\n00501,Holtsville\n02134,Boston";
var guessed = DataFrame.LoadCsvFromString(zips);
var declared = DataFrame.LoadCsvFromString(zips, dataTypes: new[] { typeof(string), typeof(string) });
display(new { guessed = guessed["zip"][0], declared = declared["zip"][0] });

// **What to notice.** The guess turned `00501` into the number 501. When you know the types, say them.
//
// **Broken values.** A value that cannot be read should stop the load with a message that says where. The
// course's `Csv.Load` names the file, the line, the column and the value (the try/catch only keeps the stack
// trace out of the way):
MLCourse.ConsoleDisplay.Notice("The guess turned 00501 into the number 501. When you know the types, say them.");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var brokenPath = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-01").FullName, "broken.csv");
File.WriteAllText(brokenPath, "species,mass_g\nAdelie,3750\nGentoo,heavy\n");
try
{
    Csv.Load(brokenPath, new[] { ("species", typeof(string)), ("mass_g", typeof(float)) });
}
catch (FormatException error)
{
    Console.WriteLine(error.Message);
}

// **Coming from Python.** `pd.read_csv(path, sep=";", decimal=",", header=None, dtype={"zip": str})` maps to
// `DataFrame.LoadCsv(path, separator: ';', cultureInfo: …, header: false, dataTypes: …)`. `df.head()` is
// `df.Head(5)`, `df.dtypes` is the `DataType` of each column, and `df.isna().sum()` is each column's
// `NullCount`.
//
// ## 2. JSON
//
// JSON is how web APIs and many applications exchange data. Unlike CSV, records can nest: here each penguin's
// measurements sit in their own object, the way the API in section 4 sends them.
MLCourse.ConsoleDisplay.Heading(2, "2. JSON");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var json = """
[
  { "id": 1, "species": "Adelie", "island": "Torgersen", "sex": "MALE",
    "measurements": { "beakLengthMm": 39.1, "beakDepthMm": 18.7, "flipperLengthMm": 181, "bodyMassG": 3750 } },
  { "id": 4, "species": "Adelie", "island": "Torgersen", "sex": null,
    "measurements": { "beakLengthMm": null, "beakDepthMm": null, "flipperLengthMm": null, "bodyMassG": null } },
  { "id": 221, "species": "Gentoo", "island": "Biscoe", "sex": "FEMALE",
    "measurements": { "beakLengthMm": 46.1, "beakDepthMm": 13.2, "flipperLengthMm": 211, "bodyMassG": 4500 } }
]
""";

// In C# you describe the shape once with **records**, and `System.Text.Json` fills them in. `?` marks what
// may be missing (`null`). `JsonSerializerDefaults.Web` matches the JSON's `camelCase` names to C#'s
// `PascalCase` properties.

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top) and MeasurementsDto and PenguinDto (at the end of
// the file).
var webJson = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var parsed = JsonSerializer.Deserialize<List<PenguinDto>>(json, webJson)!;
display(parsed[0]);

// **What to notice.** The records are typed: `parsed[0].Measurements.BodyMassG` is a `float?`, checked by the
// compiler. A record's nested object is still nested, though, and a table needs one column per value.
// **Flattening** turns each nested field into a column, named by its path, like pandas' `json_normalize`:
MLCourse.ConsoleDisplay.Notice("The records are typed: parsed[0].Measurements.BodyMassG is a float?, checked by the compiler. A record's nested object is still nested, though, and a table needs one column per value. Flattening turns each nested field into a column, named by its path, like pandas' json_normalize:");

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
DataFrame ToFrame(IReadOnlyList<PenguinDto> penguins) => new DataFrame(
    new Int32DataFrameColumn("id", penguins.Select(p => p.Id)),
    new StringDataFrameColumn("species", penguins.Select(p => p.Species)),
    new StringDataFrameColumn("island", penguins.Select(p => p.Island)),
    new StringDataFrameColumn("sex", penguins.Select(p => p.Sex)),
    new SingleDataFrameColumn("measurements.beakLengthMm", penguins.Select(p => p.Measurements.BeakLengthMm)),
    new SingleDataFrameColumn("measurements.beakDepthMm", penguins.Select(p => p.Measurements.BeakDepthMm)),
    new SingleDataFrameColumn("measurements.flipperLengthMm", penguins.Select(p => p.Measurements.FlipperLengthMm)),
    new SingleDataFrameColumn("measurements.bodyMassG", penguins.Select(p => p.Measurements.BodyMassG)));

display(ToFrame(parsed));

// **What to notice.** Three rows, eight columns, and JSON's `null`s became missing values. We reuse `ToFrame`
// for the web API below.
//
// ## 3. A SQL database
//
// Applications keep their data in databases, and SQL is how you ask for it. SQLite is a real SQL database in
// a single file, with no server to install; `Microsoft.Data.Sqlite` is .NET's driver for it. Lesson-specific
// packages are installed where they are first needed, at the version the course pins:
MLCourse.ConsoleDisplay.Notice("Three rows, eight columns, and JSON's nulls became missing values. We reuse ToFrame for the web API below.");
MLCourse.ConsoleDisplay.Heading(2, "3. A SQL database");

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// Create a database file and a table, then insert the 344 penguins. Each value goes in through a
// **parameter** (`$species`), never pasted into the SQL text; the next cells show why. One transaction makes
// the 344 inserts fast.

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var databasePath = Path.Combine(Path.GetDirectoryName(brokenPath)!, "penguins.db");
var connection = new SqliteConnection($"Data Source={databasePath}");
connection.Open();

var create = connection.CreateCommand();
create.CommandText = "CREATE TABLE penguins (id INTEGER PRIMARY KEY, species TEXT NOT NULL, island TEXT NOT NULL, sex TEXT, body_mass_g REAL, flipper_length_mm REAL)";
create.ExecuteNonQuery();

using (var transaction = connection.BeginTransaction())
{
    var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO penguins (species, island, sex, body_mass_g, flipper_length_mm) VALUES ($species, $island, $sex, $mass, $flipper)";
    for (long row = 0; row < checkedPenguins.Rows.Count; row++)
    {
        insert.Parameters.Clear();
        insert.Parameters.AddWithValue("$species", checkedPenguins["Species"][row]);
        insert.Parameters.AddWithValue("$island", checkedPenguins["Island"][row]);
        insert.Parameters.AddWithValue("$sex", checkedPenguins["Sex"][row] ?? DBNull.Value);
        insert.Parameters.AddWithValue("$mass", checkedPenguins["Body Mass (g)"][row] ?? DBNull.Value);
        insert.Parameters.AddWithValue("$flipper", checkedPenguins["Flipper Length (mm)"][row] ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }
    transaction.Commit();
}
display($"{new FileInfo(databasePath).Length / 1024} KB database at {databasePath}");

// Now ask a question in SQL. The database does the filtering and sorting; `DataFrame.LoadFrom` turns the rows
// it sends back into a DataFrame:

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
var query = connection.CreateCommand();
query.CommandText = """
    SELECT species, island, sex, body_mass_g
    FROM penguins
    WHERE species = $species AND body_mass_g >= $minimum
    ORDER BY body_mass_g DESC
    """;
query.Parameters.AddWithValue("$species", "Gentoo");
query.Parameters.AddWithValue("$minimum", 5500);

var heavyGentoos = await DataFrame.LoadFrom(query.ExecuteReader());
display(heavyGentoos.Head(5));

// **What to notice.** Only Gentoo penguins of 5,500 g or more, heaviest first. Databases are also good at
// summarizing, so large tables need not travel to your notebook at all:
MLCourse.ConsoleDisplay.Notice("Only Gentoo penguins of 5,500 g or more, heaviest first. Databases are also good at summarizing, so large tables need not travel to your notebook at all:");

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
var summary = connection.CreateCommand();
summary.CommandText = "SELECT species, COUNT(*) AS penguins, ROUND(AVG(body_mass_g)) AS mean_mass_g FROM penguins GROUP BY species ORDER BY species";
var bySpecies = await DataFrame.LoadFrom(summary.ExecuteReader());
display(bySpecies);

// ### Why parameters: SQL injection
//
// Suppose the species comes from a user. Pasting it into the SQL text lets the *user* write SQL. This input
// closes the quote and adds a condition that is always true:
MLCourse.ConsoleDisplay.Heading(3, "Why parameters: SQL injection");

// ── cell 38 ────────────────────────────────────────────────────────────────────────────────────────────────
var userInput = "Gentoo' OR '1'='1";

long Count(SqliteCommand command) => (long)command.ExecuteScalar()!;

var pasted = connection.CreateCommand();
pasted.CommandText = $"SELECT COUNT(*) FROM penguins WHERE species = '{userInput}'";   // never do this

var parameterized = connection.CreateCommand();
parameterized.CommandText = "SELECT COUNT(*) FROM penguins WHERE species = $species";
parameterized.Parameters.AddWithValue("$species", userInput);

display(new { pastedSql = pasted.CommandText, pastedCount = Count(pasted), parameterizedCount = Count(parameterized) });

// **What to notice.** The pasted query returned **all 344** penguins: the input rewrote the query. With a
// parameter the same input is just an odd species name, and matches nothing. The same trick can delete tables
// (`'; DROP TABLE penguins; --`). Always use parameters; ORMs such as Entity Framework do it for you.
MLCourse.ConsoleDisplay.Notice("The pasted query returned all 344 penguins: the input rewrote the query. With a parameter the same input is just an odd species name, and matches nothing. The same trick can delete tables ('; DROP TABLE penguins; --). Always use parameters; ORMs such as Entity Framework do it for you.");

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
if (Count(pasted) != 344 || Count(parameterized) != 0)
    throw new InvalidOperationException($"Expected the pasted query to leak all 344 rows and the parameterized one to match none; got {Count(pasted)} and {Count(parameterized)}.");
display("Check passed: the parameter kept the input out of the SQL.");

// ## 4. A web API
//
// Many datasets are served over HTTP as JSON, a page at a time. The course's helper library starts a small
// penguin API right here, on your own machine (`127.0.0.1`, on a free port), so you can practise without the
// internet. `HttpClient` is .NET's HTTP client; create one and reuse it.
MLCourse.ConsoleDisplay.Heading(2, "4. A web API");

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var api = PenguinApi.Start();
var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
display($"The penguin API is listening at {api.BaseAddress}");

// Ask for the first page, two penguins long, and look at the raw JSON:

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
display(await http.GetStringAsync("penguins?page=1&pageSize=2"));

// **What to notice.** Besides the `items`, the page says how many penguins there are in all (`totalCount`)
// and where the next page is (`next`). Paging keeps each answer small; to get everything, follow `next` until
// it is `null`:
MLCourse.ConsoleDisplay.Notice("Besides the items, the page says how many penguins there are in all (totalCount) and where the next page is (next). Paging keeps each answer small; to get everything, follow next until it is null:");

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: PageDto (at the end of the file).
var fromApi = new List<PenguinDto>();
string? next = "penguins?page=1&pageSize=50";
var pagesRead = 0;
while (next is not null)
{
    var page = JsonSerializer.Deserialize<PageDto>(await http.GetStringAsync(next.TrimStart('/')), webJson);
    fromApi.AddRange(page!.Items);
    next = page.Next;
    pagesRead++;
}
var apiPenguins = ToFrame(fromApi);
display($"{pagesRead} pages, {apiPenguins.Rows.Count} penguins, {apiPenguins.Columns.Count} columns");

// **What to notice.** Seven pages of at most 50 make the 344 penguins, flattened with the same `ToFrame` as
// the JSON file.
//
// ### When things go wrong
//
// **A 404.** Asking for something that does not exist is not an exception in `HttpClient`: you get a response
// with a status code. Check it, and read the API's error message:
MLCourse.ConsoleDisplay.Notice("Seven pages of at most 50 make the 344 penguins, flattened with the same ToFrame as the JSON file.");
MLCourse.ConsoleDisplay.Heading(3, "When things go wrong");

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
var missing = await http.GetAsync("penguins/999");
display(new { status = (int)missing.StatusCode, reason = missing.StatusCode.ToString(), body = await missing.Content.ReadAsStringAsync() });

// `EnsureSuccessStatusCode()` turns any non-success status into an `HttpRequestException`, which is what you
// want when a failure should stop the program.
//
// **A timeout.** A server can be slow or hang. `HttpClient.Timeout` (100 seconds by default) gives up after a
// while; the `slow` endpoint waits 3 seconds, and this client waits 1:

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
var impatient = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(1) };
var clock = System.Diagnostics.Stopwatch.StartNew();
try
{
    await impatient.GetAsync("slow?seconds=3");
}
catch (TaskCanceledException)
{
    Console.WriteLine($"Gave up after {clock.Elapsed.TotalSeconds:0.0} s: the request timed out.");
}

// **A retry.** Some failures are temporary, like a `503 Service Unavailable` from a busy server. Retrying a
// few times, waiting longer each time (*exponential backoff*), rides them out. The `flaky` endpoint fails
// twice, then succeeds:

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
async Task<HttpResponseMessage> GetWithRetryAsync(string path, int attempts = 4)
{
    var wait = TimeSpan.FromMilliseconds(100);
    for (var attempt = 1; ; attempt++)
    {
        var response = await http.GetAsync(path);
        var temporary = response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway;
        Console.WriteLine($"attempt {attempt}: {(int)response.StatusCode} {response.StatusCode}");
        if (!temporary || attempt == attempts) return response;
        await Task.Delay(wait);
        wait *= 2;
    }
}

var flaky = await GetWithRetryAsync("flaky");
display(await flaky.Content.ReadAsStringAsync());

// **What to notice.** Two failures, then success on the third attempt. Retry only what can succeed later
// (503, 429, a timeout), never a 404 or a 400, and cap the attempts. In applications, the
// `Microsoft.Extensions.Http.Resilience` package adds retries, timeouts and circuit breakers to `HttpClient`
// for you.
MLCourse.ConsoleDisplay.Notice("Two failures, then success on the third attempt. Retry only what can succeed later (503, 429, a timeout), never a 404 or a 400, and cap the attempts. In applications, the Microsoft.Extensions.Http.Resilience package adds retries, timeouts and circuit breakers to HttpClient for you.");

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
if (apiPenguins.Rows.Count != 344 || pagesRead != 7 || missing.StatusCode != HttpStatusCode.NotFound || !flaky.IsSuccessStatusCode)
    throw new InvalidOperationException($"Expected 344 penguins in 7 pages, a 404 and a successful retry; got {apiPenguins.Rows.Count} penguins in {pagesRead} pages, {missing.StatusCode}, {flaky.StatusCode}.");
MLCourse.Course.Publish("api_pages", pagesRead);

// ## 5. Big data: 3 million flights
//
// Real datasets are often large. The flights file holds 3,000,000 US domestic flights in **Parquet**, a
// column-by-column, compressed, typed format used by data lakes and Spark. Load it and measure the time and
// the memory the DataFrame takes:
MLCourse.ConsoleDisplay.Heading(2, "5. Big data: 3 million flights");

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
var flightsFile = new FileInfo(CourseData.PathOf("flights-3m.parquet"));
var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
clock.Restart();
var flights = CourseData.LoadFlights();
var loadSeconds = clock.Elapsed.TotalSeconds;
var heldMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - memoryBefore) / 1e6;

Console.WriteLine($"{flights.Rows.Count:N0} rows × {flights.Columns.Count} columns in {loadSeconds:0.0} s");
Console.WriteLine($"{flightsFile.Length / 1e6:0} MB on disk, about {heldMegabytes:0} MB in memory");
display(flights.Head(5));

// **What to notice.** 13 MB on disk become about 30 times as much in memory: Parquet compresses each column
// (repeated airport codes cost almost nothing), while a DataFrame keeps every value ready to compute with,
// and every text value as its own .NET string. The file also knew its types: `date` is a date and `delay` a
// whole number (minutes), with nothing to guess.
//
// With the data in memory, questions over 3 million rows take moments. The busiest departure airports and
// their mean delay:
MLCourse.ConsoleDisplay.Notice("13 MB on disk become about 30 times as much in memory: Parquet compresses each column (repeated airport codes cost almost nothing), while a DataFrame keeps every value ready to compute with, and every text value as its own .NET string. The file also knew its types: date is a date and delay a whole number (minutes), with nothing to guess.");

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
var byOrigin = flights.GroupBy<string>("origin");
var flightCounts = byOrigin.Count("delay");
var meanDelays = byOrigin.Mean("delay");
flightCounts["delay"].SetName("flights");
meanDelays["delay"].SetName("mean delay (min)");

var airports = new DataFrame(flightCounts["origin"], flightCounts["flights"], meanDelays["mean delay (min)"]);
display(airports.OrderByDescending("flights").Head(5));

// ### Large CSV files
//
// The same data as CSV is far bigger, and reading it means parsing every character. Write the first million
// flights to a CSV file, then read it back with `DataFrame.LoadCsv` and with the course's `Csv.Load`, which
// gives the same columns and values and reads blocks of rows in parallel:
MLCourse.ConsoleDisplay.Heading(3, "Large CSV files");

// ── cell 60 ────────────────────────────────────────────────────────────────────────────────────────────────
var flightsCsv = Path.Combine(Path.GetDirectoryName(brokenPath)!, "flights-1m.csv");
using (var writer = new StreamWriter(flightsCsv))
{
    writer.WriteLine("date,delay,distance,origin,destination");
    for (long row = 0; row < 1_000_000; row++)
        writer.WriteLine(string.Join(',', ((DateTime)flights["date"][row]).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            flights["delay"][row], flights["distance"][row], flights["origin"][row], flights["destination"][row]));
}
display($"{new FileInfo(flightsCsv).Length / 1e6:0} MB of CSV for one million flights");

// ── cell 61 ────────────────────────────────────────────────────────────────────────────────────────────────
var heldBeforeCsv = GC.GetTotalMemory(forceFullCollection: true);
clock.Restart();
var viaLoadCsv = DataFrame.LoadCsv(flightsCsv, cultureInfo: System.Globalization.CultureInfo.InvariantCulture);
var loadCsvSeconds = clock.Elapsed.TotalSeconds;
var frameMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - heldBeforeCsv) / 1e6;   // viaLoadCsv is still in use here

clock.Restart();
var viaCsvLoad = Csv.Load(flightsCsv);
var csvLoadSeconds = clock.Elapsed.TotalSeconds;

var sameColumns = viaLoadCsv.Columns.Select(c => (c.Name, c.DataType)).SequenceEqual(viaCsvLoad.Columns.Select(c => (c.Name, c.DataType)));
Console.WriteLine($"DataFrame.LoadCsv: {loadCsvSeconds:0.0} s   Csv.Load: {csvLoadSeconds:0.0} s   same columns and types: {sameColumns}");
Console.WriteLine($"The million rows held as a DataFrame: {frameMegabytes:0} MB");
MLCourse.Course.PublishTiming("csv_speedup", loadCsvSeconds / csvLoadSeconds);

// **What to notice.** The same million rows come out of both, several times faster with `Csv.Load` (how many
// times depends on your machine; the course's benchmark measures it carefully). Both hold the whole table in
// memory: the second line says how much one of them takes.
//
// ### Data bigger than memory: ML.NET streams
//
// A DataFrame holds everything in memory. ML.NET works differently: `LoadFromTextFile` returns an
// `IDataView`, a *recipe* for reading the file, and training reads it row by row, as many times as it needs.
// Creating the view reads nothing:
MLCourse.ConsoleDisplay.Notice("The same million rows come out of both, several times faster with Csv.Load (how many times depends on your machine; the course's benchmark measures it carefully). Both hold the whole table in memory: the second line says how much one of them takes.");
MLCourse.ConsoleDisplay.Heading(3, "Data bigger than memory: ML.NET streams");

// ── cell 63 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top) and FlightRow (at the end of the file).
var ml = new MLContext(seed: 1);
clock.Restart();
IDataView view = ml.Data.LoadFromTextFile<FlightRow>(flightsCsv, separatorChar: ',', hasHeader: true);
display($"IDataView ready in {clock.Elapsed.TotalMilliseconds:0} ms; columns: {string.Join(", ", view.Schema.Select(c => c.Name))}");

// Now stream through the million rows to compute the mean delay, holding one row at a time. To see what
// streaming keeps in memory, the loop stops at every 250,000th row and measures the memory in use (after a
// full garbage collection, so that only what is still needed counts), while the cursor is open. It also
// counts what was allocated along the way:

// ── cell 65 ────────────────────────────────────────────────────────────────────────────────────────────────
var heldBeforeStreaming = GC.GetTotalMemory(forceFullCollection: true);
var allocatedBeforeStreaming = GC.GetTotalAllocatedBytes(precise: true);
var heldWhileStreaming = new List<double>();   // MB in use at every 250,000th row, the cursor open
clock.Restart();
double total = 0;
long count = 0;
using (var cursor = view.GetRowCursor(new[] { view.Schema["Delay"] }))
{
    var getDelay = cursor.GetGetter<float>(view.Schema["Delay"]);
    float delay = 0;
    while (cursor.MoveNext())
    {
        getDelay(ref delay);
        total += delay;
        count++;
        if (count % 250_000 == 0)
        {
            clock.Stop();   // the measurement is not part of the streaming time
            heldWhileStreaming.Add((GC.GetTotalMemory(forceFullCollection: true) - heldBeforeStreaming) / 1e6);
            clock.Start();
        }
    }
}
var allocatedMegabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBeforeStreaming) / 1e6;
Console.WriteLine($"{count:N0} rows streamed in {clock.Elapsed.TotalSeconds:0.0} s, mean delay {total / count:0.00} minutes");
Console.WriteLine($"memory in use while streaming, at 250,000 / 500,000 / 750,000 / 1,000,000 rows: {string.Join(" / ", heldWhileStreaming.Select(m => m.ToString("0.0")))} MB");
Console.WriteLine($"allocated along the way and collected as it went: {allocatedMegabytes:0} MB; the same rows held as a DataFrame: {frameMegabytes:0} MB");

// **What to notice.** While a million rows went through, the memory in use stayed under a megabyte, no more
// at the millionth row than at the 250,000th: it does not grow with the rows read, so the file could have
// been 100 times larger. Holding the same rows as a DataFrame takes tens of megabytes (the number above).
// Streaming is not free: it allocated far more than it kept, but those were short-lived objects that the
// garbage collector reclaimed as it went. This is how ML.NET trains on data bigger than memory. Its trainers
// and `Fit` take an `IDataView`; a `DataFrame` is one too, so everything you load into a DataFrame can also
// go straight into ML.NET.
MLCourse.ConsoleDisplay.Notice("While a million rows went through, the memory in use stayed under a megabyte, no more at the millionth row than at the 250,000th: it does not grow with the rows read, so the file could have been 100 times larger. Holding the same rows as a DataFrame takes tens of megabytes (the number above). Streaming is not free: it allocated far more than it kept, but those were short-lived objects that the garbage collector reclaimed as it went. This is how ML.NET trains on data bigger than memory. (More in the lesson's text.)");

// ── cell 67 ────────────────────────────────────────────────────────────────────────────────────────────────
if (flights.Rows.Count != 3_000_000 || count != 1_000_000 || !sameColumns)
    throw new InvalidOperationException($"Expected 3,000,000 flights, 1,000,000 streamed rows and identical CSV columns; got {flights.Rows.Count:N0}, {count:N0}, {sameColumns}.");
if (heldWhileStreaming.Max() > 0.05 * frameMegabytes || heldWhileStreaming[^1] - heldWhileStreaming[0] > 1)
    throw new InvalidOperationException($"Expected streaming to keep under 5% of the DataFrame's {frameMegabytes:0} MB, and no more at the millionth row than at the 250,000th (within 1 MB); got {string.Join(" / ", heldWhileStreaming.Select(m => m.ToString("0.0")))} MB.");
MLCourse.Course.Publish("flights_rows", flights.Rows.Count);
MLCourse.Course.PublishTiming("flights_load_s", loadSeconds);

// ## Summary: which source when
//
// | source | use it when | in .NET |
// |---|---|---|
// | CSV | someone sends you a table; small to medium data | `DataFrame.LoadCsv`, the course's `Csv.Load`; state separators, headers and types |
// | JSON | data comes from an application or an API; records nest | `System.Text.Json` into records, then flatten into columns |
// | SQL database | the data lives in an application's database; you need only part of it, or a summary | `Microsoft.Data.Sqlite` (or SqlClient, Npgsql…), **always with parameters**, `DataFrame.LoadFrom` |
// | web API | the data is behind a service | `HttpClient`: follow paging, check status codes, set a timeout, retry temporary failures |
// | Parquet | large tables, typed and compressed, from data lakes and Spark | Parquet.Net, the course's `CourseData.LoadFlights` / `ParquetFile.Load` |
// | bigger than memory | the data does not fit | ML.NET's `IDataView` (`LoadFromTextFile`, `LoadFromEnumerable`) streams it |
//
// Every section ended in a DataFrame with typed columns and visible missing values: that is what lesson 02
// starts from.
//
// ## Exercises
//
// Four exercises, from quick to thoughtful. In each, replace the `null` in the answer cell with your answer,
// run it, then run the check cell below it. The check says whether you got it and, if not, what is off,
// without giving the answer away. `Hint()` gives a hint (call it again for the next one), and `Solution()`
// shows a worked answer when you want it. The last exercise is a *reflection*, answered in a few sentences:
// it is not graded. Once your answer is long enough (the check says how many words) and does not repeat
// itself, it is submitted. The check does not judge whether it is right, or even on the subject: it tells you
// which key ideas its words mention and which they do not yet mention. Revise your answer with that in mind
// if you like and submit it again: from the second submission on, the check also shows a model answer to
// compare yours with. Your progress is saved on your machine; the last cell shows it, exercises solved and
// reflections submitted apart.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 69 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 01.1 · How many films have no director?
//
// The course's `data/` folder also holds a table of films (`movies.csv`). A colleague loads it the way
// section 1 first loaded the penguins, `DataFrame.LoadCsv(CourseData.PathOf("movies.csv"))`, sees that the
// `Director` column's `NullCount` is 0, and reports that every film has a director. How many films really
// have no director recorded?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 01.1 · How many films have no director?");

// ── cell 71 · your answer to exercise 01.1 ─────────────────────────────────────────────────────────────────
double? missingDirectors = null; // your answer: a number, or code that computes it

// ── cell 72 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson01.MissingDirectors.Check(missingDirectors));

// ### Exercise 01.2 · Read numbers the European way
//
// Write a function that reads a number written with `,` as the decimal mark and `.` between thousands:
// `"3,75"` is 3.75 and `"1.234,5"` is 1234.5.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 01.2 · Read numbers the European way");

// ── cell 74 · your answer to exercise 01.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<string, double>? parseEuropean = null; // for example: text => ...
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 75 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson01.ParseEuropean.Check(parseEuropean));

// ### Exercise 01.3 · Flatten name/value readings
//
// Not every API nests its records the way section 2's did. A field app sends each penguin's measurements as a
// list of *readings*, name/value pairs in no fixed order, and a reading that was not taken is simply absent.
// Here are six penguins as it sends them:
MLCourse.ConsoleDisplay.Heading(3, "Exercise 01.3 · Flatten name/value readings");

// ── cell 77 ────────────────────────────────────────────────────────────────────────────────────────────────
var fieldNotes = Lesson01.FieldNotes;
display(fieldNotes);

// Build the flattened column `bodyMassG`: one `float` value per penguin, in the order of the notes, missing
// (`null`) where the penguin has no `bodyMassG` reading.

// ── cell 79 · your answer to exercise 01.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
DataFrameColumn? bodyMassColumn = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 80 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson01.BodyMassColumn.Check(bodyMassColumn));

// ### Exercise 01.4 · Why parameters?
//
// A colleague builds SQL by pasting values into the query text: "our users are trusted employees". In two or
// three sentences, why use parameters anyway?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 01.4 · Why parameters?");

// ── cell 82 · your answer to exercise 01.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyParameters = null; // write your answer as a string
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 83 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson01.WhyParameters.Check(whyParameters));

// Stuck? For example `Lesson01.ParseEuropean.Hint()` or `Lesson01.ParseEuropean.Solution()`. Your progress so
// far:

// ── cell 85 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Clean up
//
// Stop the web API, close the database, and delete the files this lesson wrote:
MLCourse.ConsoleDisplay.Heading(2, "Clean up");

// ── cell 87 ────────────────────────────────────────────────────────────────────────────────────────────────
api.Dispose();
http.Dispose();
impatient.Dispose();
connection.Dispose();
SqliteConnection.ClearAllPools();
Directory.Delete(Path.GetDirectoryName(brokenPath)!, recursive: true);
display($"API stopped after {api.RequestCount} requests; temporary files deleted.");

// **Next:** [02 · Prepare data](02-prepare-data.cs): deal with the missing values, duplicates, wrong types
// and outliers you met here.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 26 · its types ────────────────────────────────────────────────────────────────────────────────────
record MeasurementsDto(float? BeakLengthMm, float? BeakDepthMm, float? FlipperLengthMm, float? BodyMassG);

record PenguinDto(int Id, string Species, string Island, string? Sex, MeasurementsDto Measurements);

// ── cell 46 · its types ────────────────────────────────────────────────────────────────────────────────────
record PageDto(int Page, int TotalPages, int TotalCount, string? Next, List<PenguinDto> Items);

// ── cell 63 · its types ────────────────────────────────────────────────────────────────────────────────────
public class FlightRow
{
    [LoadColumn(1)] public float Delay { get; set; }
    [LoadColumn(2)] public float Distance { get; set; }
    [LoadColumn(3)] public string Origin { get; set; } = "";
}
