// 14 · Attention and a small language model: the exercises
// The exercises of lesson 14 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/14-attention-language-model.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/14-attention-language-model.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson14.Mask.Hint()) for a hint (Hint(2) for the
// next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json, shared
// with the notebook and the lesson's app.
//
// Made from notebooks/14-attention-language-model.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 14
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
// Parquet.Net@6.1.0, TorchSharp-cpu@0.107.0, Microsoft.ML.Tokenizers@3.0.0,
// Microsoft.ML.Tokenizers.Data.Cl100kBase@3.0.0, Microsoft.ML.Tokenizers.Data.O200kBase@3.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package TorchSharp-cpu
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
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using Microsoft.ML.Tokenizers;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Language;
using TorchSharp;
using static TorchSharp.torch;
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

MLCourse.ConsoleDisplay.Heading(1, "14 · Attention and a small language model: the exercises");

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
var book = CourseData.LoadMobyDick();   // the last 5% of the book is kept for the exercises
var vocabulary = CharacterVocabulary.From(book.Train);
var (trainTokens, validationTokens) = (vocabulary.Encode(book.Train), vocabulary.Encode(book.Validation));
Console.WriteLine($"{book.Train.Length:N0} characters to train on, {book.Validation.Length:N0} to validate on; {vocabulary.Size} different characters");
display(book.Train[..240]);

// (Cells 6 to 41 of the lesson are not needed by the exercises: notebooks/14-attention-language-model.cs has
// them.)

// ### Exercise 14.1 · The causal mask
//
// Write the mask of section 2 as a function: given a number of positions n, return an n × n grid of `bool`
// where `mask[i][j]` is `true` when position i may attend to position j. (Section 2's `Masked` used it
// inline; here you write it on its own, as TorchSharp's `is_casual` builds it.) Mind the convention: here
// `true` means *may attend*, as in a boolean `attn_mask` for `scaled_dot_product_attention`; the `future`
// mask in `Block.Weights` is the opposite, `true` where `masked_fill` blocks.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 14.1 · The causal mask");

// ── cell 43 · your answer to exercise 14.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<int, bool[][]>? causalMask = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson14.Mask.Check(causalMask));

// ### Exercise 14.2 · Nats, bits and perplexity
//
// TorchSharp's `cross_entropy`, like PyTorch's, gives its loss in **nats** per character (natural logarithm).
// Write a function that converts such a loss into **bits per character** and into **perplexity**. Then try it
// on the GPT's validation loss: in the lesson, `gptNats` holds it (the exercises app does not train the GPT;
// there, try `Math.Log(89)`, the uniform guess, whose bits section 1 printed), and compare with section 3's
// table.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 14.2 · Nats, bits and perplexity");

// ── cell 46 · your answer to exercise 14.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double, (double Bits, double Perplexity)>? fromNats = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson14.LossUnits.Check(fromNats));

// ### Exercise 14.3 · The size of a block
//
// GPT-2 small has the lesson's block layout with embeddings of width **d = 768** (12 heads of 64). How many
// weights and biases does **one** of its blocks have? Work it out from the layers, not from a formula you
// remember.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 14.3 · The size of a block");

// ── cell 49 · your answer to exercise 14.3 ─────────────────────────────────────────────────────────────────
double? blockParameters = null;

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson14.BlockSize.Check(blockParameters));

// ### Exercise 14.4 · Your own smoothing, on hidden text
//
// Section 3's best counting model is the helper library's `InterpolatedNGrams` (Witten-Bell interpolation),
// with its order, 5, chosen on the validation text. Write a smoothing of your own that beats it on the **last
// 5% of the book**, which the lesson never read. Add-one smoothing spreads its extra count evenly over all 89
// characters; spread it instead the way the context one character shorter predicts, starting from the add-one
// unigram:
//
// `P(c | context) = (count(context, c) + β · P(c | the context without its first character)) /
// (count(context) + β)`
//
// How many characters of context, and how large β? That is your decision, and you make it **on the validation
// text**: `Lesson14.BitsPerCharacter(nextCharacter, book.Validation)` measures your model there exactly as
// the checker measures it on the hidden text, and the figure to beat there is the 5-gram's (section 3 printed
// it; the checker also says what it gets when measured this way). Your answer is a function: given the 16
// characters before a position (`Lesson14.ContextLength`), it returns the probability of every character of
// `vocabulary`, in the vocabulary's order (a `double[]` of 89 values that add up to 1). The check passes when
// your model needs fewer bits per character on the hidden text than the lesson's 5-gram, measured the same
// way. When it does not, the check does not say by how much, so that the hidden text stays a test and is not
// tuned on; it compares the two on the validation text instead. `InterpolatedNGrams` itself is not an answer:
// the checker recognises its probabilities. Count the training text only (`book.Train`): a model that does
// better on the hidden text than the lesson's 5-gram does on the very text it counted has read the end of the
// book, and the checker says so.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 14.4 · Your own smoothing, on hidden text");

// ── cell 52 · your answer to exercise 14.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<string, double[]>? nextCharacter = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson14.HiddenText.Check(nextCharacter));

// Your progress so far:

// ── cell 55 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
