// 10 · Text classification: a spam filter from raw e-mail: the exercises
// The exercises of lesson 10 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/10-text-classification.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/10-text-classification.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson10.TfIdfWeight.Hint()) for a hint (Hint(2) for
// the next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json,
// shared with the notebook and the lesson's app.
//
// Made from notebooks/10-text-classification.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 10
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
// Parquet.Net@6.1.0, MimeKit@4.18.2, HtmlAgilityPack@1.13.0, Microsoft.ML.Tokenizers@3.0.0,
// Microsoft.ML.Tokenizers.Data.Cl100kBase@3.0.0, Microsoft.ML.Tokenizers.Data.O200kBase@3.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package MimeKit
#:package HtmlAgilityPack
#:package Microsoft.ML.Tokenizers
#:package Microsoft.ML.Tokenizers.Data.Cl100kBase
#:package Microsoft.ML.Tokenizers.Data.O200kBase
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.IO;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Tokenizers;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using MimeKit;
using MLCourse;
using MLCourse.Data;
using MLCourse.Evaluation;
using MLCourse.Text;
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

MLCourse.ConsoleDisplay.Heading(1, "10 · Text classification: a spam filter from raw e-mail: the exercises");

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
var lessonClock = System.Diagnostics.Stopwatch.StartNew();
var ml = new MLContext(seed: 1);

// (Cells 6 to 35 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
// The classifier of this lesson, as a function so that every pipeline below gets a fresh trainer with the same settings.
LbfgsLogisticRegressionBinaryTrainer Logistic() => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
    { LabelColumnName = "is_spam", L1Regularization = 0, L2Regularization = 0.01f, OptimizationTolerance = 1e-4f, NumberOfThreads = 1 });

// (Cells 37 to 64 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 65 ────────────────────────────────────────────────────────────────────────────────────────────────
// The header lines without the Subject: line (that belongs to the message), their words (whole tokens between spaces,
// so they stay readable), the cache, then the same logistic regression. HeaderLines.Removing drops lines by field name.
var headerWords = new TextFeaturizingEstimator.Options { CharFeatureExtractor = null, WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 } };
var headersOnly = HeaderLines.Removing(ml, "kept_headers", "headers", "Subject")
    .Append(ml.Transforms.Text.FeaturizeText("Features", headerWords, "kept_headers"))
    .AppendCacheCheckpoint(ml)
    .Append(Logistic());

// (Cells 66 to 82 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ### Exercise 10.1 · A TF-IDF weight by hand
//
// A fourth message, "free cash now", joins the three of section 2. What is the TF-IDF weight of *cash* in
// message 2, "cash prize win win", now? Use ML.NET's IDF, ln(N / df), and give the weight before
// normalization, to two decimals or more.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 10.1 · A TF-IDF weight by hand");

// ── cell 84 · your answer to exercise 10.1 ─────────────────────────────────────────────────────────────────
double? cashWeight = null;

// ── cell 85 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.TfIdfWeight.Check(cashWeight));

// ### Exercise 10.2 · A threshold for stated prices
//
// Section 3 chose a threshold for a *budget* (at most 1 in 200 real e-mails flagged). Your users state
// *prices* instead: **a real e-mail lost in the spam folder costs as much as 20 spam in the inbox**. Total
// cost = 20 × (real e-mails flagged) + 1 × (spam missed), where a threshold *t* flags every message whose
// score is above *t*, as `ChangeModelThreshold` does. Write the rule as a function: given scored messages,
// each an `(IsSpam, Score)` pair, it returns the threshold with the lowest total cost on them (any threshold
// that ties with the cheapest will do). The checker hands your rule section 3's cross-validated scores, the
// five folds of `cvFolds` pooled so that every training message counts once (never the test set), and checks
// that it picks a cheapest threshold there and on a few short lists of other scores. Then it sets that
// threshold on section 3's filter (`featurizer` then `logistic`, refitted on all the training data, as
// `cautiousFilter` was built) and runs it on the hidden messages, where the cost must be at most 6 per 100
// messages. In the notebook, `cheapestThreshold(cvFolds.SelectMany(fold => fold).ToList())` shows the
// threshold your rule picks.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 10.2 · A threshold for stated prices");

// ── cell 87 · your answer to exercise 10.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<IReadOnlyList<(bool IsSpam, float Score)>, float>? cheapestThreshold = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 88 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.CostRule.Check(cheapestThreshold));

// ### Exercise 10.3 · Headers without the collection's traces
//
// Section 5's header model learned how the corpus was collected. Build a pipeline that reads the **headers
// only**, without the lines that record how and when each message was collected, and that keeps at least
// **85% accuracy on the second collection**. `HeaderLines.Removing(ml, "kept_headers", "headers", "Subject",
// …)` removes header lines by field name (section 5 removed only `Subject`): which other lines carry the
// collector's traces, of where *and of when*? Hand the pipeline over **unfitted**: the checker fits it on the
// first collection, giving it only the `headers` and `is_spam` columns (no subject, no body, and no `id` or
// `group`, which name each message's pile and so the label), and scores it on the hidden messages of the
// second collection (about half of them spam, so accuracy is fair there), where section 5's header model
// falls far below the bar.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 10.3 · Headers without the collection's traces");

// ── cell 90 · your answer to exercise 10.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? untracedHeaders = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 91 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.UntracedHeaders.Check(untracedHeaders));

// Your progress so far:

// ── cell 93 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
