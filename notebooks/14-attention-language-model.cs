// 14 · Attention and a small language model
// Lesson 14 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/14-attention-language-model.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/14-attention-language-model.exercises.cs: the same
// exercises and checks without the rest of the lesson, so each try takes seconds.
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

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 14 · Attention and a small language model
//
// This is the fifth lesson of part two, *beyond tables*. Lesson 10 cut text into tokens; lesson 11 trained
// networks in TorchSharp. Here the two meet in a **language model**, which reads text and predicts what comes
// next. We build one from the ground up, on the text of *Moby-Dick*, and check every piece a second way.
//
// We start with models that only count (how often does `h` follow `t`?), because their numbers are the bar to
// beat. Then **attention**, the idea at the heart of the transformer, worked out by hand in plain C# and
// checked against TorchSharp. Then a small GPT, trained on one CPU thread while the lesson runs, and a look
// inside it.
//
// **You will learn to**
//
// - build counting language models (unigram, bigram) and measure any language model in **bits per character**
//   on text it has not seen;
// - compute one head of **causal self-attention** by hand (queries, keys, values, scaled scores, the mask,
//   softmax, the weighted sum) and match TorchSharp's `scaled_dot_product_attention`;
// - build a small **GPT** in TorchSharp (embeddings, multi-head attention, MLP, residuals, layer norm), count
//   its parameters by formula, train it with AdamW, and read its curves;
// - look inside: an **attention map**, and how **temperature** and **top-k** change the text it writes;
// - compare characters with the **BPE tokens** of real LLMs, and place this model honestly next to the ones
//   you know.
//
// **Where this lesson runs.** As lesson 11: TorchSharp's native engine, libtorch 2.10, runs natively on
// Windows, macOS, Ubuntu 24.04 or later (GitHub Codespaces) and Debian 13; on an older Linux such as Debian
// 12 the course runner (`dotnet run --project src/MLCourse.Runner -- 14`) runs the lesson inside a small
// Debian 13 root (see the README).
MLCourse.ConsoleDisplay.Heading(1, "14 · Attention and a small language model");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// This lesson brings three packages of its own: **TorchSharp** with libtorch for the CPU (large: about 1 GB
// the first time it is restored, shared with lesson 11), and **Microsoft.ML.Tokenizers** with the data of two
// OpenAI tokenizers (lesson 10).

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var book = CourseData.LoadMobyDick();   // the last 5% of the book is kept for the exercises
var vocabulary = CharacterVocabulary.From(book.Train);
var (trainTokens, validationTokens) = (vocabulary.Encode(book.Train), vocabulary.Encode(book.Validation));
Console.WriteLine($"{book.Train.Length:N0} characters to train on, {book.Validation.Length:N0} to validate on; {vocabulary.Size} different characters");
display(book.Train[..240]);

// **What to notice.** The text is the whole novel (data/README.md says where it comes from), cut **by
// position**: the first 85% to train on, the next 10% to validate on, and the last 5% kept for the exercises,
// never read here. A language model will be used on text that comes *after* what it learned from, so we test
// it that way; cutting at random would put neighbouring sentences on both sides and flatter it.
//
// Our tokens are **characters**: each distinct character of the training text gets an id, `vocabulary.Encode`
// turns text into ids and `Decode` turns them back. There are 89 of them: letters, digits, punctuation, the
// line break, the em dash Melville loves, and a few Greek and Hebrew letters from the etymology at the start.
// Every character of the validation text is among them.
//
// ## 1. Counting models: the bar to beat
//
// The simplest language model ignores context: the **unigram** model gives each character the probability of
// its share of the training text. The **bigram** model looks one character back: the probability of `h` after
// `t` is the share of `h` among the characters that follow a `t`. Both are counts, with **add-one smoothing**
// (Laplace): one is added to every count before dividing, so that a pair never seen in training still gets a
// small probability instead of zero,
//
// `P(c | previous) = (count(previous, c) + 1) / (count(previous) + V)`, with V = 89 characters.
//
// How good is a language model? Give it text it has not seen and ask, at each position, what probability it
// gave the character that came. The mean of **−log₂ P** is the **cross-entropy in bits per character**: how
// many yes/no questions, on average, the model needs to pin down the next character. Guessing uniformly among
// 89 characters costs log₂ 89 bits; every bit less is something the model has learned about English and about
// Melville.
MLCourse.ConsoleDisplay.Notice("The text is the whole novel (data/README.md says where it comes from), cut by position: the first 85% to train on, the next 10% to validate on, and the last 5% kept for the exercises, never read here. A language model will be used on text that comes after what it learned from, so we test it that way; cutting at random would put neighbouring sentences on both sides and flatter it.");
MLCourse.ConsoleDisplay.Heading(2, "1. Counting models: the bar to beat");

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

// **What to notice.** Each step of context pays: the unigram model saves about two bits on the uniform guess
// (it knows that `e` and the space are common), and looking one character back saves about one more (it knows
// that `q` is followed by `u`). Counted twice, by `CharacterNGrams` on ids and by a dictionary of character
// pairs, the bigram's loss agrees to rounding.
//
// What do these models write? Each draws one character at a time from its distribution, the bigram model
// given the character before:
MLCourse.ConsoleDisplay.Notice("Each step of context pays: the unigram model saves about two bits on the uniform guess (it knows that e and the space are common), and looking one character back saves about one more (it knows that q is followed by u). Counted twice, by CharacterNGrams on ids and by a dictionary of character pairs, the bigram's loss agrees to rounding.");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var sampleRandom = new Random(14);
string OneLine(string text) => text.Replace("\n", " ⏎ ");
Console.WriteLine($"unigram: {OneLine(vocabulary.Decode(unigram.Sample([], 160, sampleRandom)))}");
Console.WriteLine($"bigram:  The{OneLine(vocabulary.Decode(bigram.Sample(vocabulary.Encode("The"), 160, sampleRandom)))}");

