// 02 · Prepare data: the exercises
// The exercises of lesson 02 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/02-prepare-data.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/02-prepare-data.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson02.MissingBothRatings.Hint()) for a hint
// (Hint(2) for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/02-prepare-data.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 02
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
// Parquet.Net@6.1.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Globalization;
using System.IO;
using Microsoft.Data.Analysis;
using MLCourse.Data;
using MLCourse.Charts;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
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

MLCourse.ConsoleDisplay.Heading(1, "02 · Prepare data: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var movies = CourseData.LoadMovies();
var penguins = CourseData.LoadPenguins();
display($"{movies.Rows.Count} films × {movies.Columns.Count} columns; {penguins.Rows.Count} penguins × {penguins.Columns.Count} columns");

// (Cells 4 to 56 of the lesson are not needed by the exercises: notebooks/02-prepare-data.cs has them.)

// ### Exercise 02.1 · Films with neither rating
//
// How many films have *neither* a Rotten Tomatoes rating *nor* an IMDB rating?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 02.1 · Films with neither rating");

// ── cell 58 · your answer to exercise 02.1 ─────────────────────────────────────────────────────────────────
double? missingBothRatings = null;

// ── cell 59 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson02.MissingBothRatings.Check(missingBothRatings));

// ### Exercise 02.2 · Articles at the front
//
// Write a function that moves a trailing `, The` or `, A` to the front of a title (`"Secret, The"` becomes
// `"The Secret"`) and leaves every other title alone, including titles with commas of their own, such as
// `"Tora, Tora, Tora"`.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 02.2 · Articles at the front");

// ── cell 61 · your answer to exercise 02.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<string, string>? frontArticle = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 62 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson02.FrontArticle.Check(frontArticle));

// ### Exercise 02.3 · A z-score column
//
// Build the z-score of the clean penguins' flipper length (`CourseData.LoadCleanPenguins()`, column
// `flipper_length_mm`) as a column named `flipper_z`, using the sample standard deviation (divide by n − 1).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 02.3 · A z-score column");

// ── cell 64 · your answer to exercise 02.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
DataFrameColumn? flipperZ = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 65 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson02.FlipperZScore.Check(flipperZ));

// ### Exercise 02.4 · Why fit on training data only?
//
// In two or three sentences: why must a normalizer be fitted on the training set only, when the test set is
// right there?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 02.4 · Why fit on training data only?");

// ── cell 67 · your answer to exercise 02.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyTrainOnly = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 68 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson02.WhyTrainOnly.Check(whyTrainOnly));

// ── cell 69 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
