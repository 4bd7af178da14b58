// 05 · Evaluate and optimize: the exercises
// The exercises of lesson 05 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/05-evaluate-optimize.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/05-evaluate-optimize.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson05.BaselineMaeOfMean.Hint()) for a hint
// (Hint(2), Hint(3) for the next) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/05-evaluate-optimize.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 05
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

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// (Cells 4 to 44 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ### Exercise 05.1 · The error of always predicting the mean
//
// Before celebrating an MAE of 2 MPG, know what *no* model scores. Predict every test car's fuel economy as
// the mean MPG of the training cars (`trainCars`): what is the MAE of that on the test cars
// (`carSplit.TestSet`)?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.1 · The error of always predicting the mean");

// ── cell 46 · your answer to exercise 05.1 ─────────────────────────────────────────────────────────────────
double? baselineMae = null;

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.BaselineMaeOfMean.Check(baselineMae));

// ### Exercise 05.2 · Recall, by hand
//
// Write recall as a function: it takes pairs of (actual, predicted) yes/no answers and returns the share of
// the actual yeses that were predicted yes. When there are no actual yeses, return 0 (as scikit-learn does).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.2 · Recall, by hand");

// ── cell 49 · your answer to exercise 05.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<IReadOnlyList<(bool Actual, bool Predicted)>, double>? recall = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.Recall.Check(recall));

// ### Exercise 05.3 · A better linear model, features inside the pipeline
//
// Section 7 added squared features to a *copy* of the data. A deployed model gets new cars with their
// original columns only, so features belong **inside** the pipeline. Build a **linear** regression pipeline,
// not fitted, that computes its own extra features and reaches a cross-validated MAE of at most **2.35 MPG**.
// The checker leaves the test cars alone: it cross-validates your pipeline on the training cars, with their
// original columns only (5 folds).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.3 · A better linear model, features inside the pipeline");

// ── cell 52 · your answer to exercise 05.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? engineeredLinear = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.EngineeredLinear.Check(engineeredLinear));

// ### Exercise 05.4 · Why the best of 200 flatters
//
// A colleague tries 200 hyperparameter settings, scores each on the test set and reports the best score as
// what the model will achieve. In two or three sentences: why is that number too optimistic, and what should
// they do instead?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.4 · Why the best of 200 flatters");

// ── cell 55 · your answer to exercise 05.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyBestIsOptimistic = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.WhyBestIsOptimistic.Check(whyBestIsOptimistic));

// Your progress so far:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