// **What to notice.** The unigram text has the right letters in the right proportions and nothing else. The
// bigram text has the rhythm of English (short runs of letters between spaces, `th`, `he`, `an`) but almost
// no real words: one character of context is too little. To do better, a model must look further back.
// Counting still works a few characters further, with smoothing: count contexts of up to four characters and,
// where a context is rare, mix in the estimate from one character less (Witten-Bell interpolation,
// `InterpolatedNGrams` in the helper library); section 3 measures such models, and they are much better than
// the bigram. But counts run out of data: with 89 characters there are 89² ≈ 7,900 pairs, but 89⁸ ≈ 4·10¹⁵
// contexts of eight characters, far more than the 1 million characters we have, so most long contexts are
// seen once or never. And a count learns nothing about one context from a similar one: `the whale` and `a
// whale` are separate rows of the table. A neural network does not count contexts: it learns which parts of
// the past matter, and shares what it learns across similar contexts. These two losses are the bar for the
// rest of the lesson:
MLCourse.ConsoleDisplay.Notice("The unigram text has the right letters in the right proportions and nothing else. The bigram text has the rhythm of English (short runs of letters between spaces, th, he, an) but almost no real words: one character of context is too little. To do better, a model must look further back. (More in the lesson's text.)");

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
if (!(bigramBits < unigramBits && unigramBits < uniformBits) || Math.Abs(bigramByHand - bigramBits) > 1e-9)
    throw new InvalidOperationException($"Expected uniform > unigram > bigram and the two bigram counts to agree within 1e-9; got {uniformBits:0.000}, {unigramBits:0.000}, {bigramBits:0.000} and {bigramByHand:0.000}.");
MLCourse.Course.Publish("unigram_bits_per_character", unigramBits);
MLCourse.Course.Publish("bigram_bits_per_character", bigramBits);

// ## 2. Attention by hand
//
// **Self-attention** lets every position of a text gather information from other positions, with weights it
// computes from the text itself. For one **head**, each position i has three vectors, made from its embedding
// by three learned linear maps:
//
// - a **query** q_i: what this position is looking for;
// - a **key** k_j: what position j offers;
// - a **value** v_j: what position j hands over if chosen.
//
// Position i scores every position j by the dot product of its query with j's key, scaled by √d_k (d_k is the
// length of the query and key vectors; without the scaling, long vectors give large scores and a softmax that
// picks one position and ignores the rest): `score(i, j) = q_i · k_j / √d_k`. In a language model position i
// must not see the future, or it would simply read the character it is asked to predict: the **causal mask**
// sets every score with j > i to −∞. **Softmax** turns each row of scores into weights that are positive and
// add up to 1 (−∞ becomes a weight of 0), and the output of position i is the **weighted sum of the values**:
// `out_i = Σ_j weight(i, j) · v_j`.
//
// A tiny example: four positions (the characters of `ship`), vectors of length 3, with made-up numbers in
// place of learned ones. Everything in `double`, as plain C# arrays.
MLCourse.ConsoleDisplay.Heading(2, "2. Attention by hand");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var numbers = new Random(3);
double[][] RandomMatrix(int rows, int columns) =>
    Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns).Select(_ => Math.Round(2 * numbers.NextDouble() - 1, 2)).ToArray()).ToArray();
string MatrixText(double[][] matrix) => string.Join("\n", matrix.Select(row => string.Join("  ", row.Select(v => double.IsNegativeInfinity(v) ? "    -∞" : v.ToString("+0.000;-0.000; 0.000").PadLeft(6)))));

var (queries, keys, values) = (RandomMatrix(4, 3), RandomMatrix(4, 3), RandomMatrix(4, 3));
Console.WriteLine($"queries, one row per position (s, h, i, p):\n{MatrixText(queries)}\nkeys:\n{MatrixText(keys)}\nvalues:\n{MatrixText(values)}");

// Step by step, one function per step:

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
// score(i, j) = q_i · k_j / √d_k, for every pair of positions (here d_k = 3)
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
Console.WriteLine($"scaled scores q·k/√3:\n{MatrixText(scores)}\n\nmasked (the future is −∞):\n{MatrixText(Masked(scores))}\n\nweights (softmax of each row):\n{MatrixText(weights)}\n\noutput (weights × values):\n{MatrixText(attended)}");

// **What to notice.** The first position (`s`) can only look at itself: its weight is 1 and its output is its
// own value. The last (`p`) spreads its attention over all four, most on the position whose key matches its
// query best. Each row of weights adds up to 1, so every output is an average of values, and which values it
// averages is decided by the data, not fixed in advance: that is the difference from a convolution (lesson
// 11), whose weights for each neighbour are the same everywhere.
//
// Now TorchSharp's own attention, `scaled_dot_product_attention`, with `is_casual: true` (TorchSharp's
// spelling of PyTorch's `is_causal`) so that it applies the mask itself. It wants tensors shaped batch ×
// heads × positions × d; we give it the same numbers as `float64` and compare, on the tiny example and on a
// larger one (64 positions, vectors of 32):
MLCourse.ConsoleDisplay.Notice("The first position (s) can only look at itself: its weight is 1 and its output is its own value. The last (p) spreads its attention over all four, most on the position whose key matches its query best. Each row of weights adds up to 1, so every output is an average of values, and which values it averages is decided by the data, not fixed in advance: that is the difference from a convolution (lesson 11), whose weights for each neighbour are the same everywhere.");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.set_num_threads(1);   // one thread: the same numbers on every run (lesson 11 explains why)
Tensor AsTensor(double[][] matrix) =>
    torch.tensor(matrix.SelectMany(row => row).ToArray(), new long[] { 1, 1, matrix.Length, matrix[0].Length }, dtype: torch.float64);

// The largest absolute difference between our attention and TorchSharp's on the same queries, keys and values.
double LargestDifference(double[][] q, double[][] k, double[][] v)
{
    using var scope = torch.NewDisposeScope();
    var fromTorch = nn.functional.scaled_dot_product_attention(AsTensor(q), AsTensor(k), AsTensor(v), is_casual: true).data<double>().ToArray();
    return Attend(q, k, v).SelectMany(row => row).Zip(fromTorch).Max(p => Math.Abs(p.First - p.Second));
}
var (tinyDifference, largerDifference) = (LargestDifference(queries, keys, values), LargestDifference(RandomMatrix(64, 32), RandomMatrix(64, 32), RandomMatrix(64, 32)));
var attentionDifference = Math.Max(tinyDifference, largerDifference);
if (attentionDifference > 1e-10)
    throw new InvalidOperationException($"Expected our attention to match TorchSharp's within 1e-10 in float64; the largest difference is {attentionDifference:0.0e+0}.");
