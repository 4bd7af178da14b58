// 08 · Explainable AI: the exercises
// The exercises of lesson 08 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/08-explainable-ai.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/08-explainable-ai.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson08.EngineImportance.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/08-explainable-ai.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 08
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
using Microsoft.ML.Trainers.FastTree;
using MLCourse;
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

MLCourse.ConsoleDisplay.Heading(1, "08 · Explainable AI: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
var preparation = ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
    .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score, as in lesson 05
    .Fit(carSplit.TrainSet);
var trees = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 })
    .Fit(preparation.Transform(carSplit.TrainSet));
var model = preparation.Append(trees);
display($"test MAE {ml.Regression.Evaluate(model.Transform(carSplit.TestSet), "Miles_per_Gallon").MeanAbsoluteError:0.00} MPG");

// (Cells 5 to 16 of the lesson are not needed by the exercises: notebooks/08-explainable-ai.cs has them.)

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var penguins = CourseData.LoadCleanPenguins();
var (trainPenguins, testPenguins) = StratifiedSplit.Split(penguins, "species", testFraction: 0.2, seed: 1);
var bandedTrain = ShortcutFeature.AddBand(trainPenguins, "species", agreement: 0.85, seed: 1);   // 0.85 + 0.15 / 3 = 90% of bands match
var bandedTest = ShortcutFeature.AddBand(testPenguins, "species", agreement: 0.85, seed: 2);     // collected the same way
var nextSeason = ShortcutFeature.AddBand(testPenguins, "species", agreement: 0, seed: 3);        // bands at random

IEstimator<ITransformer> PreparePenguins(params string[] features) =>
    ml.Transforms.Conversion.MapValueToKey("Label", "species")
      .Append(ml.Transforms.Categorical.OneHotEncoding("band", "band_colour"))
      .Append(ml.Transforms.Concatenate("Features", features))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));   // a real z-score: centred, then scaled
var logistic = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f);
IEstimator<ITransformer> PenguinClassifier(params string[] features) =>
    PreparePenguins(features).Append(logistic).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));

double Accuracy(ITransformer classifier, DataFrame data) => ClassificationReport.From(classifier.Transform(data), "species", "PredictedSpecies").Accuracy;

var withBand = PenguinClassifier("flipper_length_mm", "body_mass_g", "band").Fit(bandedTrain);
var withoutBand = PenguinClassifier("flipper_length_mm", "body_mass_g").Fit(bandedTrain);
var shortcut = new[]
{
    new { model = "measurements + band", testAccuracy = Math.Round(Accuracy(withBand, bandedTest), 3), nextSeasonAccuracy = Math.Round(Accuracy(withBand, nextSeason), 3) },
    new { model = "measurements only", testAccuracy = Math.Round(Accuracy(withoutBand, bandedTest), 3), nextSeasonAccuracy = Math.Round(Accuracy(withoutBand, nextSeason), 3) },
}.ToDataFrame();
display(shortcut);

// (Cells 18 to 24 of the lesson are not needed by the exercises: notebooks/08-explainable-ai.cs has them.)

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
var testCarFrame = carSplit.TestSet.ToDataFrame(-1);   // -1: all the rows (the default is only the first 100)
double TestMae(DataFrame cars) => ml.Regression.Evaluate(model.Transform(cars), "Miles_per_Gallon").MeanAbsoluteError;
display($"{testCarFrame.Rows.Count} test cars, MAE {TestMae(testCarFrame):0.000} MPG");

// How much does the MAE grow when the four are shuffled together? Compare it with their importances one at a
// time, in section 1.

// ── cell 27 · your answer to exercise 08.1 ─────────────────────────────────────────────────────────────────
double? engineImportance = null;

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.EngineImportance.Check(engineImportance));

// ### Exercise 08.2 · A model for next season
//
// Build a penguin classifier for next season: it must not lean on the band colour, and it must still tell the
// species apart, with at least **90% accuracy** when the bands are random. Flipper length and body mass alone
// are not enough (section 4's table shows what they reach next season). Which measurements carry the
// information the band was standing in for?
//
// Hand over the **pipeline** (an estimator, not fitted), built like `PenguinClassifier`'s so that it outputs
// `PredictedSpecies`. The checker never uses the test penguins: five times, it holds out a fifth of
// `bandedTrain`, fits your pipeline on the rest, gives the held-out penguins random bands, and averages the
// accuracy. A model whose predictions change when only the bands change is turned down.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 08.2 · A model for next season");

// ── cell 30 · your answer to exercise 08.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? robustPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.RobustModel.Check(robustPipeline));

// ### Exercise 08.3 · What the explanation could not say
//
// Permutation importance showed the banded model relies on band colour. In two or three sentences: why could
// the explanation alone not tell you that this is a problem, and what did?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 08.3 · What the explanation could not say");

// ── cell 33 · your answer to exercise 08.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyNotEnough = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.WhyNotEnough.Check(whyNotEnough));

// Your progress so far:

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
