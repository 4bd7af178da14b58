// 04 · Select and train models: the exercises
// The exercises of lesson 04 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/04-train-models.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/04-train-models.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson04.BaselineMacroF1.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/04-train-models.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 04
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
// Parquet.Net@6.1.0, Microsoft.ML.FastTree@6.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package Microsoft.ML.FastTree
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using MLCourse.Data;
using MLCourse.Charts;
using MLCourse.Evaluation;
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

MLCourse.ConsoleDisplay.Heading(1, "04 · Select and train models: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var penguins = CourseData.LoadCleanPenguins();
string[] measurements = { "beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g" };
display(penguins.Head(3));

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var (trainFrame, testFrame) = StratifiedSplit.Split(penguins, "species", testFraction: 0.2, seed: 1);

DataFrame Shares(DataFrame frame, string part) => frame["species"].Cast<string>().GroupBy(s => s).OrderBy(g => g.Key)
    .Select(g => new { part, species = g.Key, penguins = g.Count(), share = Math.Round((double)g.Count() / frame.Rows.Count, 3) }).ToDataFrame();

var shares = Shares(trainFrame, "train");
shares.Append(Shares(testFrame, "test").Rows, inPlace: true);
display(shares);

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
IEstimator<ITransformer> Prepare() =>
    ml.Transforms.Conversion.MapValueToKey("Label", "species")
      .Append(ml.Transforms.Concatenate("Features", measurements))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));

// Train a classifier on the training set; return its model and its report on the test set.
(ITransformer Model, ClassificationReport Report) TrainAndTest(IEstimator<ITransformer> trainer)
{
    var pipeline = Prepare().Append(trainer).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
    var model = pipeline.Fit(trainFrame);
    var predicted = model.Transform(testFrame).GetColumn<string>("PredictedSpecies").ToList();
    return (model, ClassificationReport.From(testFrame["species"].Cast<string>().ToList(), predicted));
}

// (Cells 10 to 47 of the lesson are not needed by the exercises: notebooks/04-train-models.cs has them.)

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
var zScores = ml.Transforms.Concatenate("Features", measurements).Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
    .Fit(penguins).Transform(penguins);

(ITransformer Model, ClusterQuality Quality) ClusterPenguins(int k, int seed)
{
    var context = new MLContext(seed: seed);
    var model = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        { NumberOfClusters = k, InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus, NumberOfThreads = 1 }).Fit(zScores);
    return (model, ClusterQuality.Of(model.Transform(zScores), classColumn: "species"));
}

var kMeansRuns = Enumerable.Range(1, 10).Select(seed => (Seed: seed, Run: ClusterPenguins(3, seed))).ToList();
display(kMeansRuns.Select(r => new { seed = r.Seed, inertia = Math.Round(r.Run.Quality.Inertia, 1), purity = Math.Round(r.Run.Quality.Purity!.Value, 3) }).ToDataFrame());

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
var species = penguins["species"].Cast<string>().ToList();
DataFrame SpeciesByCluster(IReadOnlyList<uint> clusterOf) => species.Zip(clusterOf).GroupBy(p => p.Second).OrderBy(g => g.Key)
    .Select(g => new { cluster = (int)g.Key, penguins = g.Count(), Adelie = g.Count(p => p.First == "Adelie"), Chinstrap = g.Count(p => p.First == "Chinstrap"), Gentoo = g.Count(p => p.First == "Gentoo") })
    .ToDataFrame();

var bestRun = kMeansRuns.MinBy(r => r.Run.Quality.Inertia).Run;
var clusters = bestRun.Model.Transform(zScores).GetColumn<uint>("PredictedLabel").ToList();
display(SpeciesByCluster(clusters));

// (Cells 51 to 61 of the lesson are not needed by the exercises: notebooks/04-train-models.cs has them.)

// ### Exercise 04.1 · The baseline to beat
//
// The simplest "model" ignores the measurements and always answers the most common species of the training
// set. Its accuracy is that species' share of the test set, which section 1's table already shows. What is
// its **macro-F1** on the test set, the measure the comparison table gives next to accuracy? (Every real
// model must beat this number to be worth anything, and macro-F1 shows how little a model that never names
// two of the three species has learned.)
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.1 · The baseline to beat");

// ── cell 63 · your answer to exercise 04.1 ─────────────────────────────────────────────────────────────────
double? baselineMacroF1 = null;

// ── cell 64 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BaselineMacroF1.Check(baselineMacroF1));

// ### Exercise 04.2 · The neighbours' vote
//
// The heart of k-NN is the vote. Write a function that takes the species of the *k* nearest neighbours,
// **nearest first**, and returns the winner: the species with the most votes, and in a tie, the tied species
// whose neighbour is nearest. For example `["Chinstrap", "Adelie"]` gives `"Chinstrap"`.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.2 · The neighbours' vote");

// ── cell 66 · your answer to exercise 04.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<string[], string>? neighbourVote = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 67 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.NeighbourVote.Check(neighbourVote));

// ### Exercise 04.3 · A classifier from beaks alone
//
// Lesson 03 showed that beak length and beak depth together separate the three species. Build a
// classification **pipeline**, not fitted, that uses **only** `beak_length_mm` and `beak_depth_mm`, ends with
// a `PredictedSpecies` column as `TrainAndTest`'s pipelines do, and reaches at least **90% accuracy**. The
// checker leaves the test set alone: it cross-validates your pipeline on the training penguins (5 folds, each
// fitted on four fifths and scored on the fifth it did not see), with only the two beak columns.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.3 · A classifier from beaks alone");

// ── cell 69 · your answer to exercise 04.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? beakPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 70 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BeakClassifier.Check(beakPipeline));

// ### Exercise 04.4 · Why the clusters mix two species
//
// A classifier tells Adelie from Chinstrap almost perfectly, yet even the best k-means run puts Adelie
// penguins in with the Chinstraps, and some runs merge the two species. In two or three sentences: why?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.4 · Why the clusters mix two species");

// ── cell 72 · your answer to exercise 04.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyClustersMix = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 73 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.WhyClustersMix.Check(whyClustersMix));

// Your progress so far:

// ── cell 75 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