MLCourse.Course.Publish("attention_largest_difference", attentionDifference);
display($"largest absolute difference from TorchSharp: {tinyDifference:0.0e+0} on the tiny example, {largerDifference:0.0e+0} on 64 positions (the bar is 1e-10; published as attention_largest_difference, rounded to 15 decimals, it is {Math.Round(attentionDifference, 15)})");

// **What to notice.** The two agree to the last few bits of a `double`: what remains is the order in which
// sums are added. Our forty lines of arrays and TorchSharp's one call compute the same thing; from here on we
// use the call, which also runs on a GPU and for many heads at once.
//
// A transformer runs several heads side by side (**multi-head attention**). With embeddings of width d and h
// heads, each head has its own query, key and value maps: each reads the *whole* d-wide vector of a position
// and makes vectors of d_k = d / h, so one head can follow the previous character while another looks for the
// start of the word. In code the h heads' maps are one linear layer from d to 3d whose output is cut into 3h
// pieces of d_k (`queryKeyValue`, then `view`, in the block below). Section 2's scale is each head's: scores
// are divided by √d_k, not by √d (in our model d = 64 and h = 4, so d_k = 16 and the scale is √16 = 4, not
// √64 = 8). The h outputs of d_k are joined side by side into one d-wide vector and mixed by one more linear
// map.
//
// ## 3. A small GPT in TorchSharp
//
// A **GPT** (generative pre-trained transformer) is a stack of such blocks between an input and an output
// layer:
//
// 1. **embeddings**: each character id becomes a learned vector of width d (the *token embedding*), plus a
//    learned vector for its position in the window (the *position embedding*: attention itself does not know
//    order);
// 2. **blocks**, each: `x = x + attention(layerNorm(x))`, then `x = x + mlp(layerNorm(x))`, where the MLP
//    widens each position's vector to 4d, applies GELU (a smooth ReLU) and narrows it back. The `x + …` are
//    **residual connections**: each block adds a correction to what it received, which lets gradients flow
//    straight through a deep stack. **Layer norm** rescales each position's vector to mean 0 and variance 1
//    (then by learned scale and shift), which keeps the numbers in a range where training is stable. This is
//    the **pre-norm** layout of GPT-2 and nanoGPT; the original transformer (Vaswani et al., 2017) normalized
//    after each residual addition (*post-norm*), which is harder to train in deep stacks;
// 3. a final layer norm and a linear layer to V = 89 scores: the logits for the next character, at every
//    position at once. Unlike GPT-2's, whose output layer reuses the token embedding's weights (*weight
//    tying*), ours has weights of its own.
//
// We keep it plain: the weights start at TorchSharp's default initialization (nanoGPT uses its own), and
// training uses no dropout and no gradient clipping.
//
// The code follows nanoGPT's (Karpathy's small, readable GPT in PyTorch), in TorchSharp's names. `Weights`
// recomputes one block's attention weights, for the picture in section 4.
MLCourse.ConsoleDisplay.Notice("The two agree to the last few bits of a double: what remains is the order in which sums are added. Our forty lines of arrays and TorchSharp's one call compute the same thing; from here on we use the call, which also runs on a GPU and for many heads at once.");
MLCourse.ConsoleDisplay.Heading(2, "3. A small GPT in TorchSharp");

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: Block and Gpt (at the end of the file).

// Our model: windows of 64 characters, embeddings of width 64, 4 heads of 16, 4 blocks. Small on purpose: for
// a fixed budget of computation, a smaller model that sees more text can learn more than a larger one that
// sees less (the *compute-optimal* trade-off studied by the Chinchilla paper of section 6). How many
// parameters is that? By formula first, layer by layer: a linear layer from a inputs to b outputs has a·b
// weights and b biases; a layer norm over d features has a scale and a shift for each, 2d. One block with
// width d:
//
// | part | parameters |
// |---|---|
// | two layer norms | 2 · 2d |
// | queries, keys and values (d → 3d) | 3d² + 3d |
// | output projection (d → d) | d² + d |
// | MLP, d → 4d → d | (4d² + 4d) + (4d² + d) |
// | **block** | **12d² + 13d** |
//
// The heads do not appear: four heads of 16 use the same 3d² weights as one head of 64, split four ways.
// Around the blocks: V·d token embeddings, T·d position embeddings (T = 64), a final layer norm (2d) and the
// output layer (d·V + V).

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

// **What to notice.** The count from the formula and the count read from the model's tensors agree exactly.
// Almost all parameters sit in the blocks' linear layers (12d² per block): width matters quadratically, the
// vocabulary only linearly, and with 89 characters the embeddings and the output layer are small. (Section 5
// shows what a real tokenizer's vocabulary does to that.)
//
// **Training** is lesson 11's loop with text: pick 64 windows of 64 characters at random places in the
// training text; the targets are the same windows shifted by one character, so every position of every window
// is an example (4,096 predictions per step); the loss is the cross-entropy of the logits against the next
// character. The optimizer is **AdamW** (Adam with weight decay applied directly to the weights: every step
// also shrinks each weight by learning rate × decay; the standard choice for transformers). TorchSharp's
// `AdamW` defaults to a decay of 0, which is plain Adam (PyTorch's defaults to 0.01), so we pass it: 0.1, as
// nanoGPT does, on the matrices (the linear layers' weights and the embeddings) and none on the biases and
// layer norms, through two *parameter groups*; the other settings are the defaults (betas 0.9 and 0.999;
// nanoGPT uses 0.9 and 0.95). The learning rate rises over the first 50 steps (*warm-up*: Adam's early steps
// are noisy) and then falls along a cosine to a tenth of its peak.
//
// Every 50 steps we measure the loss on 128 windows spread evenly over the training text and 128 over the
// validation text, for the curves. The numbers are deterministic on one thread; the seconds depend on the
// machine.
MLCourse.ConsoleDisplay.Notice("The count from the formula and the count read from the model's tensors agree exactly. Almost all parameters sit in the blocks' linear layers (12d² per block): width matters quadratically, the vocabulary only linearly, and with 89 characters the embeddings and the output layer are small. (Section 5 shows what a real tokenizer's vocabulary does to that.)");

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
var trainData = torch.tensor(trainTokens.Select(t => (long)t).ToArray());
var validationData = torch.tensor(validationTokens.Select(t => (long)t).ToArray());

