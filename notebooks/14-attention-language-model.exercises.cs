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

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var unigram = CharacterNGrams.Fit(trainTokens, vocabulary.Size, order: 1);
var bigram = CharacterNGrams.Fit(trainTokens, vocabulary.Size, order: 2);
var (uniformBits, unigramBits, bigramBits) = (Math.Log2(vocabulary.Size), unigram.BitsPerCharacter(validationTokens), bigram.BitsPerCharacter(validationTokens));
Console.WriteLine($"on the validation text: uniform guess {uniformBits:0.000}, unigram {unigramBits:0.000}, bigram {bigramBits:0.000} bits per character");

// The bigram's loss a second way, straight from the text: pairs of characters counted in a dictionary.
var pairCounts = book.Train.Zip(book.Train.Skip(1)).CountBy(pair => pair).ToDictionary();
var precedingCounts = book.Train[..^1].CountBy(c => c).ToDictionary();
var bigramByHand = book.Validation.Zip(book.Validation.Skip(1))
    .Average(pair => -Math.Log2((pairCounts.GetValueOrDefault(pair) + 1.0) / (precedingCounts.GetValueOrDefault(pair.First) + vocabulary.Size)));
Console.WriteLine($"bigram, counted in a dictionary: {bigramByHand:0.000} bits per character (difference {Math.Abs(bigramByHand - bigramBits):0.0e+0})");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var sampleRandom = new Random(14);
string OneLine(string text) => text.Replace("\n", " ⏎ ");
Console.WriteLine($"unigram: {OneLine(vocabulary.Decode(unigram.Sample([], 160, sampleRandom)))}");
Console.WriteLine($"bigram:  The{OneLine(vocabulary.Decode(bigram.Sample(vocabulary.Encode("The"), 160, sampleRandom)))}");

// (Cells 10 to 12 of the lesson are not needed by the exercises: notebooks/14-attention-language-model.cs has
// them.)

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var numbers = new Random(3);
double[][] RandomMatrix(int rows, int columns) =>
    Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns).Select(_ => Math.Round(2 * numbers.NextDouble() - 1, 2)).ToArray()).ToArray();
string Show(double[][] matrix) => string.Join("\n", matrix.Select(row => string.Join("  ", row.Select(v => double.IsNegativeInfinity(v) ? "    -∞" : v.ToString("+0.000;-0.000; 0.000").PadLeft(6)))));

var (queries, keys, values) = (RandomMatrix(4, 3), RandomMatrix(4, 3), RandomMatrix(4, 3));
Console.WriteLine($"queries, one row per position (s, h, i, p):\n{Show(queries)}\nkeys:\n{Show(keys)}\nvalues:\n{Show(values)}");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
// score(i, j) = q_i · k_j / √d, for every pair of positions
double[][] Scores(double[][] q, double[][] k) =>
    q.Select(qi => k.Select(kj => qi.Zip(kj).Sum(p => p.First * p.Second) / Math.Sqrt(qi.Length)).ToArray()).ToArray();

// the causal mask: position i may not look at a later position j, so that score becomes −∞
double[][] Masked(double[][] scores) =>
    scores.Select((row, i) => row.Select((s, j) => j <= i ? s : double.NegativeInfinity).ToArray()).ToArray();

// softmax of each row: weights that are positive and add up to 1 (exp(−∞) = 0)
double[][] RowSoftmax(double[][] scores) => scores.Select(MLCourse.Neural.Softmax.Probabilities).ToArray();

// out_i = Σ_j weight(i, j) · v_j
double[][] WeightedSum(double[][] weights, double[][] v) =>
    weights.Select(w => Enumerable.Range(0, v[0].Length).Select(c => w.Zip(v).Sum(p => p.First * p.Second[c])).ToArray()).ToArray();

double[][] Attend(double[][] q, double[][] k, double[][] v) => WeightedSum(RowSoftmax(Masked(Scores(q, k))), v);

var scores = Scores(queries, keys);
var weights = RowSoftmax(Masked(scores));
var attended = WeightedSum(weights, values);
Console.WriteLine($"scaled scores q·k/√3:\n{Show(scores)}\n\nmasked (the future is −∞):\n{Show(Masked(scores))}\n\nweights (softmax of each row):\n{Show(weights)}\n\noutput (weights × values):\n{Show(attended)}");

