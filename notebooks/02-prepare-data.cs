// 02 · Prepare data
// Lesson 02 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/02-prepare-data.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/02-prepare-data.exercises.cs: the same exercises
// and checks without the rest of the lesson, so each try takes seconds.
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

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 02 · Prepare data
//
// Real data is messy: values are missing, rows repeat, numbers arrive as text, dates are wrong, categories
// are spelled three ways, and a few values are wildly off. Models trained on messy data learn the mess. This
// lesson cleans two real tables, the penguins and a deliberately messy table of 3,201 films, and ends with
// the clean penguin table the later lessons use.
//
// **You will learn to**
//
// - find and count missing values, and choose a strategy: drop, fill (mean, median, most frequent), or flag;
// - find and remove duplicates, exact and by key, and choose the right key;
// - fix types: dates, numbers that mean something else, inconsistent categories;
// - detect outliers with the IQR rule, and decide what to do with them;
// - normalize (min-max, z-score) and one-hot encode, with DataFrame and with ML.NET, and avoid **leakage** by
//   fitting on training data only.
MLCourse.ConsoleDisplay.Heading(1, "02 · Prepare data");

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

// ## 1. Missing values
//
// First, how much is missing, and where? Each column knows its `NullCount`; put them in a table and a chart:
MLCourse.ConsoleDisplay.Heading(2, "1. Missing values");

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
DataFrame MissingValues(DataFrame frame) => new DataFrame(
    new StringDataFrameColumn("column", frame.Columns.Select(c => c.Name)),
    new Int64DataFrameColumn("missing", frame.Columns.Select(c => c.NullCount)),
    new DoubleDataFrameColumn("missing %", frame.Columns.Select(c => Math.Round(100.0 * c.NullCount / frame.Rows.Count, 1))));

var missingInMovies = MissingValues(movies);
display(missingInMovies.OrderByDescending("missing %").Head(4));
display(missingInMovies.PlotBar("column", "missing %", title: "Missing values per column in the films table", yTitle: "missing (% of films)"));

// **What to notice.** US DVD sales are missing for 82% of the films, running time for 62%, the director for
// 42% and Rotten Tomatoes ratings for 27%; the money columns (budget, US and worldwide gross) are almost
// complete. A column that is mostly missing may not be worth keeping; a column with a few gaps can be
// repaired. The strategies, on the penguins, whose gaps are small. (`ToDataFrame()`, from the course's helper
// library, turns any list of records into a table, like pandas' `pd.DataFrame(records)`; you will see it
// again below.)
MLCourse.ConsoleDisplay.Notice("US DVD sales are missing for 82% of the films, running time for 62%, the director for 42% and Rotten Tomatoes ratings for 27%; the money columns (budget, US and worldwide gross) are almost complete. A column that is mostly missing may not be worth keeping; a column with a few gaps can be repaired. The strategies, on the penguins, whose gaps are small. (More in the lesson's text.)");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(MissingValues(penguins));

// **Strategy 1: drop the rows.** `DropNulls()` removes every row with any missing value. Simple, but it
// throws away the good values in those rows too:

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var dropped = penguins.DropNulls();
display($"{penguins.Rows.Count} rows before, {dropped.Rows.Count} after: {penguins.Rows.Count - dropped.Rows.Count} penguins dropped");

// **What to notice.** 10 penguins dropped, although only 2 lack measurements: the other 8 were lost only
// because their sex is unknown, taking their four good measurements with them. Drop rows for the columns you
// need, not for every column.
//
// **Strategy 2: fill the gaps.** Replace each missing number by the column's mean or median, and each missing
// category by its most frequent value. Compare the statistics before and after on body mass:
MLCourse.ConsoleDisplay.Notice("10 penguins dropped, although only 2 lack measurements: the other 8 were lost only because their sex is unknown, taking their four good measurements with them. Drop rows for the columns you need, not for every column.");

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
var mass = (SingleDataFrameColumn)penguins["Body Mass (g)"];
var filledWithMean = mass.FillNulls((float)mass.Mean());
var filledWithMedian = mass.FillNulls((float)mass.Median());

double StandardDeviation(DataFrameColumn column)
{
    var values = column.Cast<float?>().Where(v => v.HasValue).Select(v => (double)v!.Value).ToList();
    var mean = values.Average();
    return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
}