// Windows of contextLength ids starting at each of `starts`, and the same windows one character later: the targets.
(Tensor X, Tensor Y) Windows(Tensor data, Tensor starts)
{
    var positions = starts.unsqueeze(1) + torch.arange(contextLength).unsqueeze(0);
    return (data.index(positions), data.index(positions + 1));
}

// The mean cross-entropy in nats per character over the windows starting at `starts`, 128 windows at a time, without gradients.
double Loss(Tensor data, Tensor starts)
{
    using var scope = torch.NewDisposeScope();
    using var noGradients = torch.no_grad();
    gpt.eval();
    var total = 0.0;
    for (long first = 0; first < starts.shape[0]; first += 128)
    {
        var (x, y) = Windows(data, starts.narrow(0, first, Math.Min(128, starts.shape[0] - first)));
        total += nn.functional.cross_entropy(gpt.forward(x).reshape(-1, vocabulary.Size), y.reshape(-1), reduction: nn.Reduction.Sum).item<float>();
    }
    gpt.train();
    return total / (starts.shape[0] * contextLength);
}

// 128 windows spread evenly over a text: the curves' probes.
Tensor Probe(Tensor data) => torch.linspace(0, data.shape[0] - contextLength - 2, 128).to(torch.int64);
var (trainProbe, validationProbe) = (Probe(trainData), Probe(validationData));

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var (steps, batchSize, peakRate, warmup, weightDecay) = (700, 64, 5e-3, 50, 0.1);
// Weight decay on the matrices (linear weights, embeddings), none on biases and layer norms, as nanoGPT does.
// TorchSharp's AdamW defaults to weight_decay: 0 (plain Adam), so the decay must be passed.
var (matrices, others) = (gpt.parameters().Where(p => p.dim() >= 2).ToList(), gpt.parameters().Where(p => p.dim() < 2).ToList());
var parameterGroups = new[]
{
    new TorchSharp.Modules.AdamW.ParamGroup(matrices, lr: peakRate, weight_decay: weightDecay),
    new TorchSharp.Modules.AdamW.ParamGroup(others, lr: peakRate, weight_decay: 0),
};
var optimizer = torch.optim.AdamW(parameterGroups, peakRate);
Console.WriteLine($"weight decay {string.Join(" and ", parameterGroups.Select(g => $"{g.Options.weight_decay} on {g.Parameters.Sum(p => p.numel()):N0} parameters"))} ({matrices.Count} matrices, then {others.Count} biases and layer-norm vectors)");
double RateAt(int step) => step <= warmup ? peakRate * step / warmup
    : peakRate * (0.1 + 0.9 * 0.5 * (1 + Math.Cos(Math.PI * (step - warmup) / (steps - warmup))));

var batches = new torch.Generator(15);
var curve = new List<(int Step, double Train, double Validation)>();
var clock = Stopwatch.StartNew();
for (var step = 1; step <= steps; step++)
{
    using var scope = torch.NewDisposeScope();
    foreach (var group in optimizer.ParamGroups) group.LearningRate = RateAt(step);
    var (x, y) = Windows(trainData, torch.randint(0, trainData.shape[0] - contextLength - 1, new long[] { batchSize }, generator: batches));
    var loss = nn.functional.cross_entropy(gpt.forward(x).reshape(-1, vocabulary.Size), y.reshape(-1));
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    if (step % 50 != 0) continue;
    curve.Add((step, Loss(trainData, trainProbe), Loss(validationData, validationProbe)));
    if (step % 200 == 0) Console.WriteLine($"step {step}: training loss {curve[^1].Train:0.000}, validation loss {curve[^1].Validation:0.000} nats per character, {clock.Elapsed.TotalSeconds:0} s");
}
var trainingSeconds = clock.Elapsed.TotalSeconds;
display($"{steps} steps of {batchSize} windows of {contextLength} characters in {trainingSeconds:0.0} s (a timing: it depends on the machine)");

// The curves, in **bits** per character like the counting models (`cross_entropy` uses the natural logarithm,
// so its loss is in *nats*; one bit is ln 2 ≈ 0.693 nats, so bits = nats / ln 2):

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
var curves = new DataFrame(
    new Int32DataFrameColumn("step", curve.Select(c => c.Step)),
    new DoubleDataFrameColumn("training", curve.Select(c => c.Train / Math.Log(2))),
    new DoubleDataFrameColumn("validation", curve.Select(c => c.Validation / Math.Log(2))),
    new DoubleDataFrameColumn("bigram", curve.Select(_ => bigramBits)));
display(curves.Melt(idColumns: ["step"], valueColumns: ["training", "validation", "bigram"], variableName: "text", valueName: "bits per character")
    .PlotLine("step", "bits per character", by: "text", title: "The GPT's loss while it trains, against the bigram model's"));

// **What to notice.** The loss falls fast, through the bigram's line within the first couple of hundred
// steps, then more slowly. The training and validation curves stay close together: the model has read the
// training text fewer than three times over (section 6 prints how many characters it saw), far too little to
// memorize it, so it is not overfitting; it is still learning. More steps would lower both (the curve has not
// flattened), at more CPU time.
//
// Now the validation loss on the whole validation text, every one of its characters predicted once (1,895
// windows side by side, each character with the characters before it in its window as context), next to the
// counting models:
MLCourse.ConsoleDisplay.Notice("The loss falls fast, through the bigram's line within the first couple of hundred steps, then more slowly. The training and validation curves stay close together: the model has read the training text fewer than three times over (section 6 prints how many characters it saw), far too little to memorize it, so it is not overfitting; it is still learning. More steps would lower both (the curve has not flattened), at more CPU time.");

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
var validationWindows = (validationData.shape[0] - 1) / contextLength;
var gptNats = Loss(validationData, torch.arange(validationWindows) * contextLength);
var gptBits = gptNats / Math.Log(2);
var ratio = gptBits / bigramBits;

