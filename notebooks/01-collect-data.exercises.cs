// 01 · Collect data: the exercises
// The exercises of lesson 01 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/01-collect-data.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/01-collect-data.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson01.MissingDirectors.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
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

// A cell kept here for one of its functions may declare others that the exercises do not call: no warning for
// those.
#pragma warning disable CS8321

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

MLCourse.ConsoleDisplay.Heading(1, "01 · Collect data: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// (Cells 3 to 9 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
var checkedPenguins = CourseData.LoadPenguins();
display(checkedPenguins.Info());

// (Cells 11 to 21 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

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

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top) and MeasurementsDto and PenguinDto (at the end of
// the file).
var webJson = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var parsed = JsonSerializer.Deserialize<List<PenguinDto>>(json, webJson)!;
display(parsed[0]);

// (Cells 27 to 29 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

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

// (Cells 33 to 37 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

// ── cell 38 ────────────────────────────────────────────────────────────────────────────────────────────────
var userInput = "Gentoo' OR '1'='1";

long Count(SqliteCommand command) => (long)command.ExecuteScalar()!;

var pasted = connection.CreateCommand();
pasted.CommandText = $"SELECT COUNT(*) FROM penguins WHERE species = '{userInput}'";   // never do this

var parameterized = connection.CreateCommand();
parameterized.CommandText = "SELECT COUNT(*) FROM penguins WHERE species = $species";
parameterized.Parameters.AddWithValue("$species", userInput);

display(new { pastedSql = pasted.CommandText, pastedCount = Count(pasted), parameterizedCount = Count(parameterized) });

// (Cells 39 to 69 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

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

// (Cells 86 to 88 of the lesson are not needed by the exercises: notebooks/01-collect-data.cs has them.)

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 26 · its types ────────────────────────────────────────────────────────────────────────────────────
record MeasurementsDto(float? BeakLengthMm, float? BeakDepthMm, float? FlipperLengthMm, float? BodyMassG);

record PenguinDto(int Id, string Species, string Island, string? Sex, MeasurementsDto Measurements);