display(new DataFrame(
    new StringDataFrameColumn("body mass", new[] { "as loaded", "filled with mean", "filled with median" }),
    new Int64DataFrameColumn("missing", new[] { mass.NullCount, filledWithMean.NullCount, filledWithMedian.NullCount }),
    new DoubleDataFrameColumn("mean (g)", new[] { mass.Mean(), filledWithMean.Mean(), filledWithMedian.Mean() }.Select(v => Math.Round(v, 1))),
    new DoubleDataFrameColumn("std (g)", new[] { StandardDeviation(mass), StandardDeviation(filledWithMean), StandardDeviation(filledWithMedian) }.Select(v => Math.Round(v, 1)))));

// **What to notice.** Filling with the mean keeps the mean exactly, but the standard deviation shrinks a
// little: every filled value sits at the centre, so the data looks less varied than it is. With 2 gaps in 344
// the effect is tiny; with 60% missing it would distort everything. The median is the safer fill when a
// column has outliers.
//
// For a category, the most frequent value (the *mode*):
MLCourse.ConsoleDisplay.Notice("Filling with the mean keeps the mean exactly, but the standard deviation shrinks a little: every filled value sits at the centre, so the data looks less varied than it is. With 2 gaps in 344 the effect is tiny; with 60% missing it would distort everything. The median is the safer fill when a column has outliers.");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins["Sex"].Cast<string>().GroupBy(s => s ?? "(missing)").Select(g => new { sex = g.Key, penguins = g.Count() }).OrderByDescending(g => g.penguins).ToDataFrame());

// **What to notice.** Besides `MALE`, `FEMALE` and 10 missing values there is one `.`: somebody's way of
// writing "unknown". It is a missing value in disguise; section 3 fixes it. Filling the sex of a penguin with
// the most frequent value would invent a fact about that penguin, so here we will rather keep it missing and
// say so.
//
// **Strategy 3: flag it.** Add a column that records *whether* the value was missing. A model can then learn
// whether missingness itself means something (a film without a Rotten Tomatoes rating is probably obscure):
MLCourse.ConsoleDisplay.Notice("Besides MALE, FEMALE and 10 missing values there is one .: somebody's way of writing \"unknown\". It is a missing value in disguise; section 3 fixes it. Filling the sex of a penguin with the most frequent value would invent a fact about that penguin, so here we will rather keep it missing and say so.");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var ratingMissing = movies["Rotten Tomatoes Rating"].ElementwiseIsNull();
ratingMissing.SetName("rating missing");
var moviesFlagged = movies.Clone();
moviesFlagged.Columns.Add(ratingMissing);

// DataFrame's group-by Mean (as of 0.24, the version the course uses) counts missing values in the divisor (as zeros), so average each column over the films that have it.
DataFrame MeanWhereKnown(string column) =>
    moviesFlagged.Filter(moviesFlagged[column].ElementwiseIsNotNull()).GroupBy<bool>("rating missing").Mean(column).OrderBy("rating missing");
var meanGross = MeanWhereKnown("Worldwide Gross");
display(new DataFrame(meanGross["rating missing"], meanGross["Worldwide Gross"], MeanWhereKnown("IMDB Votes")["IMDB Votes"]));

// **What to notice.** Films without a Rotten Tomatoes rating earned on average 56 million dollars worldwide
// against 97 million, and have about 40% fewer IMDB votes (19,000 against 33,000): the gap is information,
// not noise. Dropping those films would have hidden exactly the small films.
//
// ## 2. Duplicates
//
// **Exact duplicates** are identical rows. They often come from appending the same export twice. Simulate
// that: the last 20 penguins arrive again.
MLCourse.ConsoleDisplay.Notice("Films without a Rotten Tomatoes rating earned on average 56 million dollars worldwide against 97 million, and have about 40% fewer IMDB votes (19,000 against 33,000): the gap is information, not noise. Dropping those films would have hidden exactly the small films.");
MLCourse.ConsoleDisplay.Heading(2, "2. Duplicates");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var lastTwenty = penguins.Tail(20);
var appendedTwice = penguins.Append(lastTwenty.Rows);

string RowKey(DataFrameRow row) => string.Join("|", row.Select(value => value?.ToString() ?? "∅"));
var seen = new HashSet<string>();
var firstTime = new PrimitiveDataFrameColumn<bool>("first time", appendedTwice.Rows.Select(row => seen.Add(RowKey(row))));
var deduplicated = appendedTwice.Filter(firstTime);
display($"{appendedTwice.Rows.Count} rows, {firstTime.Count(v => v == false)} exact duplicates, {deduplicated.Rows.Count} after removing them");