// Counting models with longer contexts, smoothed by Witten-Bell interpolation (counts from the training text only).
var countsByOrder = new[] { 3, 4, 5, 6, 7 }.Select(order => (Order: order, Bits: InterpolatedNGrams.Fit(trainTokens, vocabulary.Size, order).BitsPerCharacter(validationTokens))).ToList();
Console.WriteLine($"interpolated counts on the validation text, by order (1 + characters of context): {string.Join(", ", countsByOrder.Select(o => $"{o.Order}: {o.Bits:0.000}"))} bits per character");
var bestCounts = countsByOrder.MinBy(o => o.Bits);
var models = new (string Name, double Bits)[] { ("uniform guess", uniformBits), ("unigram (counts)", unigramBits), ("bigram (counts)", bigramBits),
    ($"{bestCounts.Order}-gram (counts, interpolated)", bestCounts.Bits), ("GPT (this lesson)", gptBits) };
display(new DataFrame(
    new StringDataFrameColumn("model", models.Select(m => m.Name)),
    new DoubleDataFrameColumn("bits per character", models.Select(m => Math.Round(m.Bits, 3))),
    new DoubleDataFrameColumn("perplexity", models.Select(m => Math.Round(Math.Pow(2, m.Bits), 2)))));

// ── cell 29 ────────────────────────────────────────────────────────────────────────────────────────────────
if (ratio > 0.8)
    throw new InvalidOperationException($"Expected the GPT's validation loss to be at most 0.8 × the bigram's; got {gptBits:0.000} against {bigramBits:0.000} bits per character (× {ratio:0.000}).");
MLCourse.Course.Publish("gpt_validation_bits_per_character", gptBits);
MLCourse.Course.Publish("gpt_to_bigram_ratio", ratio);
MLCourse.Course.Publish("interpolated_counts_bits_per_character", bestCounts.Bits);
MLCourse.Course.PublishTiming("gpt_training_s", trainingSeconds);
display($"the GPT needs {100 * ratio:0}% of the bigram's bits per character and {100 * gptBits / bestCounts.Bits:0}% of the {bestCounts.Order}-gram's ({validationWindows:N0} windows, {validationWindows * contextLength:N0} characters)");

// **What to notice.** The GPT needs 73% of the bigram's bits per character (2.563 against 3.500), after 700
// steps on one CPU thread (section 3 printed how long they took here). **Perplexity** says the same another
// way: 2 to the power of the bits, the number of equally likely characters the model is, on average, choosing
// between: 89 for the uniform guess, about 11 for the bigram model, about 6 for the GPT. Where the GPT gains
// is where the bigram cannot look: the rest of the word, and the words before it.
//
// But a good counting model still beats it. The line above the table counts longer contexts, smoothed by
// Witten-Bell interpolation: the 5-gram (four characters of context) gets 2.205 bits per character, less than
// the GPT's 2.563 (the GPT needs 116% of its bits). Longer contexts do worse (2.210 for the 6-gram, 2.315 for
// the 7-gram): most of them were seen once or never, and the counts have run out of data. So a small GPT
// trained for 700 steps on one CPU thread has not yet caught up with a good 5-gram on one book, and the
// lesson does not pretend otherwise. What attention buys is elsewhere: it can use the whole 64-character
// window where the counts stop at four characters, and transformers keep improving with more parameters, text
// and computation (Kaplan et al., reference [5] in section 6) where counts stop at five characters. This
// lesson, with one book and one CPU thread, can show neither.
//
// ## 4. Looking inside
//
// Which characters does the model look at? Here are the book's first words through the trained model. For
// each head of the first block we measure how far back it looks on average (the weights times the distances),
// and draw the map of the head that looks back the least: row i is the position that looks, column j the one
// looked at, darker is more weight.
MLCourse.ConsoleDisplay.Notice("The GPT needs 73% of the bigram's bits per character (2.563 against 3.500), after 700 steps on one CPU thread (section 3 printed how long they took here). Perplexity says the same another way: 2 to the power of the bits, the number of equally likely characters the model is, on average, choosing between: 89 for the uniform guess, about 11 for the bigram model, about 6 for the GPT. Where the GPT gains is where the bigram cannot look: the rest of the word, and the words before it.");
MLCourse.ConsoleDisplay.Heading(2, "4. Looking inside");

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
var sentence = "Call me Ishmael. Some years ago—never mind how long precisely";   // 61 characters: one window
var sentenceIds = torch.tensor(vocabulary.Encode(sentence).Select(t => (long)t).ToArray()).unsqueeze(0);
double[][][] headWeights;
using (torch.no_grad())
{
    gpt.eval();
    var allHeads = gpt.Weights(sentenceIds, layer: 0)[0].to(torch.float64);   // heads × positions × positions
    headWeights = Enumerable.Range(0, heads).Select(h => Enumerable.Range(0, (int)allHeads.shape[1])
        .Select(i => allHeads[h, i].data<double>().ToArray()).ToArray()).ToArray();
}
double LookBack(double[][] map) => map.Select((row, i) => row.Select((w, j) => w * (i - j)).Sum()).Average();
var lookBacks = headWeights.Select(LookBack).ToArray();
var nearHead = Array.IndexOf(lookBacks, lookBacks.Min());
Console.WriteLine($"mean distance looked back, by head of block 1: {string.Join(", ", lookBacks.Select((b, h) => $"head {h + 1}: {b:0.0}"))}");
var labels = sentence.Select((c, i) => $"{i}{(c == ' ' ? "␣" : c.ToString())}").ToArray();
display(Plots.PlotHeatmap(headWeights[nearHead].Select(row => row.Select(w => Math.Round(w, 2)).ToArray()).ToArray(), labels, labels,
    $"Block 1, head {nearHead + 1}: attention weights (row: the position that looks; column: the one looked at)", "looked at", "looking", zMin: 0, zMax: 1,
    cellText: headWeights[nearHead].Select(row => row.Select(_ => "").ToArray()).ToArray()));