// (Cells 16 to 18 of the lesson are not needed by the exercises: notebooks/14-attention-language-model.cs has
// them.)

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: Block and Gpt (at the end of the file).

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.manual_seed(14);
var (contextLength, width, heads, layers) = (64, 64, 4, 4);
var gpt = new Gpt(vocabulary.Size, contextLength, width, heads, layers);

long d = width, V = vocabulary.Size;
var perBlock = 2 * 2 * d + (3 * d * d + 3 * d) + (d * d + d) + (4 * d * d + 4 * d) + (4 * d * d + d);
var byFormula = V * d + contextLength * d + layers * perBlock + 2 * d + (d * V + V);
var fromModel = gpt.parameters().Sum(p => p.numel());
if (byFormula != fromModel || byFormula != GptSize.Parameters(V, contextLength, d, layers))
    throw new InvalidOperationException($"Expected the formula and the model to count the same parameters; got {byFormula:N0} by formula, {fromModel:N0} from the model.");
MLCourse.Course.Publish("gpt_parameters", fromModel);
display($"by formula: {V * d:N0} + {contextLength * d:N0} + {layers} × {perBlock:N0} + {2 * d:N0} + {d * V + V:N0} = {byFormula:N0}; read from the model: {fromModel:N0}");

// (Cells 22 to 32 of the lesson are not needed by the exercises: notebooks/14-attention-language-model.cs has
// them.)

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
// Writes `length` characters after `prompt`, one at a time, each drawn from the model's distribution given the last contextLength characters.
string Generate(string prompt, int length, double temperature, int topK, int seed)
{
    var random = new Random(seed);
    var ids = vocabulary.Encode(prompt).ToList();
    using var noGradients = torch.no_grad();
    gpt.eval();
    for (var n = 0; n < length; n++)
    {
        using var scope = torch.NewDisposeScope();
        var window = ids.TakeLast(contextLength).Select(id => (long)id).ToArray();
        var logits = gpt.forward(torch.tensor(window, new long[] { 1, window.Length }))[0, -1].to(torch.float64).data<double>().ToArray();
        ids.Add(NextTokenSampler.Next(logits, temperature, topK, random));
    }
    return vocabulary.Decode(ids.Skip(prompt.Length));
}

var knownWords = Regex.Matches(book.Train.ToLowerInvariant(), @"\p{L}+").Select(m => m.Value).ToHashSet();
var settings = new (double Temperature, int TopK, string Name)[] { (1.0, 0, "as trained"), (0.5, 0, "cooler"), (1.5, 0, "hotter"), (1.0, 5, "top-5"), (1.0, 1, "greedy") };
var samples = settings.Select(s =>
{
    var text = Generate("The whale ", 200, s.Temperature, s.TopK, seed: 1);
    var words = Regex.Matches(text.ToLowerInvariant(), @"\p{L}+").Select(m => m.Value).ToList();
    return (Setting: s, Text: text, Real: words.Count(knownWords.Contains) / (double)words.Count, Distinct: words.Distinct().Count() / (double)words.Count);
}).ToList();
foreach (var sample in samples) Console.WriteLine($"{sample.Setting.Name,-10} | The whale {OneLine(sample.Text)[..110]}…");
display(new DataFrame(
    new StringDataFrameColumn("setting", samples.Select(s => s.Setting.Name)),
    new DoubleDataFrameColumn("temperature", samples.Select(s => s.Setting.Temperature)),
    new Int32DataFrameColumn("top-k (0: all)", samples.Select(s => s.Setting.TopK)),
    new DoubleDataFrameColumn("words of the book", samples.Select(s => Math.Round(s.Real, 2))),
    new DoubleDataFrameColumn("distinct words", samples.Select(s => Math.Round(s.Distinct, 2)))));

// (Cells 34 to 41 of the lesson are not needed by the exercises: notebooks/14-attention-language-model.cs has
// them.)

// ### Exercise 14.1 · The causal mask
//
// Write the mask of section 2 as a function: given a number of positions n, return an n × n grid of `bool`
// where `mask[i][j]` is `true` when position i may attend to position j. (Section 2's `Masked` used it
// inline; here you write it on its own, as TorchSharp's `is_casual` builds it.)
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
// Write a function that converts such a loss into **bits per character** and into **perplexity**. Then use it
// on the GPT's validation loss, `gptNats`, and compare with section 3's table.
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