// **What to notice.** Each row is turned into a key (all its values joined), and a row is kept only the first
// time its key is seen. Pandas' `drop_duplicates()` does the same.
//
// **Duplicates by key.** Often two rows describe the same thing without being identical, so duplicates are
// found by a *key*: the columns that identify a record. Is a film's title a key?
MLCourse.ConsoleDisplay.Notice("Each row is turned into a key (all its values joined), and a row is kept only the first time its key is seen. Pandas' drop_duplicates() does the same.");

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
var titles = movies["Title"].Cast<string>().ToList();
var repeatedTitles = titles.Where(t => t is not null).GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
display($"{repeatedTitles.Count} titles appear more than once, for example: {string.Join("; ", repeatedTitles.Take(5))}");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var sameTitle = movies.Filter(new PrimitiveDataFrameColumn<bool>("keep", titles.Select(t => t is "Casino Royale" or "Alice in Wonderland" or "Dawn of the Dead")));
display(new DataFrame(sameTitle["Title"], sameTitle["Release Date"], sameTitle["Director"], sameTitle["Production Budget"]));

// **What to notice.** These are not duplicates: they are remakes, decades apart, with different directors and
// budgets. The title alone is not a key; the title *and the release year* is. Deleting "duplicate titles"
// would have deleted real films. Choosing the key is a decision about the world, not about the data.
//
// ## 3. Fixing types
//
// **Dates stored as text.** Release dates arrive as text like `Jun 12 1998`. Parse them with the exact
// format:
MLCourse.ConsoleDisplay.Notice("These are not duplicates: they are remakes, decades apart, with different directors and budgets. The title alone is not a key; the title and the release year is. Deleting \"duplicate titles\" would have deleted real films. Choosing the key is a decision about the world, not about the data.");
MLCourse.ConsoleDisplay.Heading(2, "3. Fixing types");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var releaseText = movies["Release Date"].Cast<string>().ToList();
var parsedDates = releaseText.Select(text => DateTime.TryParseExact(text, "MMM dd yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateTime?)null).ToList();
var years = parsedDates.Where(d => d.HasValue).Select(d => d!.Value.Year).ToList();
display($"{parsedDates.Count(d => d.HasValue)} of {releaseText.Count} dates parsed; years run from {years.Min()} to {years.Max()}");

// **What to notice.** Every date parsed, and yet the years run to 2046, for a table compiled around 2010. Let
// us look at the films from the future:
MLCourse.ConsoleDisplay.Notice("Every date parsed, and yet the years run to 2046, for a table compiled around 2010. Let us look at the films from the future:");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var afterTable = Enumerable.Range(0, titles.Count).Where(i => parsedDates[i]?.Year > 2010)
    .Select(i => new { title = titles[i], released = releaseText[i], director = movies["Director"][i] })
    .OrderBy(f => f.released.EndsWith("2011") ? 0 : 1).ToList();
display($"{afterTable.Count} films are dated after 2010");
display(afterTable.Take(8).ToDataFrame());

// **What to notice.** Two are real: *Restless* and *The Adventures of Tintin* were 2011 films, announced when
// the table was compiled. The rest are classics dated exactly 100 years too late: *Duel in the Sun* (1946),
// *The Birth of a Nation* (1915), *Fantasia* (1940). Somewhere a two-digit year (`46`) was expanded into the
// wrong century. Parsing succeeded; the values are still wrong. Always check the range of a parsed column,
// and look at the rows before writing the fix: a blanket "after 2010" rule would have sent *Tintin* back to
// 1911. The fix moves dates after 2012 back a century:
MLCourse.ConsoleDisplay.Notice("Two are real: Restless and The Adventures of Tintin were 2011 films, announced when the table was compiled. The rest are classics dated exactly 100 years too late: Duel in the Sun (1946), The Birth of a Nation (1915), Fantasia (1940). Somewhere a two-digit year (46) was expanded into the wrong century. Parsing succeeded; the values are still wrong. (More in the lesson's text.)");

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
var future = afterTable.Where(f => !f.released.EndsWith("2011")).ToList();
var releaseDates = new PrimitiveDataFrameColumn<DateTime>("Release", parsedDates.Select(d => d?.Year > 2012 ? d.Value.AddYears(-100) : d));
display($"years now run from {releaseDates.Min():yyyy} to {releaseDates.Max():yyyy}");

// **Numbers that mean something else.** A film's US gross of 0 dollars, while it earned millions worldwide,
// is not a flop: it means "not released in the US" or "unknown". Zeros standing for missing values poison
// means and models alike:

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
var usGross = movies["US Gross"].Cast<double?>().ToList();
var worldwide = movies["Worldwide Gross"].Cast<double?>().ToList();
var zeroButEarned = Enumerable.Range(0, usGross.Count).Count(i => usGross[i] == 0 && worldwide[i] > 0);
var usGrossFixed = new DoubleDataFrameColumn("US Gross", usGross.Select(g => g == 0 ? null : g));
display($"{zeroButEarned} films have a US gross of 0 but earned money elsewhere; mean US gross with zeros {movies["US Gross"].Mean():N0} $, without them {usGrossFixed.Mean():N0} $");

// **Inconsistent categories.** The same thing spelled several ways splits one category into many. The
// penguins' `.` is one case; titles are another: some end in `, The`:

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
string CleanTitle(string title) => title.EndsWith(", The") ? "The " + title[..^5] : title;
display(titles.Where(t => t is not null && t.EndsWith(", The")).Select(t => new { before = t, after = CleanTitle(t) }).ToDataFrame());

// And company names: Sony releases films under several names. For a question like "which studio earns most",
// they belong together:

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var distributors = movies["Distributor"].Cast<string>().ToList();
string Studio(string? distributor) => distributor is null ? null! : distributor.StartsWith("Sony") ? "Sony" : distributor;
display(distributors.Where(d => d?.StartsWith("Sony") == true).GroupBy(d => d).Select(g => new { distributor = g.Key, films = g.Count(), studio = Studio(g.Key) }).ToDataFrame());

// **What to notice.** Five names, one studio. Whether to merge them depends on the question: for *studio*
// they are one; for *label* they are five. Write the rule down in code, as here, so it is applied the same
// way every time.
//
// ## 4. Outliers
//
// An outlier is a value far from the rest. The **IQR rule** (the one box plots use) calls a value an outlier
// when it lies more than 1.5 × IQR below the first quartile or above the third, where the IQR (interquartile
// range) is the distance between the quartiles.
MLCourse.ConsoleDisplay.Notice("Five names, one studio. Whether to merge them depends on the question: for studio they are one; for label they are five. Write the rule down in code, as here, so it is applied the same way every time.");
MLCourse.ConsoleDisplay.Heading(2, "4. Outliers");

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
(double Low, double High, double Q1, double Q3) IqrBounds(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    double Quantile(double p) { var h = (sorted.Length - 1) * p; var lo = (int)Math.Floor(h); return sorted[lo] + (h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]); }
    var (q1, q3) = (Quantile(0.25), Quantile(0.75));
    return (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1), q1, q3);
}