// **What to notice.** Everything above the diagonal is empty: the causal mask at work, no position sees the
// future. Most of the weight sits on or just left of the diagonal: in the first block, every head looks close
// by, from 1.3 to 4.0 characters back on average (the line above the map), though it could look up to 60 back
// in this sentence. The head drawn puts almost all its weight on the character just before (a
// *previous-character head*): to guess the next letter of a word, its last few letters matter most, and the
// first block has learned that; nobody told it to. The heads differ in how far they reach, a division of
// labour that is learned too, because it lowers the loss. (One model, one seed: another run would divide the
// work differently. Change `layer: 0` to 3 to see the last block.)
//
// **Sampling.** To write, the model predicts the distribution of the next character, one is drawn, appended,
// and the window moves on. Two settings change the draw (`NextTokenSampler` in the helper library, as
// nanoGPT's `generate` does it):
//
// - **temperature**: the logits are divided by it before softmax. Below 1 it sharpens the distribution
//   towards the likeliest characters; above 1 it flattens it;
// - **top-k**: only the k likeliest characters are kept (k = 1 always takes the likeliest: *greedy*
//   decoding).
//
// We write 200 characters after the same start at five settings, four times each (seeds 1 to 4; the lines
// below show the first), and measure two things: the share of all the written words that are words of the
// training text, and the share of distinct words within a sample (low means repetition), averaged over the
// four.
MLCourse.ConsoleDisplay.Notice("Everything above the diagonal is empty: the causal mask at work, no position sees the future. Most of the weight sits on or just left of the diagonal: in the first block, every head looks close by, from 1.3 to 4.0 characters back on average (the line above the map), though it could look up to 60 back in this sentence. (More in the lesson's text.)");

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
List<string> Words(string text) => Regex.Matches(text.ToLowerInvariant(), @"\p{L}+").Select(m => m.Value).ToList();
var seeds = new[] { 1, 2, 3, 4 };   // one sample has about 35 words: too few to tell settings apart
var samples = settings.Select(s =>
{
    var texts = seeds.Select(seed => Generate("The whale ", 200, s.Temperature, s.TopK, seed)).ToList();
    var words = texts.SelectMany(Words).ToList();
    return (Setting: s, Text: texts[0], Words: words.Count, Real: words.Count(knownWords.Contains) / (double)words.Count,
        Distinct: texts.Average(text => Words(text).Distinct().Count() / (double)Words(text).Count));
}).ToList();
foreach (var sample in samples) Console.WriteLine($"{sample.Setting.Name,-10} | The whale {OneLine(sample.Text)[..110]}…");
display(new DataFrame(
    new StringDataFrameColumn("setting", samples.Select(s => s.Setting.Name)),
    new DoubleDataFrameColumn("temperature", samples.Select(s => s.Setting.Temperature)),
    new Int32DataFrameColumn("top-k (0: all)", samples.Select(s => s.Setting.TopK)),
    new Int32DataFrameColumn("words written", samples.Select(s => s.Words)),
    new StringDataFrameColumn("words of the book", samples.Select(s => $"{s.Real:0.00}")),
    new StringDataFrameColumn("distinct words", samples.Select(s => $"{s.Distinct:0.00}"))));

// **What to notice.** Temperature trades variety for safety. Cooled to 0.5, the model sticks to its likeliest
// characters: 0.82 of its words are words of the book, against 0.63 as trained, but it repeats more (0.66 of
// a sample's words distinct, against 0.91). Heated to 1.5, it invents freely (stray capitals, digits, made-up
// words): only 0.36 of its words are words of the book, and it hardly repeats itself (0.98 distinct), because
// most of its words are new. Top-5 cuts off the unlikely tail, with much the same effect as cooling here
// (0.79 and 0.76). Greedy decoding, always the likeliest character, writes only words of the book (1.00) and
// falls into a loop (0.18 distinct: *the sea sea seem to the sea seem to the sea*): the likeliest next
// character, again and again, is not the likeliest text. Each share counts the words of four samples (the
// *words written* column): one 200-character sample has too few words to tell close settings apart, and the
// validation loss measures the model better than any sample does.
//
// These are not rules of nature but measurements of one model on one start, with four seeds; the pattern,
// though, is the one every LLM shows, and why chat applications expose temperature and top-k (or its cousin
// top-p).
MLCourse.ConsoleDisplay.Notice("Temperature trades variety for safety. Cooled to 0.5, the model sticks to its likeliest characters: 0.82 of its words are words of the book, against 0.63 as trained, but it repeats more (0.66 of a sample's words distinct, against 0.91). Heated to 1.5, it invents freely (stray capitals, digits, made-up words): only 0.36 of its words are words of the book, and it hardly repeats itself (0.98 distinct), because most of its words are new. (More in the lesson's text.)");

// ── cell 35 ────────────────────────────────────────────────────────────────────────────────────────────────
var (asTrained, cooler, hotter, greedy) = (samples[0], samples[1], samples[2], samples[4]);
if (!(cooler.Real > hotter.Real && greedy.Distinct < asTrained.Distinct))
    throw new InvalidOperationException($"Expected a lower temperature to write more real words than a higher one, and greedy decoding to repeat itself more than sampling; got {cooler.Real:0.00} against {hotter.Real:0.00}, and {greedy.Distinct:0.00} against {asTrained.Distinct:0.00} distinct.");
MLCourse.Course.Publish("real_words_cooler", cooler.Real);
MLCourse.Course.Publish("real_words_hotter", hotter.Real);

