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

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var rawEmails = CourseData.LoadRawEmails();
display(rawEmails.GroupBy(r => r.Group).Select(g => new { group = g.Key, messages = g.Count(), bytes = g.Sum(r => r.Bytes.Length) }).ToDataFrame());

// (Cells 8 to 18 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
var messages = CourseData.LoadSpamAssassin();
var rowOf = Enumerable.Range(0, (int)messages.Rows.Count).ToDictionary(i => (string)messages["id"][i]);
var sampleMatches = rawEmails.Count(r => EmailText.Parse(r.Bytes) is var e && e.Body == (string)messages["body"][rowOf[r.Id]] && e.Subject == (string)messages["subject"][rowOf[r.Id]]);
display($"{sampleMatches} of {rawEmails.Count} raw messages parse to exactly their row of the table");
display(messages.Columns.Select(c => c.Name).ToArray());

// (Cells 20 to 31 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var (train, test) = StratifiedSplit.Split(messages, "group", testFraction: 0.2, seed: 1);
display($"{train.Rows.Count} training and {test.Rows.Count} test messages; spam share {train["is_spam"].Cast<bool?>().Count(s => s == true) / (double)train.Rows.Count:0.000} and {test["is_spam"].Cast<bool?>().Count(s => s == true) / (double)test.Rows.Count:0.000}");

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
var featurizer = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").Fit(train);
var trainFeatures = ml.Data.Cache(featurizer.Transform(train));
var featureCount = ((VectorDataViewType)trainFeatures.Schema["Features"].Type).Size;
display($"{featureCount:N0} features (word unigrams and bigrams, character trigrams) from {train.Rows.Count:N0} messages");

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
LbfgsLogisticRegressionBinaryTrainer Logistic() => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
    { LabelColumnName = "is_spam", L1Regularization = 0, L2Regularization = 0.01f, OptimizationTolerance = 1e-4f, NumberOfThreads = 1 });

var logistic = Logistic().Fit(trainFeatures);
var perceptron = ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: "is_spam", numberOfIterations: 30).Fit(trainFeatures);

// The test messages' features, computed once (featurizer.Append(logistic) is the whole filter, from text to verdict).
var testFeatures = ml.Data.Cache(featurizer.Transform(test));
BinaryClassificationMetrics Evaluate(ITransformer model, IDataView data) => ml.BinaryClassification.EvaluateNonCalibrated(model.Transform(data), labelColumnName: "is_spam");
var logisticMetrics = Evaluate(logistic, testFeatures);
var perceptronMetrics = Evaluate(perceptron, testFeatures);
display(new[] { ("logistic regression", logisticMetrics), ("averaged perceptron", perceptronMetrics) }
    .Select(m => new { model = m.Item1, accuracy = Math.Round(m.Item2.Accuracy, 4), precision = Math.Round(m.Item2.PositivePrecision, 3), recall = Math.Round(m.Item2.PositiveRecall, 3), F1 = Math.Round(m.Item2.F1Score, 3), AUC = Math.Round(m.Item2.AreaUnderRocCurve, 4) })
    .ToDataFrame());

// ── cell 38 ────────────────────────────────────────────────────────────────────────────────────────────────
var testScored = logistic.Transform(testFeatures);
var testIsSpam = test["is_spam"].Cast<bool?>().Select(s => s!.Value).ToList();
var testScores = testScored.GetColumn<float>("Score").ToList();
string Label(bool isSpam) => isSpam ? "spam" : "ham";
var testReport = ClassificationReport.From(testIsSpam.Select(Label).ToList(), testScored.GetColumn<bool>("PredictedLabel").Select(Label).ToList());
display(testReport.PlotConfusionMatrix("Logistic regression on the test messages: actual against predicted"));

// (Cells 39 to 41 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
var wholeFilter = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").AppendCacheCheckpoint(ml).Append(Logistic());
var cvFolds = ml.BinaryClassification.CrossValidate(train, wholeFilter, numberOfFolds: 5, labelColumnName: "is_spam", seed: 1)
    .Select(fold => fold.ScoredHoldOutSet.GetColumn<bool>("is_spam").Zip(fold.ScoredHoldOutSet.GetColumn<float>("Score"), (isSpam, score) => (IsSpam: isSpam, Score: score)).ToList()).ToList();