var budgets = movies["Production Budget"].Cast<double?>().Where(b => b.HasValue).Select(b => b!.Value).ToList();
var bounds = IqrBounds(budgets);
var outliers = budgets.Count(b => b < bounds.Low || b > bounds.High);
display($"quartiles {bounds.Q1:N0} $ and {bounds.Q3:N0} $; outliers below {bounds.Low:N0} $ or above {bounds.High:N0} $: {outliers} of {budgets.Count} films");

// **What to notice.** The lower bound is negative, so no budget is too *small* for the rule, even *Tarnation*
// at 218 dollars (really: it was edited on a home computer). Above, 173 films are flagged: the blockbusters.
// They are not errors. Budgets are *skewed*: most films are cheap and a few are enormous, and the IQR rule
// flags the whole tail of a skewed distribution.
//
// Deleting them would delete every blockbuster. Two gentler options: **cap** (winsorize) values at the bound,
// or **transform** with a logarithm, which turns multiplicative spread into additive spread. Compare the
// three:
MLCourse.ConsoleDisplay.Notice("The lower bound is negative, so no budget is too small for the rule, even Tarnation at 218 dollars (really: it was edited on a home computer). Above, 173 films are flagged: the blockbusters. They are not errors. Budgets are skewed: most films are cheap and a few are enormous, and the IQR rule flags the whole tail of a skewed distribution.");

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
var capped = budgets.Select(b => Math.Min(b, bounds.High));
var logged = budgets.Select(b => Math.Log10(b));
var comparison = new DataFrame(
    new StringDataFrameColumn("version", budgets.Select(_ => "as reported").Concat(budgets.Select(_ => "capped at the IQR bound"))),
    new DoubleDataFrameColumn("budget (million $)", budgets.Concat(capped).Select(b => b / 1e6)));