// ## 5. Characters or tokens?
//
// Real LLMs do not read characters: they read **tokens** made by byte-pair encoding (BPE, lesson 10), pieces
// of words learned from huge amounts of text. What would that change for our model? The validation text
// through two of OpenAI's tokenizers, against our characters:
MLCourse.ConsoleDisplay.Heading(2, "5. Characters or tokens?");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var tokenizers = new (string Name, TiktokenTokenizer? Tokenizer)[]
{
    ("characters (this lesson)", null),
    ("cl100k_base (GPT-4)", TiktokenTokenizer.CreateForEncoding("cl100k_base")),
    ("o200k_base (GPT-4o)", TiktokenTokenizer.CreateForEncoding("o200k_base")),
};
var tokenRows = tokenizers.Select(t =>
{
    var ids = t.Tokenizer?.EncodeToIds(book.Validation) ?? validationTokens;
    var roundTrip = t.Tokenizer is null ? vocabulary.Decode(validationTokens) : t.Tokenizer.Decode(ids);
    long vocabularySize = t.Tokenizer is null ? vocabulary.Size : t.Tokenizer.SpecialTokens.Values.Max() + 1;   // ids 0 … the last special token's (tiktoken's n_vocab)
    return (t.Name, Vocabulary: vocabularySize, Tokens: ids.Count, CharactersPerToken: book.Validation.Length / (double)ids.Count, Exact: roundTrip == book.Validation);
}).ToList();
if (tokenRows.Any(r => !r.Exact)) throw new InvalidOperationException("Expected every tokenizer to decode the validation text back exactly.");
Console.WriteLine($"o200k_base's embedding and output layers alone, at width {d}: {(tokenRows[2].Vocabulary * d * 2 + tokenRows[2].Vocabulary) / (double)fromModel:0} times this lesson's whole model");
display(new DataFrame(
    new StringDataFrameColumn("tokens", tokenRows.Select(r => r.Name)),
    new StringDataFrameColumn("vocabulary", tokenRows.Select(r => $"{r.Vocabulary:N0}")),
    new StringDataFrameColumn("tokens in the validation text", tokenRows.Select(r => $"{r.Tokens:N0}")),
    new DoubleDataFrameColumn("characters per token", tokenRows.Select(r => Math.Round(r.CharactersPerToken, 2))),
    new StringDataFrameColumn("embedding + output parameters (d = 64)", tokenRows.Select(r => $"{r.Vocabulary * d * 2 + r.Vocabulary:N0}")),
    new Int32DataFrameColumn("characters a 64-token window covers", tokenRows.Select(r => (int)Math.Round(contextLength * r.CharactersPerToken)))));

