// 07 · Models on the edge: the exercises
// The exercises of lesson 07 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/07-edge-deployment.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/07-edge-deployment.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson07.P99.Hint()) for a hint (Hint(2) for the next,
// and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json, shared with
// the notebook and the lesson's app.
//
// Made from notebooks/07-edge-deployment.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 07
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
// Parquet.Net@6.1.0, Microsoft.ML.FastTree@6.0.0, Microsoft.ML.OnnxConverter@0.24.0,
// Microsoft.ML.OnnxRuntime@1.32.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package Microsoft.ML.FastTree
#:package Microsoft.ML.OnnxConverter
#:package Microsoft.ML.OnnxRuntime
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
using MLCourse.Deployment;
using System.IO;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
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

MLCourse.ConsoleDisplay.Heading(1, "07 · Models on the edge: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
var modelData = new DataFrame(carFeatures.Append("Origin").Append("Miles_per_Gallon").Select(name => known[name]));
var carSplit = ml.Data.TrainTestSplit(modelData, testFraction: 0.2, seed: 1);

var pipeline = ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
    .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score: the means and spreads travel with the model
    .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 }));
var model = pipeline.Fit(carSplit.TrainSet);
var mlnetScores = model.Transform(carSplit.TestSet).GetColumn<float>("Score").ToArray();
display($"trained; test MAE {ml.Regression.Evaluate(model.Transform(carSplit.TestSet), "Miles_per_Gallon").MeanAbsoluteError:0.00} MPG on {mlnetScores.Length} test cars");

// (Cells 7 to 17 of the lesson are not needed by the exercises: notebooks/07-edge-deployment.cs has them.)

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: WeightOnly and WeightSquared (at the end of the file).
var steps = new (string Step, IEstimator<ITransformer> Estimator)[]
{
    ("NormalizeMeanVariance, NormalizeMinMax", ml.Transforms.NormalizeMeanVariance("Weight_in_lbs", fixZero: false).Append(ml.Transforms.NormalizeMinMax("Horsepower", fixZero: false))),
    ("OneHotEncoding, Concatenate", ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin").Append(ml.Transforms.Concatenate("Features", "Weight_in_lbs", "OriginVector"))),
    ("ReplaceMissingValues", ml.Transforms.ReplaceMissingValues("Horsepower")),
    ("linear regression (SDCA)", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.Sdca("Miles_per_Gallon"))),
    ("random forest (FastForest)", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.FastForest("Miles_per_Gallon"))),
    ("k-means clustering", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Clustering.Trainers.KMeans(numberOfClusters: 3))),
    ("Expression (lesson 05's squares)", ml.Transforms.Expression("weight_squared", "w => w * w", "Weight_in_lbs")),
    ("CustomMapping (any C# code)", ml.Transforms.CustomMapping<WeightOnly, WeightSquared>((input, output) => output.weight_squared = input.Weight_in_lbs * input.Weight_in_lbs, null)),
    ("FeaturizeText (text to numbers)", ml.Transforms.Text.FeaturizeText("OriginText", "Origin")),
};
string TryExport(IEstimator<ITransformer> estimator)
{
    try
    {
        using var stream = new MemoryStream();
        ml.Model.ConvertToOnnx(estimator.Fit(carSplit.TrainSet), carSplit.TrainSet, stream);
        return "exports";
    }
    catch (Exception e)
    {
        return $"fails ({e.GetType().Name})";
    }
}
var exportable = steps.Select(s => new { step = s.Step, onnx = TryExport(s.Estimator) }).ToDataFrame();
display(exportable);

// (Cells 19 to 22 of the lesson are not needed by the exercises: notebooks/07-edge-deployment.cs has them.)

// ### Exercise 07.1 · The 99th percentile, by hand
//
// Write the percentile `Latency` uses, for p = 99: sort the values, and return the smallest value that has at
// least 99% of the values at or below it (the *nearest-rank* percentile). For 100 values that is the 99th
// smallest; for 3 values, the largest.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.1 · The 99th percentile, by hand");

// ── cell 24 · your answer to exercise 07.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[], double>? p99 = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.P99.Check(p99));

// ### Exercise 07.2 · Which steps block the export?
//
// A colleague wants to try these five steps in the fuel-economy pipeline, and the model must ship as ONNX:
//
// | step | the estimator |
// |---|---|
// | `NormalizeRobustScaling` | `ml.Transforms.NormalizeRobustScaling("Horsepower")` |
// | `NormalizeLogMeanVariance` | `ml.Transforms.NormalizeLogMeanVariance("Weight_in_lbs")` |
// | `NormalizeBinning` | `ml.Transforms.NormalizeBinning("Displacement")` |
// | `FastTreeTweedie` | `ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.FastTreeTweedie("Miles_per_Gallon"))` |
// | `Gam` | `ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.Gam("Miles_per_Gallon"))` |
//
// Which of them cannot be exported? Do not guess from the names: try them, as section 5 does. Answer with the
// names of the steps that fail, in the order of the table.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.2 · Which steps block the export?");

// ── cell 27 · your answer to exercise 07.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEnumerable<string>? blockedSteps = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.BlockedSteps.Check(blockedSteps));

// ### Exercise 07.3 · Why p99?
//
// Your fuel-economy API has a median latency of 50 µs but a p99 of 5 ms. A colleague says only the median
// matters. In two or three sentences: why watch the p99 too?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.3 · Why p99?");

// ── cell 30 · your answer to exercise 07.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyP99 = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.WhyP99.Check(whyP99));

// Your progress so far:

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 18 · its types ────────────────────────────────────────────────────────────────────────────────────
public class WeightOnly { public float Weight_in_lbs { get; set; } }

public class WeightSquared { public float weight_squared { get; set; } }
