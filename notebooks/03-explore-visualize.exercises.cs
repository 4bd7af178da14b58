// 03 · Explore and visualize: the exercises
// The exercises of lesson 03 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/03-explore-visualize.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/03-explore-visualize.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson03.GentooExtraMass.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/03-explore-visualize.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 03
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
using Microsoft.Data.Analysis;
using MLCourse.Data;
using MLCourse.Charts;
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

MLCourse.ConsoleDisplay.Heading(1, "03 · Explore and visualize: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var penguins = CourseData.LoadPenguins();
var cars = CourseData.LoadCars();
var weather = CourseData.LoadSeattleWeather();
display($"{penguins.Rows.Count} penguins, {cars.Rows.Count} cars, {weather.Rows.Count} days of Seattle weather");

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
var meanWithUnmeasured = Convert.ToDouble(penguins.Description()["Body Mass (g)"][3]);   // row 3 of Description() is the mean
display($"Mean body mass from Description() with the two unmeasured penguins in: {meanWithUnmeasured:0} g");
var measured = penguins.Filter(penguins["Body Mass (g)"].ElementwiseIsNotNull());
display(measured.Description());

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var means = measured.GroupBy<string>("Species").Mean("Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)");
display(means);

// (Cells 8 to 19 of the lesson are not needed by the exercises: notebooks/03-explore-visualize.cs has them.)

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var beakLength = ChartColumn("Beak Length (mm)");
var beakDepth = ChartColumn("Beak Depth (mm)");
IReadOnlyList<double?> ChartColumn(string name) => penguins[name].Cast<float?>().Select(v => (double?)v).ToList();

var overall = Statistics.Correlation(beakLength, beakDepth);
var species = penguins["Species"].Cast<string>().ToList();
var withinSpecies = species.Distinct().Order().Select(s =>
{
    var rows = Enumerable.Range(0, species.Count).Where(i => species[i] == s).ToList();
    return new { species = s, correlation = Math.Round(Statistics.Correlation(rows.Select(i => beakLength[i]).ToList(), rows.Select(i => beakDepth[i]).ToList()), 2) };
}).ToList();
display($"All penguins together: r = {overall:0.00}");
display(withinSpecies.ToDataFrame());

// (Cells 21 to 31 of the lesson are not needed by the exercises: notebooks/03-explore-visualize.cs has them.)

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var months = new PrimitiveDataFrameColumn<int>("month", weather["date"].Cast<DateTime>().Select(d => d.Month));
var withMonth = weather.Clone();
withMonth.Columns.Add(months);
var monthly = withMonth.GroupBy<int>("month").Mean("temp_max", "precipitation").OrderBy("month");
display(monthly.PlotBar("month", "precipitation", title: "Mean daily precipitation by month", yTitle: "precipitation (mm per day)"));

// (Cells 33 to 38 of the lesson are not needed by the exercises: notebooks/03-explore-visualize.cs has them.)

// ── cell 39 ────────────────────────────────────────────────────────────────────────────────────────────────
var flipperMass = Statistics.Correlation(ChartColumn("Flipper Length (mm)"), ChartColumn("Body Mass (g)"));
var carColumn = (string name) => cars[name].Cast<float?>().Select(v => (double?)v).ToList();
var weightMpg = Statistics.Correlation(carColumn("Weight_in_lbs"), carColumn("Miles_per_Gallon"));

if (flipperMass < 0.8 || overall > 0 || withinSpecies.Any(s => s.correlation <= 0) || weightMpg > -0.7)
    throw new InvalidOperationException($"Expected flipper length and body mass strongly correlated (> 0.8), Simpson's paradox in beaks (overall < 0, every species > 0) and weight against MPG below -0.7; got {flipperMass:0.00}, {overall:0.00}, [{string.Join(", ", withinSpecies.Select(s => s.correlation))}], {weightMpg:0.00}.");
MLCourse.Course.Publish("flipper_mass_r", flipperMass);
MLCourse.Course.Publish("beak_r_overall", overall);
MLCourse.Course.Publish("weight_mpg_r", weightMpg);

// (Cells 40 to 41 of the lesson are not needed by the exercises: notebooks/03-explore-visualize.cs has them.)

// ### Exercise 03.1 · How much heavier is a Gentoo?
//
// On average, how many grams heavier is a Gentoo penguin than an Adelie penguin? Compute it from the data
// rather than reading it off a chart.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.1 · How much heavier is a Gentoo?");

// ── cell 43 · your answer to exercise 03.1 ─────────────────────────────────────────────────────────────────
double? gentooExtraMass = null;

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.GentooExtraMass.Check(gentooExtraMass));

// ### Exercise 03.2 · How far apart are their beaks?
//
// The charts of section 2 suggest that beak length tells an Adelie from a Chinstrap, and body mass does not.
// Put a number on "how far apart": the difference of the two species' mean beak lengths (Chinstrap minus
// Adelie), divided by their **pooled standard deviation**
//
// $$s = \sqrt{\frac{(n_1 - 1)\,s_1^2 + (n_2 - 1)\,s_2^2}{n_1 + n_2 - 2}}$$
//
// where $n$ is the number of measured penguins of a species and $s^2$ its sample variance. This is *Cohen's
// d*: it says how many standard deviations apart two groups are, whatever the unit (by convention, 0.2 is a
// small difference and 0.8 a large one). Compute it for beak length, from `measured`: that is the number the
// check asks for. (Once it is right, run the same code on body mass, for comparison: the check does not ask
// for it, and the number says what the charts suggested.)
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.2 · How far apart are their beaks?");

// ── cell 46 · your answer to exercise 03.2 ─────────────────────────────────────────────────────────────────
double? beakSeparation = null;

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.BeakSeparation.Check(beakSeparation));

// ### Exercise 03.3 · Horsepower against fuel economy
//
// Compute the Pearson correlation between the cars' horsepower and their miles per gallon. Before you run it:
// which sign do you expect?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.3 · Horsepower against fuel economy");

// ── cell 49 · your answer to exercise 03.3 ─────────────────────────────────────────────────────────────────
double? horsepowerMpg = null;

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.HorsepowerMpgCorrelation.Check(horsepowerMpg));

// ### Exercise 03.4 · The three wettest months
//
// Which three months have the most precipitation per day, on average over 2012 to 2015? Answer with their
// numbers (1 = January), wettest first.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.4 · The three wettest months");

// ── cell 52 · your answer to exercise 03.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEnumerable<int>? wettestMonths = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.WettestMonths.Check(wettestMonths));

// ### Exercise 03.5 · Longer flippers, heavier penguins?
//
// Flipper length and body mass correlate at 0.87. A colleague concludes that a penguin that grew longer
// flippers would become heavier. In two or three sentences: what is wrong with that reasoning?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.5 · Longer flippers, heavier penguins?");

// ── cell 55 · your answer to exercise 03.5 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? correlationNotCause = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.CorrelationNotCause.Check(correlationNotCause));

// Your progress so far:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