// **What to notice.** A BPE token carries about 4.1 characters of *Moby-Dick*, so the same 64-position window
// would see several times more text, and the model would make a fraction of the predictions per sentence:
// that is why LLMs use tokens. The price is the vocabulary: with 100,000 or 200,000 tokens, the embedding and
// output layers alone would have tens of millions of parameters, many times our whole model (the line above
// the table says how many), and most of those tokens would appear in our million characters rarely or never,
// so their rows could not be learned. For a small model on one book, characters are the honest choice; for a
// model trained on trillions of tokens, BPE is. (Each tokenizer decodes the text back exactly: BPE loses
// nothing.)
//
// ## 6. Scale, honestly
//
// How does our model compare with the language models you know? Its own figures, printed by the lesson:
MLCourse.ConsoleDisplay.Notice("A BPE token carries about 4.1 characters of Moby-Dick, so the same 64-position window would see several times more text, and the model would make a fraction of the predictions per sentence: that is why LLMs use tokens. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "6. Scale, honestly");

// ── cell 39 ────────────────────────────────────────────────────────────────────────────────────────────────
var tokensSeen = (long)steps * batchSize * contextLength;
var trainingFlops = 6.0 * fromModel * tokensSeen;   // the usual estimate: about 6 operations per parameter per token (forward and backward)
// GPT-2 small by our formula: V = 50,257, T = 1,024, d = 768, 12 blocks; its output layer shares the token embedding's weights and has no bias.
var gpt2Small = GptSize.Parameters(50_257, 1_024, 768, 12) - (768L * 50_257 + 50_257);
Console.WriteLine($"this lesson's GPT: {fromModel:N0} parameters, {tokensSeen:N0} characters seen in training (about {tokensSeen / (double)book.Train.Length:0.0} passes over the training text), {trainingSeconds:0} s of one CPU thread, about {trainingFlops:0.0e+0} operations");
Console.WriteLine($"characters seen per parameter: {tokensSeen / (double)fromModel:0} (Chinchilla's compute-optimal rule of thumb: about 20 tokens per parameter)");
Console.WriteLine($"GPT-2 small by the same formula: {gpt2Small:N0} parameters ({gpt2Small - 1_024 * 768:N0} without its position embeddings, nanoGPT's count)");
Console.WriteLine($"GPT-3 by the 6 × parameters × tokens estimate: {6 * 175e9 * 300e9:0.00e+0} operations");
Console.WriteLine($"GPT-3 against this model: {175e9 / fromModel:N0} times the parameters, {300e9 / tokensSeen:N0} times the tokens seen, {3.14e23 / trainingFlops:0e+0} times the operations");

// And the published figures of some well-known models, as their authors report them (the sources are below
// the table):
//
// | model | year | parameters | training tokens | context (tokens) | source |
// |---|---|---|---|---|---|
// | this lesson's GPT | 2026 | 215,641 | 2.9 million characters | 64 characters | printed above |
// | GPT-2 small | 2019 | 124 million (117M in the paper's table) | not stated (WebText, 40 GB of text) | 1,024 | [1] |
// | GPT-2 | 2019 | 1.5 billion | not stated (WebText) | 1,024 | [1] |
// | GPT-3 | 2020 | 175 billion | 300 billion | 2,048 | [2], Table 2.1 and D.1 |
// | Chinchilla | 2022 | 70 billion | 1.4 trillion | 2,048 | [3] |
// | Llama 2 7B | 2023 | 7 billion | 2 trillion | 4,096 | [4] |
//
// [1] Radford et al., *Language Models are Unsupervised Multitask Learners*, OpenAI, 2019. [2] Brown et al.,
// *Language Models are Few-Shot Learners*, NeurIPS 2020 (its Table D.1 gives 3.14 · 10²³ operations of
// training compute for GPT-3). [3] Hoffmann et al., *Training Compute-Optimal Large Language Models*, 2022.
// [4] Touvron et al., *Llama 2: Open Foundation and Fine-Tuned Chat Models*, 2023. [5] Kaplan et al.,
// *Scaling Laws for Neural Language Models*, 2020 (section 2.1: training compute C ≈ 6 × parameters ×
// tokens).
//
// **What to notice.** Two checks connect the table to our code. Our parameter formula, given GPT-2 small's
// shape, gives 124,439,808, the size of the released GPT-2 small model (the paper's table lists its smallest
// model as 117M; the released model has 124M, the count Hugging Face reports and the sum of the checkpoint's
// tensors; nanoGPT prints 123.65M, because it leaves out the position embeddings), so the same arithmetic
// counts our model and a real one. And 6 × parameters × tokens, the estimate we used for our training (from
// Kaplan et al. [5]), gives 3.15 · 10²³ for GPT-3, the paper's own 3.14 · 10²³. GPT-3 has about 810,000 times
// our parameters and saw about 105,000 times as many tokens as we saw characters (and each of its tokens is
// several characters); its training took about 8 · 10¹⁰ times our operations. Our model saw about 13
// characters per parameter (the line above), below Chinchilla's compute-optimal rule of about 20 tokens per
// parameter [3], and a character carries less than a token. What our model shares with them is the
// architecture: the block above, with more layers, wider vectors, more heads, longer windows, BPE tokens, and
// much more text. What it lacks is everything that scale buys; nothing in this lesson measures how good a
// large model is, and the lesson makes no claim about it.
//
// ## Coming from Python
//
// TorchSharp follows PyTorch's names, so a nanoGPT-style model translates line by line:
//
// | PyTorch / nanoGPT | TorchSharp |
// |---|---|
// | `F.scaled_dot_product_attention(q, k, v, is_causal=True)` | `nn.functional.scaled_dot_product_attention(q, k, v, is_casual: true)` (TorchSharp's spelling) |
// | `nn.MultiheadAttention(d, heads, batch_first=True)`; `attn(x, x, x, attn_mask=mask, need_weights=True)` | `nn.MultiheadAttention(d, heads)` exists too, but has no `batch_first`: it takes positions × batch × d (PyTorch's default, sequence first), so pass `x.transpose(0, 1)`; this lesson writes the heads out, as nanoGPT's `CausalSelfAttention` does |
// | `class Block(nn.Module): def forward(self, x)` | `class Block : nn.Module<Tensor, Tensor>` with `public override Tensor forward(Tensor x)`, and `RegisterComponents()` in the constructor (PyTorch registers sub-modules when they are assigned) |
// | `nn.ModuleList([Block(...) for _ in range(n)])` | `nn.ModuleList(Enumerable.Range(0, n).Select(_ => new Block(...)).ToArray())` |
// | `nn.Embedding(V, d)`, `nn.LayerNorm(d)`, `F.gelu(x)` | `nn.Embedding(V, d)`, `nn.LayerNorm(d)`, `nn.functional.gelu(x)` |
// | `q.view(B, T, 3, H, d // H).permute(2, 0, 3, 1, 4)` | `q.view(B, T, 3, H, d / H).permute(2, 0, 3, 1, 4)` |
// | `att.masked_fill(mask, float('-inf')).softmax(-1)` | `att.masked_fill(mask, double.NegativeInfinity).softmax(-1)` |
// | `torch.optim.AdamW([{'params': matrices, 'weight_decay': 0.1}, {'params': others, 'weight_decay': 0.0}], lr=5e-3)` (PyTorch's default decay is 0.01) | `torch.optim.AdamW(new[] { new AdamW.ParamGroup(matrices, lr: 5e-3, weight_decay: 0.1), new AdamW.ParamGroup(others, lr: 5e-3, weight_decay: 0) }, 5e-3)` (TorchSharp's default decay is 0: plain Adam) |
// | `for g in opt.param_groups: g['lr'] = lr` | `foreach (var g in opt.ParamGroups) g.LearningRate = lr;` |
// | `torch.randint(0, n, (B,), generator=g)` | `torch.randint(0, n, new long[] { B }, generator: g)` |
// | `logits[:, -1, :] / temperature`; `torch.topk(logits, k)`; `torch.multinomial(probs, 1)` | `logits[0, -1]` … here in plain C#: `NextTokenSampler.Next(logits, temperature, topK, random)` |
// | `sum(p.numel() for p in model.parameters())` | `model.parameters().Sum(p => p.numel())` |
// | `tiktoken.get_encoding("o200k_base").encode(text)` | `TiktokenTokenizer.CreateForEncoding("o200k_base").EncodeToIds(text)` |
// | `with torch.no_grad():` | `using (torch.no_grad())` |
//
// **Hugging Face.** In Python you would likely load a pre-trained model with `transformers`. .NET has no
// equal of it; to *run* a model trained elsewhere, export it to ONNX and use ONNX Runtime (lesson 07), or
// call a hosted model through `Microsoft.Extensions.AI` (lesson 15 uses its embedding interface).
//
// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson14.Mask.Hint()`.
MLCourse.ConsoleDisplay.Notice("Two checks connect the table to our code. Our parameter formula, given GPT-2 small's shape, gives 124,439,808, the size of the released GPT-2 small model (the paper's table lists its smallest model as 117M; the released model has 124M, the count Hugging Face reports and the sum of the checkpoint's tensors; nanoGPT prints 123.65M, because it leaves out the position embeddings), so the same arithmetic counts our model and a real one. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 41 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

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

// ## Summary
//
// - A **language model** gives a probability to every possible next token; its quality on unseen text is the
//   cross-entropy, in **bits per character** (or nats; perplexity is 2 to the bits). Split text **by
//   position** to measure it honestly.
// - **Counting models** are the baseline: the unigram ignores context, the bigram looks one character back;
//   with smoothing (Witten-Bell interpolation) counts work up to contexts of about four characters, then run
//   out of data, and they cannot share what they learn between similar contexts.
// - **Self-attention**: scores q·k/√d_k, a **causal mask** that hides the future, softmax, a weighted sum of
//   values. Written out in plain C#, it matches TorchSharp's `scaled_dot_product_attention` to rounding.
// - A **GPT** is embeddings, a stack of blocks (multi-head attention and an MLP, each with layer norm and a
//   residual connection) and an output layer; 12d² + 13d parameters per block, by formula and by count.
//   Trained for 700 steps on one CPU thread, ours needs 73% of the bigram's bits per character, but not yet
//   fewer than a smoothed 5-gram's: what attention buys, long context and scaling, needs more than this
//   lesson's budget to show.
// - **Temperature** and **top-k** trade variety for safety when sampling; greedy decoding repeats itself.
// - **BPE tokens** carry several characters each (more text per window) at the cost of a vocabulary, and
//   parameters, thousands of times larger.
// - Our model has the architecture of GPT-2 and GPT-3, at about one eight-hundred-thousandth of GPT-3's
//   parameters: the ideas scale; the lesson does not claim that its results do.
//
// **Next:** lesson 15, embeddings and semantic search: using what a large pre-trained model has learned,
// without training it.

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