// ### Exercise 14.4 · Beat the bigram on hidden text
//
// The bigram model looks one character back. Build a counting model that does better, and let the checker
// score it on the **last 5% of the book**, which the lesson never read. Your answer is a function: given the
// 16 characters before a position (`Lesson14.ContextLength`), it returns the probability of every character
// of `vocabulary`, in the vocabulary's order (a `double[]` of 89 values that add up to 1). The checker asks
// for at most **3.0 bits per character** (`Lesson14.BitsBar`); the lesson's bigram gets 3.50 on the
// validation text. `CharacterNGrams` goes up to order 3.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 14.4 · Beat the bigram on hidden text");

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

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 19 · its types ────────────────────────────────────────────────────────────────────────────────────
/// <summary>One transformer block: x + attention(layerNorm(x)), then + mlp(layerNorm(x)).</summary>
public sealed class Block : nn.Module<Tensor, Tensor>
{
    private readonly int heads;
    private readonly nn.Module<Tensor, Tensor> norm1, queryKeyValue, projection, norm2, widen, narrow;

    public Block(int width, int heads) : base("block")
    {
        this.heads = heads;
        (norm1, queryKeyValue, projection) = (nn.LayerNorm(width), nn.Linear(width, 3 * width), nn.Linear(width, width));
        (norm2, widen, narrow) = (nn.LayerNorm(width), nn.Linear(width, 4 * width), nn.Linear(4 * width, width));
        RegisterComponents();
    }

    /// <summary>Queries, keys and values, each batch × heads × positions × (width / heads).</summary>
    private (Tensor Q, Tensor K, Tensor V) Project(Tensor x)
    {
        var (batch, positions, width) = (x.shape[0], x.shape[1], x.shape[2]);
        var qkv = queryKeyValue.forward(norm1.forward(x)).view(batch, positions, 3, heads, width / heads).permute(2, 0, 3, 1, 4);
        return (qkv[0], qkv[1], qkv[2]);
    }

    public override Tensor forward(Tensor x)
    {
        var (q, k, v) = Project(x);
        var attended = nn.functional.scaled_dot_product_attention(q, k, v, is_casual: true);   // every head at once
        x = x + projection.forward(attended.transpose(1, 2).reshape(x.shape));                 // heads side by side, then mixed
        return x + narrow.forward(nn.functional.gelu(widen.forward(norm2.forward(x))));
    }

    /// <summary>The attention weights forward computes inside: batch × heads × positions × positions.</summary>
    public Tensor Weights(Tensor x)
    {
        var (q, k, _) = Project(x);
        var future = torch.ones(x.shape[1], x.shape[1], dtype: torch.@bool).triu(1);
        return (q.matmul(k.transpose(-2, -1)) / Math.Sqrt(q.shape[^1])).masked_fill(future, double.NegativeInfinity).softmax(-1);
    }
}

/// <summary>A GPT: token and position embeddings, a stack of blocks, a final layer norm and the output layer.</summary>
public sealed class Gpt : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> tokenEmbedding, positionEmbedding, finalNorm, output;
    private readonly TorchSharp.Modules.ModuleList<Block> blocks;

    public Gpt(int vocabulary, int context, int width, int heads, int layers) : base("gpt")
    {
        (tokenEmbedding, positionEmbedding) = (nn.Embedding(vocabulary, width), nn.Embedding(context, width));
        blocks = nn.ModuleList(Enumerable.Range(0, layers).Select(_ => new Block(width, heads)).ToArray());
        (finalNorm, output) = (nn.LayerNorm(width), nn.Linear(width, vocabulary));
        RegisterComponents();
    }

    private Tensor Embed(Tensor ids) => tokenEmbedding.forward(ids) + positionEmbedding.forward(torch.arange(ids.shape[1]));

    /// <summary>Ids (batch × positions) → logits for the next character at every position (batch × positions × vocabulary).</summary>
    public override Tensor forward(Tensor ids) => output.forward(finalNorm.forward(blocks.Aggregate(Embed(ids), (x, block) => block.forward(x))));

    /// <summary>The attention weights of block <paramref name="layer"/> (from 0) for some ids.</summary>
    public Tensor Weights(Tensor ids, int layer) => blocks[layer].Weights(blocks.Take(layer).Aggregate(Embed(ids), (x, block) => block.forward(x)));
}
