// 06 · AutoML: let a search do the tuning: the exercises
// The exercises of lesson 06 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/06-automl.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/06-automl.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson06.TrialsRun.Hint()) for a hint (Hint(2) for the
// next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json, shared
// with the notebook and the lesson's app.
//
// Made from notebooks/06-automl.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 06
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

MLCourse.ConsoleDisplay.Heading(1, "06 · AutoML: let a search do the tuning: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);
var trainCars = carSplit.TrainSet;

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
IEstimator<ITransformer> PrepareCars(string[] features) =>
    ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
      .Append(ml.Transforms.Concatenate("Features", features.Append("OriginVector").ToArray()))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));   // a real z-score, as in lesson 05

CrossValidationSummary CrossValidateCars(IEstimator<ITransformer> pipeline) =>
    CrossValidationSummary.Of(ml.Regression.CrossValidate(trainCars, pipeline, numberOfFolds: 5, labelColumnName: "Miles_per_Gallon", seed: 1)
        .Select(fold => fold.Metrics.MeanAbsoluteError));
display($"{known.Rows.Count} cars; the search sees only the training part");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];
double LogUniform(Random random, double low, double high)
{
    var value = Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
    return Math.Round(value, 2 - (int)Math.Floor(Math.Log10(value)));   // three significant digits, easier to read
}

var squares = ml.Transforms.Expression("weight_squared", "w => w * w / 1000000", "Weight_in_lbs")
    .Append(ml.Transforms.Expression("horsepower_squared", "h => h * h / 10000", "Horsepower"))
    .Append(ml.Transforms.Expression("year_squared", "y => (y - 1976) * (y - 1976)", "model_year"));
string[] squaredFeatures = carFeatures.Concat(new[] { "weight_squared", "horsepower_squared", "year_squared" }).ToArray();

var candidates = new[]
{
    SearchCandidate.Of("boosted trees (FastTree)",
        r => new { leaves = Pick(r, 4, 8, 16, 32), learningRate = LogUniform(r, 0.02, 0.3), trees = Pick(r, 100, 200, 400), minimumPerLeaf = Pick(r, 2, 5, 10, 20) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = s.leaves, LearningRate = s.learningRate, NumberOfTrees = s.trees, MinimumExampleCountPerLeaf = s.minimumPerLeaf, NumberOfThreads = 1 }))),
    SearchCandidate.Of("random forest (FastForest)",
        r => new { trees = Pick(r, 100, 200, 400), leaves = Pick(r, 8, 16, 32, 64), minimumPerLeaf = Pick(r, 1, 2, 5, 10) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfTrees = s.trees, NumberOfLeaves = s.leaves, MinimumExampleCountPerLeaf = s.minimumPerLeaf, NumberOfThreads = 1 }))),
    SearchCandidate.Of("linear regression (SDCA)",
        r => new { squaredFeatures = Pick(r, true, false), l2 = LogUniform(r, 1e-5, 1) },
        s => (s.squaredFeatures ? squares.Append(PrepareCars(squaredFeatures)) : PrepareCars(carFeatures)).Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1, MaximumNumberOfIterations = 1000, L2Regularization = (float)s.l2, L1Regularization = 0, ConvergenceTolerance = 1e-6f }))),
    SearchCandidate.Of("Poisson regression (L-BFGS)",
        r => new { l2 = LogUniform(r, 1e-4, 1) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.LbfgsPoissonRegression(labelColumnName: "Miles_per_Gallon", l2Regularization: (float)s.l2))),
};
display($"{candidates.Length} model families in the search space");

// (Cells 8 to 25 of the lesson are not needed by the exercises: notebooks/06-automl.cs has them.)

// ### Exercise 06.1 · When does early stopping stop?
//
// Write the early-stopping rule as a function. It gets the scores of the trials in the order they ran (lower
// is better) and returns how many trials run before the search stops, with a patience of **3**: the search
// stops right after the third trial in a row that does not beat the best score so far (an equal score is no
// improvement). If that never happens, all the trials run. For example `[5, 6, 7, 8, 1]` gives 4.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.1 · When does early stopping stop?");

// ── cell 27 · your answer to exercise 06.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[], int>? trialsRun = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.TrialsRun.Check(trialsRun));

// ### Exercise 06.2 · Search the columns too
//
// The app of lesson 07 has to send all seven inputs for every car. A leaner model would ask for fewer. Find a
// pipeline that needs **at most three** of the car's columns and still has a cross-validated MAE of **at most
// 2.45 MPG** (the search above used all seven). Which three? Lesson 03's correlations are one guide, but they
// can mislead: let a search decide. A candidate's settings can choose the columns as well as the
// hyperparameters, for instance `columns = Pick(r, "Weight_in_lbs+Horsepower+Displacement", …)`, and
// `AutoSearch.Run` does the rest, as in section 3.
//
// Hand over the best **pipeline** (an estimator, not fitted). The checker fits it, counts the columns it
// needs (a column counts as soon as the pipeline reads it), and cross-validates it on the training cars with
// folds of its own, different from the search's: it never looks at the test cars.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.2 · Search the columns too");

// ── cell 30 · your answer to exercise 06.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? leanPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.LeanPipeline.Check(leanPipeline));

// ### Exercise 06.3 · What AutoML cannot do for you
//
// AutoML found a good model in under a minute. Name at least two decisions in this course's lessons that it
// could not have made for you, and why.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.3 · What AutoML cannot do for you");

// ── cell 33 · your answer to exercise 06.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whatAutoMlCannotDo = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.WhatAutoMlCannotDo.Check(whatAutoMlCannotDo));

// Your progress so far:

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