// The threshold that flags (score above it) at most a share `budget` of a fold's ham: the score of the ham message just below the allowance.
float FoldThreshold(List<(bool IsSpam, float Score)> fold, double budget)
{
    var hamScores = fold.Where(m => !m.IsSpam).Select(m => m.Score).OrderDescending().ToList();
    return hamScores[(int)Math.Floor(budget * hamScores.Count)];
}
const double Budget = 1.0 / 200;
display(cvFolds.Select((fold, i) => new { fold = i + 1, ham = fold.Count(m => !m.IsSpam), allowedFlags = (int)Math.Floor(Budget * fold.Count(m => !m.IsSpam)),
    threshold = Math.Round(FoldThreshold(fold, Budget), 2), spamCaught = Math.Round(fold.Where(m => m.IsSpam).Count(m => m.Score > FoldThreshold(fold, Budget)) / (double)fold.Count(m => m.IsSpam), 3) }).ToDataFrame());

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
var threshold = cvFolds.Max(fold => FoldThreshold(fold, Budget));
var cautious = ml.BinaryClassification.ChangeModelThreshold(logistic, threshold);
var cautiousFilter = featurizer.Append(cautious);   // the filter an application would deploy, from text to verdict
var cautiousFlags = cautious.Transform(testFeatures).GetColumn<bool>("PredictedLabel").ToList();
int Flagged(IReadOnlyList<bool> flags, bool isSpam) => flags.Zip(testIsSpam).Count(p => p.First && p.Second == isSpam);
var testHam = testIsSpam.Count(s => !s);
var testSpam = testIsSpam.Count(s => s);
var falsePositiveRate = Flagged(cautiousFlags, false) / (double)testHam;
var cautiousRecall = Flagged(cautiousFlags, true) / (double)testSpam;
var defaultFlags = testScored.GetColumn<bool>("PredictedLabel").ToList();
display(new[]
{
    new { threshold = "0 (the default)", realEmailsFlagged = $"{Flagged(defaultFlags, false)} of {testHam}", falsePositiveRate = Math.Round(Flagged(defaultFlags, false) / (double)testHam, 4), spamCaught = Math.Round(Flagged(defaultFlags, true) / (double)testSpam, 3) },
    new { threshold = $"{threshold:0.00} (for 1 in 200)", realEmailsFlagged = $"{Flagged(cautiousFlags, false)} of {testHam}", falsePositiveRate = Math.Round(falsePositiveRate, 4), spamCaught = Math.Round(cautiousRecall, 3) },
}.ToDataFrame());

// (Cells 45 to 63 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ── cell 64 ────────────────────────────────────────────────────────────────────────────────────────────────
// The header lines without the Subject: line (that belongs to the message), their words (whole tokens between spaces,
// so they stay readable), the cache, then the same logistic regression. HeaderLines.Removing drops lines by field name.
var headerWords = new TextFeaturizingEstimator.Options { CharFeatureExtractor = null, WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 } };
var headersOnly = HeaderLines.Removing(ml, "kept_headers", "headers", "Subject")
    .Append(ml.Transforms.Text.FeaturizeText("Features", headerWords, "kept_headers"))
    .AppendCacheCheckpoint(ml)
    .Append(Logistic());
var headerFilter = headersOnly.Fit(train);
var headerMetrics = Evaluate(headerFilter, test);
var headerFlags = headerFilter.Transform(test).GetColumn<bool>("PredictedLabel").ToList();
display($"Test messages only the text model gets right: {Enumerable.Range(0, testHam + testSpam).Count(i => defaultFlags[i] == testIsSpam[i] && headerFlags[i] != testIsSpam[i])}; only the header model: {Enumerable.Range(0, testHam + testSpam).Count(i => headerFlags[i] == testIsSpam[i] && defaultFlags[i] != testIsSpam[i])}");
display(new[] { ("subject and body", logisticMetrics), ("headers only", headerMetrics) }
    .Select(m => new { reads = m.Item1, accuracy = Math.Round(m.Item2.Accuracy, 4), F1 = Math.Round(m.Item2.F1Score, 3), AUC = Math.Round(m.Item2.AreaUnderRocCurve, 4) }).ToDataFrame());

// (Cells 65 to 80 of the lesson are not needed by the exercises: notebooks/10-text-classification.cs has
// them.)

// ### Exercise 10.1 · A TF-IDF weight by hand
//
// A fourth message, "free cash now", joins the three of section 2. What is the TF-IDF weight of *cash* in
// message 2, "cash prize win win", now? Use ML.NET's IDF, ln(N / df), and give the weight before
// normalization, to two decimals or more.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 10.1 · A TF-IDF weight by hand");

// ── cell 82 · your answer to exercise 10.1 ─────────────────────────────────────────────────────────────────
double? cashWeight = null;

// ── cell 83 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.TfIdfWeight.Check(cashWeight));

// ### Exercise 10.2 · A threshold for stated prices
//
// Section 3 chose a threshold for a *budget* (at most 1 in 200 real e-mails flagged). Your users state
// *prices* instead: **a real e-mail lost in the spam folder costs as much as 20 spam in the inbox**. Total
// cost = 20 × (real e-mails flagged) + 1 × (spam missed). Choose the threshold with the lowest total cost on
// the cross-validated scores of section 3 (`cvFolds`, never the test set), pooling the five folds so that
// every training message counts once, and build the whole filter, from text to verdict, as section 3 built
// `cautiousFilter`: the featurizer, then `ChangeModelThreshold` on the model. The out-of-fold scores come
// from the five fold models, while your threshold is applied to `logistic`, the model refitted on all the
// training data. The checker reads your filter's threshold: its out-of-fold cost must equal the lowest (any
// threshold that ties with it passes). Then it runs the filter on the hidden messages, where its cost must be
// at most 6 per 100 messages.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 10.2 · A threshold for stated prices");

// ── cell 85 · your answer to exercise 10.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
ITransformer? costFilter = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 86 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.CostFilter.Check(costFilter));

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

// ── cell 88 · your answer to exercise 10.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? untracedHeaders = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 89 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson10.UntracedHeaders.Check(untracedHeaders));

// Your progress so far:

// ── cell 91 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