display(comparison.PlotBox("budget (million $)", by: "version", title: "Production budgets before and after capping"));

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var loggedBudgets = new DataFrame(new DoubleDataFrameColumn("log10 of budget ($)", logged));
var logBounds = IqrBounds(logged);
display($"After the log transform, {logged.Count(b => b < logBounds.Low || b > logBounds.High)} films are outside the IQR bounds");
display(loggedBudgets.PlotHistogram("log10 of budget ($)", bins: 40, title: "Production budgets on a log scale"));

// **What to notice.** Capping squeezes all 173 blockbusters onto one value (the end of the right box's upper
// whisker): the ranking among them is lost. The log scale keeps every film and makes the distribution roughly
// symmetric. The films it still flags are all on the *cheap* side, below about 400,000 dollars (a log of
// 5.6): micro-budget films like *Tarnation* and *El Mariachi*. Whether they belong in an analysis of studio
// films is a question about the analysis, not about the data. Outliers are a question to investigate, not
// rows to delete.
//
// ## 5. Normalization and encoding
//
// Many models compare features by distance or by gradient steps, and a feature measured in thousands (body
// mass in grams) would drown one measured in tens (beak depth in mm). **Normalization** puts features on a
// common scale:
//
// - **min-max**: (x − min) / (max − min), from 0 to 1;
// - **z-score** (standardization): (x − mean) / standard deviation, mean 0 and standard deviation 1.
//
// With DataFrame arithmetic:
MLCourse.ConsoleDisplay.Notice("Capping squeezes all 173 blockbusters onto one value (the end of the right box's upper whisker): the ranking among them is lost. The log scale keeps every film and makes the distribution roughly symmetric. The films it still flags are all on the cheap side, below about 400,000 dollars (a log of 5.6): micro-budget films like Tarnation and El Mariachi. Whether they belong in an analysis of studio films is a question about the analysis, not about the data. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "5. Normalization and encoding");

// ── cell 39 ────────────────────────────────────────────────────────────────────────────────────────────────
var massMin = (float)mass.Min();
var massMax = (float)mass.Max();
var minMax = (mass - massMin) / (massMax - massMin);
minMax.SetName("mass, min-max");
var zScore = (mass - (float)mass.Mean()) / (float)StandardDeviation(mass);
zScore.SetName("mass, z-score");
display(new DataFrame(minMax, zScore).Description());

// **What to notice.** Min-max runs from exactly 0 to 1. The z-score has mean 0 (to rounding) and runs from
// about −1.9 to +2.6 standard deviations. The shape of the distribution is unchanged: only the scale moved.
//
// ML.NET normalizes as part of a pipeline, with `NormalizeMinMax` and `NormalizeMeanVariance`. A DataFrame is
// an `IDataView`, so it goes straight in. A normalizer is *fitted* (it learns the minimum and maximum, or the
// mean and the standard deviation), then *applied*. But by default neither computes what its name suggests.
// Fit each one twice, with its default and with `fixZero: false`, and compare with the versions made by hand
// above, for three penguins: the first, the lightest and the heaviest:
MLCourse.ConsoleDisplay.Notice("Min-max runs from exactly 0 to 1. The z-score has mean 0 (to rounding) and runs from about −1.9 to +2.6 standard deviations. The shape of the distribution is unchanged: only the scale moved.");

// ── cell 41 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var measured = penguins.Filter(penguins["Body Mass (g)"].ElementwiseIsNotNull());   // the 342 penguins with measurements
var masses = measured["Body Mass (g)"].Cast<float>().ToArray();
int[] picked = { 0, Array.IndexOf(masses, masses.Min()), Array.IndexOf(masses, masses.Max()) };   // first, lightest, heaviest

// Fit a normalizer on the body masses and read what it gives the three penguins.
IEnumerable<float> Normalized(IEstimator<ITransformer> normalizer) => normalizer.Fit(measured).Transform(measured).GetColumn<float>("Body Mass (g)");
var (massMean, massStd) = (mass.Mean(), StandardDeviation(mass));
display(new[]
{
    ("body mass (g)", "x", masses.AsEnumerable()),
    ("min-max by hand", "(x − min) / (max − min)", masses.Select(m => (m - massMin) / (massMax - massMin))),
    ("NormalizeMinMax, default", "x / max |x|", Normalized(ml.Transforms.NormalizeMinMax("Body Mass (g)"))),
    ("NormalizeMinMax, fixZero: false", "(x − min) / (max − min)", Normalized(ml.Transforms.NormalizeMinMax("Body Mass (g)", fixZero: false))),
    ("z-score by hand", "(x − mean) / std", masses.Select(m => (float)((m - massMean) / massStd))),
    ("NormalizeMeanVariance, default", "x / √(mean² + variance)", Normalized(ml.Transforms.NormalizeMeanVariance("Body Mass (g)"))),
    ("NormalizeMeanVariance, fixZero: false", "(x − mean) / std", Normalized(ml.Transforms.NormalizeMeanVariance("Body Mass (g)", fixZero: false))),
}.Select(r => (r.Item1, r.Item2, Values: r.Item3.ToArray()))
 .Select(r => new { normalizer = r.Item1, computes = r.Item2, first = Math.Round(r.Values[picked[0]], 3), lightest = Math.Round(r.Values[picked[1]], 3), heaviest = Math.Round(r.Values[picked[2]], 3) })
 .ToDataFrame());

// **What to notice.** With `fixZero: false`, ML.NET computes the min-max (0.292 for the first penguin, as by
// hand) and the z-score (−0.564; by hand −0.563, because ML.NET, like scikit-learn's `StandardScaler`,
// divides by the standard deviation computed with *n*, not *n* − 1). With the defaults, neither normalizer
// centres: `NormalizeMinMax` divides by the largest absolute value (0.595 for the first penguin) and
// `NormalizeMeanVariance` by √(mean² + variance), which is the root mean square √(mean of x²) (0.877). Every
// body mass stays positive and they all land in a narrow band (from 0.429 to 1 with the min-max default), so
// a feature keeps an offset the model must work around, and features whose mean is large next to their spread
// end up with a smaller spread than the others. Lesson 05 shows what that does to a linear regression: with
// its default weight penalty, it loses a feature such as the model year.
//
// The default's name says what it protects: zero stays zero. That is the right choice for **sparse** data,
// such as word counts in which almost every value is 0: centring would turn all those zeros into other
// numbers, and the data would no longer be sparse (or small). For dense measurements like these, pass
// `fixZero: false`; the rest of the course does.
MLCourse.ConsoleDisplay.Notice("With fixZero: false, ML.NET computes the min-max (0.292 for the first penguin, as by hand) and the z-score (−0.564; by hand −0.563, because ML.NET, like scikit-learn's StandardScaler, divides by the standard deviation computed with n, not n − 1). With the defaults, neither normalizer centres: NormalizeMinMax divides by the largest absolute value (0.595 for the first penguin) and NormalizeMeanVariance by √(mean² + variance), which is the root mean square √(mean of x²) (0.877). (More in the lesson's text.)");

// ### Leakage: fit on the training data only
//
// Models are judged on a **test set** they never saw during training. Every step that *learns* from data, a
// normalizer included, must learn from the training set only. Otherwise information from the test set leaks
// into training, and the test score is optimistic.
//
// Split the penguins 80/20, then fit a z-score normalizer once on everything (wrong) and once on the training
// part (right), and look at what each one learned:
MLCourse.ConsoleDisplay.Heading(3, "Leakage: fit on the training data only");

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
var split = ml.Data.TrainTestSplit(measured, testFraction: 0.2, seed: 1);
var zScorer = ml.Transforms.NormalizeMeanVariance("Body Mass (g)", fixZero: false);
var fittedOnAll = zScorer.Fit(measured);
var fittedOnTrain = zScorer.Fit(split.TrainSet);

// A z-score normalizer computes (x - mean) / std: it stores the mean as Offset and 1 / std as Scale.
(double Mean, double Std) Learned(NormalizingTransformer fitted)
{
    var parameters = (NormalizingTransformer.AffineNormalizerModelParameters<float>)fitted.GetNormalizerModelParameters(0);
    return (parameters.Offset, 1 / parameters.Scale);
}
double TestMean(ITransformer fitted) => fitted.Transform(split.TestSet).GetColumn<float>("Body Mass (g)").Average();

display(new[] { ("all data (leaks)", fittedOnAll), ("training data only", fittedOnTrain) }
    .Select(f => new { fittedOn = f.Item1, learnedMean = Math.Round(Learned(f.Item2).Mean, 1), learnedStd = Math.Round(Learned(f.Item2).Std, 1), testSetMeanAfterScaling = Math.Round(TestMean(f.Item2), 3) })
    .ToDataFrame());

// **What to notice.** The two normalizers learned different means (about 30 g apart) and standard deviations:
// the first one was computed partly *from the test penguins*. Those penguins were supposed to be unseen, a
// stand-in for tomorrow's data, yet they shaped how the training data was scaled, and the test set looks more
// like the training data than it really is (its scaled mean is closer to 0). Here the leak is modest. The
// same mistake with a step that learns more (choosing features, filling gaps from the target, encoding
// categories by their average outcome) can make a useless model look excellent. In ML.NET the rule is easy to
// follow: put every transform in the pipeline and `Fit` the pipeline on the training set only; lesson 04 does
// this.
//
// **One-hot encoding.** Models need numbers, so a category like `Island` becomes one 0/1 column per value.
// With DataFrame:
MLCourse.ConsoleDisplay.Notice("The two normalizers learned different means (about 30 g apart) and standard deviations: the first one was computed partly from the test penguins. Those penguins were supposed to be unseen, a stand-in for tomorrow's data, yet they shaped how the training data was scaled, and the test set looks more like the training data than it really is (its scaled mean is closer to 0). Here the leak is modest. (More in the lesson's text.)");

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
var islands = penguins["Island"].Cast<string>().ToList();
var oneHot = new DataFrame(penguins["Island"]);
foreach (var island in islands.Distinct().Order())
    oneHot.Columns.Add(new SingleDataFrameColumn($"Island={island}", islands.Select(i => i == island ? 1f : 0f)));
display(oneHot.Head(3));

// With ML.NET, `OneHotEncoding` learns the categories when fitted (from the training data, for the same
// reason as above) and produces one vector column:

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
var encoder = ml.Transforms.Categorical.OneHotEncoding("IslandVector", "Island").Fit(measured);
var encoded = encoder.Transform(measured);
VBuffer<ReadOnlyMemory<char>> islandSlots = default;
encoded.Schema["IslandVector"].GetSlotNames(ref islandSlots);
display($"ML.NET's one-hot columns, in order: {string.Join(", ", islandSlots.DenseValues())}");
display(encoded.GetColumn<VBuffer<float>>("IslandVector").Take(3).Select(v => "[" + string.Join(", ", v.DenseValues()) + "]"));

// **What to notice.** The same idea, packed into one vector per row (ML.NET's trainers expect all features in
// a single vector column, which lesson 04 builds with `Concatenate`), but not the same columns: ML.NET
// numbers the categories in the order it first meets them while fitting, so Torgersen, the first penguins'
// island, comes first, where the DataFrame version sorted them alphabetically. A Torgersen penguin is `[1, 0,
// 0]` here and `[0, 0, 1]` above. Neither order is wrong, but a model's weights only make sense next to the
// encoder it was trained with: keep the fitted encoder in the pipeline, never rebuild the columns by hand.
// (For sorted categories, pass `keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue`.)
//
// **Coming from Python.** `df.isna().sum()` → each column's `NullCount`; `df.dropna()` → `DropNulls()`;
// `s.fillna(s.mean())` → `column.FillNulls(value)`; `df.drop_duplicates()` → a key per row and `Filter`;
// `pd.to_datetime(s, format=...)` → `DateTime.TryParseExact`; scikit-learn's `MinMaxScaler` →
// `NormalizeMinMax(..., fixZero: false)` and `StandardScaler` → `NormalizeMeanVariance(..., fixZero: false)`
// (the defaults, `fixZero: true`, scale without centring: `NormalizeMinMax` then matches `MaxAbsScaler`, and
// `NormalizeMeanVariance` divides by the root mean square √(mean of x²), which has no scikit-learn twin);
// `OneHotEncoder` → `Categorical.OneHotEncoding`, whose categories come in first-seen order where
// scikit-learn sorts them. All are fitted on the training set just the same.
//
// ## 6. The clean penguin table
//
// Later lessons train on the penguins. Clean them once, here, with the decisions above:
//
// - keep the 342 penguins that were measured (2 have no measurements at all);
// - the `.` sex is missing, like the 10 empty ones, and sexes are written in lower case;
// - column names in `snake_case` with their unit, easy to type in code.
MLCourse.ConsoleDisplay.Notice("The same idea, packed into one vector per row (ML.NET's trainers expect all features in a single vector column, which lesson 04 builds with Concatenate), but not the same columns: ML.NET numbers the categories in the order it first meets them while fitting, so Torgersen, the first penguins' island, comes first, where the DataFrame version sorted them alphabetically. A Torgersen penguin is [1, 0, 0] here and [0, 0, 1] above. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "6. The clean penguin table");

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
var clean = penguins.Filter(penguins["Body Mass (g)"].ElementwiseIsNotNull());
var sex = clean["Sex"].Cast<string>().Select(s => s is "MALE" or "FEMALE" ? s.ToLowerInvariant() : null);
var cleanPenguins = new DataFrame(
    Renamed(clean["Species"], "species"),
    Renamed(clean["Island"], "island"),
    Renamed(clean["Beak Length (mm)"], "beak_length_mm"),
    Renamed(clean["Beak Depth (mm)"], "beak_depth_mm"),
    Renamed(clean["Flipper Length (mm)"], "flipper_length_mm"),
    Renamed(clean["Body Mass (g)"], "body_mass_g"),
    new StringDataFrameColumn("sex", sex));

DataFrameColumn Renamed(DataFrameColumn column, string name) { var copy = column.Clone(); copy.SetName(name); return copy; }
display(MissingValues(cleanPenguins));

// **What to notice.** No missing measurements remain; 9 penguins have no known sex, and we say so instead of
// guessing. Save the table with the course's `Csv.Save`, which writes numbers as they were measured (`39.1`;
// `DataFrame.SaveCsv` would write `39.0999985`, the nearest `float`) and the same bytes on every machine:
MLCourse.ConsoleDisplay.Notice("No missing measurements remain; 9 penguins have no known sex, and we say so instead of guessing. Save the table with the course's Csv.Save, which writes numbers as they were measured (39.1; DataFrame.SaveCsv would write 39.0999985, the nearest float) and the same bytes on every machine:");

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
var savedPath = Path.Combine(MLCourse.CourseFolders.Find().Artifacts, "penguins-clean.csv");
Directory.CreateDirectory(Path.GetDirectoryName(savedPath)!);
Csv.Save(cleanPenguins, savedPath);
display($"saved {cleanPenguins.Rows.Count} penguins to {savedPath}");

// The course ships this exact table as `data/penguins-clean.csv`, so that every later lesson starts from the
// same data even if you skip this one; `CourseData.LoadCleanPenguins()` loads it. The last cell checks that
// the table you just made is the one the course ships, value for value:

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
var shipped = CourseData.LoadCleanPenguins();
var yours = Csv.Load(savedPath, shipped.Columns.Select(c => (c.Name, c.DataType)).ToArray());
var differences = Enumerable.Range(0, (int)Math.Max(shipped.Rows.Count, yours.Rows.Count))
    .SelectMany(row => shipped.Columns.Select(c => c.Name).Where(c => row >= yours.Rows.Count || row >= shipped.Rows.Count || !object.Equals(shipped[c][row], yours[c][row])).Select(c => (row, c)))
    .ToList();
if (differences.Count > 0)
    throw new InvalidOperationException($"Your clean table differs from data/penguins-clean.csv in {differences.Count} places, first at row {differences[0].row}, column '{differences[0].c}'. The later lessons use the shipped table; compare your cleaning steps with this lesson's.");
MLCourse.Course.Publish("clean_penguins", cleanPenguins.Rows.Count);
MLCourse.Course.Publish("century_fixed", future.Count);
if (future.Count != 22 || cleanPenguins.Rows.Count != 342)
    throw new InvalidOperationException($"Expected 22 films moved back a century and 342 clean penguins; got {future.Count} and {cleanPenguins.Rows.Count}.");

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

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

// ## Summary
//
// - **Missing values**: count them per column first. Drop rows when few are affected, fill with mean, median
//   or mode when a value is needed, add a flag when missingness may mean something, and never invent facts.
// - **Duplicates**: exact duplicates come from repeated imports; duplicates by key need the *right* key
//   (title and year, not title).
// - **Types**: parse text into dates and numbers, then check the range: a parse that succeeds can still be
//   wrong (the 2046 films). Watch for zeros and symbols that mean "missing".
// - **Outliers**: the IQR rule flags candidates; skewed data needs a log scale, not deletion.
// - **Normalize and encode** inside the pipeline, fitted on the training data only, or the test score lies.
//   ML.NET's normalizers centre only with `fixZero: false`; one-hot columns come in first-seen order.
//
// **Next:** [03 · Explore and visualize](03-explore-visualize.cs): look at the clean data with statistics and
// charts.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
