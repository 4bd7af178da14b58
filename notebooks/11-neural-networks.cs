// 11 · Neural networks and image recognition
// Lesson 11 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/11-neural-networks.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/11-neural-networks.exercises.cs: the same
// exercises and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/11-neural-networks.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 11
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
// Parquet.Net@6.1.0, TorchSharp-cpu@0.107.0, Microsoft.ML.LightGbm@6.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package TorchSharp-cpu
#:package Microsoft.ML.LightGbm
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
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;   // fast loops over arrays (TorchSharp has its own Tensor)
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Evaluation;
using MLCourse.Neural;
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

// # 11 · Neural networks and image recognition
//
// This is the second lesson of part two, *beyond tables*. In part one every example was a row of a table with
// a few meaningful columns; in lesson 10, text became counts of words, each of which means something. An
// image is different: 784 grey levels, none of which means anything on its own. This is where **neural
// networks** shine: deep learning and image recognition start here.
//
// We go in two steps: first a small network written out in plain C#, so that nothing is magic (the forward
// pass, the loss, backpropagation, gradient descent); then the same network, and a better one, in
// **TorchSharp**, the PyTorch engine with a C# API.
//
// **You will learn to**
//
// - look at image data: digits as pictures and as vectors of 784 numbers;
// - set baselines with what you already know (ML.NET's linear classifier and a tree ensemble);
// - build a two-layer neural network from first principles, derive its gradients by backpropagation, and
//   prove them right with a numerical gradient check;
// - train with mini-batch gradient descent, read training curves on a validation set, recognise overfitting
//   and stop early;
// - narrow the gap between training and validation with a regularizer (dropout), and touch the test set once,
//   at the end;
// - do the same in TorchSharp (tensors, autograd, `nn.Sequential`, optimizers), then train a small
//   **convolutional network** and see why convolutions suit images;
// - save a trained network and use it again.
//
// **Where this lesson runs.** TorchSharp's native engine, libtorch 2.10, needs a recent C++ runtime (GCC 13's
// `libstdc++`): Windows, macOS, Ubuntu 24.04 or later (GitHub Codespaces) and Debian 13 run it natively. On
// an older Linux such as Debian 12 the first cell that uses TorchSharp fails in VS Code (libtorch cannot
// load); the course runner (`dotnet run --project src/MLCourse.Runner -- 11`) then runs the whole lesson
// inside a small Debian 13 root instead (see the README).
MLCourse.ConsoleDisplay.Heading(1, "11 · Neural networks and image recognition");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// This lesson brings two packages of its own: **TorchSharp** with libtorch for the CPU (large: about 1 GB the
// first time it is restored) and ML.NET's **LightGBM** trainer, a fast tree ensemble for the baseline.

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var digits = CourseData.LoadDigits();   // its test digits wait for section 6
var (train, validation) = (digits.Train, digits.Validation);
display($"{train.Count} digits to train on, {validation.Count} to validate on; each is {DigitImages.Side} × {DigitImages.Side} = {DigitImages.PixelCount} grey levels");

// The digits are 10,000 real handwritten digits from **MNIST**, the classic benchmark (data/README.md says
// where they come from). `LoadDigits` splits them one fixed way, stratified by digit, into three parts, as
// lessons 04 to 09 did: 6,002 to **train** on, 999 to **validate** on and 2,000 to **test** on. Every choice
// in this lesson (the number of epochs, a learning rate, a regularizer) is made by looking at the validation
// digits; the test digits are touched once, at the very end (section 6), so that their accuracy is an honest
// estimate of what the chosen networks do on new digits. (A further 999 are kept out of the lesson
// altogether: the exercises score your models on them.)
//
// ## 1. Look at the data
//
// A digit is a 28 × 28 grid of grey levels, 0 for the background and 255 for full ink. Here are the first
// training digits, with their labels:
MLCourse.ConsoleDisplay.Heading(2, "1. Look at the data");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(DigitPictures.Draw(train, Enumerable.Range(0, 24), "The first 24 training digits and their labels"));

// **What to notice.** The digits are centred and about the same size (MNIST was prepared that way), but
// handwriting varies a lot: slanted, thick, thin, open and closed loops.
//
// A model does not see a picture. It sees **784 numbers in a row**, the image read line by line from the top
// left, scaled to 0–1. Here is row 14 of the first digit, the middle line of the picture, as the network sees
// it:
MLCourse.ConsoleDisplay.Notice("The digits are centred and about the same size (MNIST was prepared that way), but handwriting varies a lot: slanted, thick, thin, open and closed loops.");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var firstImage = train.Image(0);
display(string.Join(" ", firstImage.Skip(14 * DigitImages.Side).Take(DigitImages.Side).Select(v => v.ToString("0.00"))));

// **What to notice.** Mostly zeros (background), and a few values near 1 where the pen crossed the middle
// line. Nothing in the vector says which pixels are neighbours: pixel 406 and pixel 407 sit side by side in
// the picture, but pixels 406 and 434 sit one above the other. Remember this for the convolutional network.
//
// How many of each digit are there?
MLCourse.ConsoleDisplay.Notice("Mostly zeros (background), and a few values near 1 where the pen crossed the middle line. Nothing in the vector says which pixels are neighbours: pixel 406 and pixel 407 sit side by side in the picture, but pixels 406 and 434 sit one above the other. Remember this for the convolutional network.");

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
var perDigit = new DataFrame(
    new StringDataFrameColumn("digit", Enumerable.Range(0, 10).Select(d => d.ToString())),
    new Int32DataFrameColumn("training digits", train.CountPerDigit()),
    new Int32DataFrameColumn("validation digits", validation.CountPerDigit()));
display(perDigit.PlotBar("digit", "training digits", title: "Training digits per class", yTitle: "digits"));

// **What to notice.** The ten classes are nearly balanced (the 1s are the most common, the 5s the fewest),
// and the validation set (and the test set) have the same shares, because the split is stratified. So plain
// **accuracy** is a fair summary here, and always answering the most common digit would be right only about
// 11% of the time.
//
// ## 2. Baselines with what you already know
//
// Before any neural network: what do the models of lesson 04 do with 784 pixels as 784 features? ML.NET wants
// a class with a label and a fixed-size vector of features:
MLCourse.ConsoleDisplay.Notice("The ten classes are nearly balanced (the 1s are the most common, the 5s the fewest), and the validation set (and the test set) have the same shares, because the split is stratified. So plain accuracy is a fair summary here, and always answering the most common digit would be right only about 11% of the time.");
MLCourse.ConsoleDisplay.Heading(2, "2. Baselines with what you already know");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: DigitRow (at the end of the file).
var ml = new MLContext(seed: 1);
IDataView ToDataView(DigitImages images) =>
    ml.Data.LoadFromEnumerable(Enumerable.Range(0, images.Count).Select(i => new DigitRow { Label = (uint)images.Labels[i], Pixels = images.Image(i) }));
var (trainView, validationView) = (ToDataView(train), ToDataView(validation));

// Trains an ML.NET classifier on the pixels of the training digits.
ITransformer TrainBaseline(IEstimator<ITransformer> trainer) =>
    ml.Transforms.Conversion.MapValueToKey("Label")
        .Append(trainer)
        .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedDigit", "PredictedLabel"))
        .Fit(trainView);

// A model's report on some digits (labels as text: "0" … "9").
ClassificationReport ReportOn(ITransformer model, DigitImages images) =>
    ClassificationReport.From(images.Labels.Select(d => d.ToString()).ToList(),
        model.Transform(ToDataView(images)).GetColumn<uint>("PredictedDigit").Select(d => d.ToString()).ToList());

// A **linear classifier** (multinomial logistic regression, lesson 04) learns one weight per pixel and class:
// a score per digit that is a weighted sum of the pixels.

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var linearModel = TrainBaseline(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
    new LbfgsMaximumEntropyMulticlassTrainer.Options { FeatureColumnName = "Pixels", MaximumNumberOfIterations = 100, NumberOfThreads = 1 }));
var linearReport = ReportOn(linearModel, validation);
display($"linear classifier: validation accuracy {linearReport.Accuracy:0.000}");

// A **tree ensemble** can combine pixels in non-linear ways. We use **LightGBM**: gradient-boosted trees,
// each correcting the ones before, the idea of lesson 04's FastTree in a different library (it bins each
// feature into a histogram and grows each tree leaf by leaf, which makes it fast on 784 features). It is kept
// deliberately small here (30 trees of 16 leaves), so that it trains in seconds:

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var treeModel = TrainBaseline(ml.MulticlassClassification.Trainers.LightGbm(
    new LightGbmMulticlassTrainer.Options { FeatureColumnName = "Pixels", NumberOfIterations = 30, NumberOfLeaves = 16, NumberOfThreads = 1, Seed = 1 }));
var treeReport = ReportOn(treeModel, validation);
display($"tree ensemble: validation accuracy {treeReport.Accuracy:0.000}");

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
// The most frequent mix-ups of a classifier, counting both directions (a 7 read as a 9 and a 9 read as a 7 count together).
string MixUps(ClassificationReport report, int top)
{
    var (classes, counts) = (report.Classes, report.ConfusionMatrix);
    return string.Join(", ", Enumerable.Range(0, classes.Count).SelectMany(a => Enumerable.Range(a + 1, classes.Count - a - 1).Select(b => (a, b)))
        .Select(p => (pair: $"{classes[p.a]} and {classes[p.b]}", count: counts[p.a][p.b] + counts[p.b][p.a]))
        .OrderByDescending(p => p.count).Take(top).Select(m => $"{m.pair} ({m.count})"));
}
Console.WriteLine($"most frequent mix-ups: {MixUps(linearReport, 6)}");
display(linearReport.PlotConfusionMatrix("Linear classifier: actual digit (down) against predicted digit (across), validation digits"));

// **What to notice.** Both baselines are far better than guessing: about 9 in 10 validation digits right for
// the linear model (0.907), more for the trees (0.940). The confusion matrix shows where the straight-line
// model goes wrong: digits that share strokes (3 and 5, 5 and 8, 2 and 7, 2 and 8, 3 and 9, 4 and 9 are its
// most common mix-ups, counting both directions, as printed above the matrix). A weighted sum of pixels
// cannot express "a closed loop on top"; it can only say which pixels tend to be inked for each digit. The
// bars to beat are these two validation accuracies.
//
// ## 3. A neural network from first principles
//
// A **neural network** stacks simple layers. Ours has two:
//
// 1. a **dense layer** with 128 *hidden units*: each computes a weighted sum of the 784 pixels plus a bias,
//    `z1 = W1·x + b1`, followed by **ReLU**, `h = max(0, z1)`, which lets the network bend: without it, two
//    layers would collapse into one linear model;
// 2. a **dense layer** with 10 outputs, `z2 = W2·h + b2`, one score (*logit*) per digit, turned into
//    probabilities by **softmax**: `p_k = exp(z2_k) / Σ_j exp(z2_j)`.
//
// The **loss** for one digit with label `y` is the **cross-entropy** `−log p_y`: 0 when the network is sure
// of the right answer, large when it gives it little probability. Training lowers the mean loss over the
// training digits by **gradient descent**: move every weight a small step against its gradient.
//
// The weights start small and random (*He initialization*: a normal distribution with standard deviation √(2
// / inputs)); the biases start at 0. `DenseLayer` from the helper library holds a layer's weights and
// computes `W·x + b`, nothing more; everything else we write here.
MLCourse.ConsoleDisplay.Notice("Both baselines are far better than guessing: about 9 in 10 validation digits right for the linear model (0.907), more for the trees (0.940). The confusion matrix shows where the straight-line model goes wrong: digits that share strokes (3 and 5, 5 and 8, 2 and 7, 2 and 8, 3 and 9, 4 and 9 are its most common mix-ups, counting both directions, as printed above the matrix). A weighted sum of pixels cannot express \"a closed loop on top\"; it can only say which pixels tend to be inked for each digit. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "3. A neural network from first principles");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var (trainRows, validationRows) = (train.ToRows(), validation.ToRows());
var (trainLabels, validationLabels) = (train.Labels.ToArray(), validation.Labels.ToArray());

var initRandom = new Random(1);
var hidden = DenseLayer.Create(inputs: 784, outputs: 128, initRandom);   // W1: 128 × 784, b1: 128
var output = DenseLayer.Create(inputs: 128, outputs: 10, initRandom);    // W2: 10 × 128,  b2: 10
var parameterCount = 784 * 128 + 128 + 128 * 10 + 10;
display($"{parameterCount:N0} weights and biases to learn");

// The **forward pass**, from pixels to probabilities. Softmax subtracts the largest logit before `exp`: the
// probabilities do not change, but `exp(1000)` would overflow.

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
double[] SoftmaxOf(double[] logits)
{
    var max = logits.Max();
    var exps = logits.Select(z => Math.Exp(z - max)).ToArray();
    var sum = exps.Sum();
    return exps.Select(e => e / sum).ToArray();
}

// x (784 pixels) → h = ReLU(W1·x + b1) (128) → p = softmax(W2·h + b2) (10 probabilities)
(double[] H, double[] P) Forward(double[] x)
{
    var h = hidden.Forward(x).Select(z => Math.Max(0, z)).ToArray();
    return (h, SoftmaxOf(output.Forward(h)));
}

var untrained = Forward(trainRows[0]).P;
display($"the untrained network on a {trainLabels[0]}: probabilities {string.Join(" ", untrained.Select(p => p.ToString("0.00")))}; loss {-Math.Log(untrained[trainLabels[0]]):0.00} (a uniform guess has loss ln 10 = {Math.Log(10):0.00})");

// **What to notice.** Untrained, the network spreads its probability roughly evenly over the ten digits, and
// its loss is close to that of a uniform guess.
//
// **Backpropagation** computes the gradient of the loss with respect to every weight by the chain rule, from
// the output back to the input. For one digit with label `y`:
//
// | quantity | gradient | why |
// |---|---|---|
// | logits `z2` | `dz2 = p − onehot(y)` | the derivative of cross-entropy after softmax (exercise 11.1) |
// | `W2`, `b2` | `dz2 · hᵀ`, `dz2` | `z2 = W2·h + b2` is linear in them |
// | hidden `h` | `dh = W2ᵀ · dz2` | each hidden unit fed every logit |
// | `z1` | `dz1 = dh` where `h > 0`, else 0 | ReLU passes the gradient only where it was on |
// | `W1`, `b1` | `dz1 · xᵀ`, `dz1` | as for the second layer |
//
// For a **mini-batch** of digits the gradient is the mean over the batch. `LayerGradients` is an empty set of
// gradients shaped like a layer.
MLCourse.ConsoleDisplay.Notice("Untrained, the network spreads its probability roughly evenly over the ten digits, and its loss is close to that of a uniform guess.");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
// The mean gradient of the loss over a batch, for every weight and bias of both layers.
// reluMask: false leaves out ReLU's mask, a mistake made on purpose to show that the gradient check below catches it.
(LayerGradients Hidden, LayerGradients Output) Backward(IReadOnlyList<double[]> xs, IReadOnlyList<int> ys, bool reluMask = true)
{
    var (dHidden, dOutput) = (LayerGradients.ZerosLike(hidden), LayerGradients.ZerosLike(output));
    for (var n = 0; n < xs.Count; n++)
    {
        var (x, (h, p)) = (xs[n], Forward(xs[n]));
        var dz2 = p.ToArray();
        dz2[ys[n]] -= 1;                                          // dz2 = p − onehot(y)
        var dh = new double[h.Length];
        for (var k = 0; k < dz2.Length; k++)
        {
            dOutput.Biases[k] += dz2[k];                                                          // db2 = dz2
            TensorPrimitives.MultiplyAdd(h, dz2[k], dOutput.Weights[k], dOutput.Weights[k]);      // dW2 = dz2 · hᵀ, row k
            TensorPrimitives.MultiplyAdd(output.Weights[k], dz2[k], dh, dh);                     // dh = W2ᵀ · dz2, one term per logit
        }
        for (var j = 0; j < h.Length; j++)
        {
            if (reluMask && h[j] <= 0) continue;                  // dz1 = dh where ReLU was on, else 0
            dHidden.Biases[j] += dh[j];                           // db1 = dz1
            TensorPrimitives.MultiplyAdd(x, dh[j], dHidden.Weights[j], dHidden.Weights[j]);   // dW1 = dz1 · xᵀ, a row of 784 at once
        }
    }
    foreach (var row in dHidden.Weights.Concat(dOutput.Weights).Append(dHidden.Biases).Append(dOutput.Biases))
        TensorPrimitives.Multiply(row, 1.0 / xs.Count, row);     // the mean over the batch
    return (dHidden, dOutput);
}

// Is that right? A **gradient check** compares it with the definition of a derivative: nudge one parameter by
// ±ε, see how the loss moves, `(L(w + ε) − L(w − ε)) / 2ε`. On 10 training digits we do it for 30 randomly
// chosen weights and 10 randomly chosen biases of each layer, and compute the relative error `‖analytic −
// numeric‖ / (‖analytic‖ + ‖numeric‖)`. With a right backward pass it is tiny, around 1e-7 or less (only
// rounding differs); a mistake in the formulas gives 1e-3 or more.
//
// Two details keep the check honest. The biases are drawn on their own: only 138 of the 101,770 parameters
// are biases, so random picks among all parameters would almost never test one. And a weight is drawn only
// where its input is not 0 in all 10 digits (for the first layer, pixels inked in at least one of them; for
// the second, hidden units that are on for at least one): a blank pixel's weights have gradient 0 both ways,
// and comparing 0 with 0 proves nothing. A check must also show that it *can* fail, so we run it once more on
// two backward passes broken on purpose: one without ReLU's mask, one with the sign of the hidden biases'
// gradient flipped.

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
double MeanLoss(IReadOnlyList<double[]> xs, IReadOnlyList<int> ys) => Enumerable.Range(0, xs.Count).Average(n => -Math.Log(Forward(xs[n]).P[ys[n]]));

var (checkRows, checkLabels) = (trainRows[..10], trainLabels[..10]);
// A weight's gradient is 0 both ways when its input is 0 in all 10 digits; draw weights only among inputs that are not:
var inkedPixels = Enumerable.Range(0, 784).Where(i => checkRows.Any(x => x[i] > 0)).ToArray();             // W1: pixels inked in some check digit
var activeUnits = Enumerable.Range(0, 128).Where(j => checkRows.Any(x => Forward(x).H[j] > 0)).ToArray();   // W2: hidden units on for some check digit

// Compares backpropagation's gradients with numerical ones for 30 weights and 10 biases of each layer:
// the relative error, and how many of the 80 comparisons were not simply 0 against 0.
(double RelativeError, int NonZero) CheckGradients((LayerGradients Hidden, LayerGradients Output) fromBackprop)
{
    var pick = new Random(2);
    var (squaredDifference, analyticSquares, numericSquares, nonZero) = (0.0, 0.0, 0.0, 0);
    foreach (var (layer, gradient) in new[] { (hidden, fromBackprop.Hidden), (output, fromBackprop.Output) })
    {
        for (var sample = 0; sample < 40; sample++)
        {
            var o = pick.Next(layer.Outputs);
            var i = layer == hidden ? inkedPixels[pick.Next(inkedPixels.Length)] : activeUnits[pick.Next(activeUnits.Length)];
            var (values, index, analytic) = sample < 30 ? (layer.Weights[o], i, gradient.Weights[o][i]) : (layer.Biases, o, gradient.Biases[o]);
            var original = values[index];
            values[index] = original + 1e-5;
            var lossUp = MeanLoss(checkRows, checkLabels);
            values[index] = original - 1e-5;
            var lossDown = MeanLoss(checkRows, checkLabels);
            values[index] = original;
            var numeric = (lossUp - lossDown) / 2e-5;
            (squaredDifference, analyticSquares, numericSquares) = (squaredDifference + Math.Pow(analytic - numeric, 2), analyticSquares + analytic * analytic, numericSquares + numeric * numeric);
            if (analytic != 0 || numeric != 0) nonZero++;
        }
    }
    return (Math.Sqrt(squaredDifference) / (Math.Sqrt(analyticSquares) + Math.Sqrt(numericSquares)), nonZero);
}

var analyticGradients = Backward(checkRows, checkLabels);
var (gradientError, nonZeroComparisons) = CheckGradients(analyticGradients);
var withoutReluMask = CheckGradients(Backward(checkRows, checkLabels, reluMask: false)).RelativeError;
var flippedBiases = Backward(checkRows, checkLabels);
TensorPrimitives.Negate(flippedBiases.Hidden.Biases, flippedBiases.Hidden.Biases);
var withFlippedBiases = CheckGradients(flippedBiases).RelativeError;

// The helper library's tested copy of this network computes the same gradients, weights and biases alike.
var reference = new TwoLayerNetwork(hidden, output).Gradients(checkRows, checkLabels);
var largestDifference = new[] { (reference.Hidden, analyticGradients.Hidden), (reference.Output, analyticGradients.Output) }
    .SelectMany(layer => layer.Item1.Weights.Zip(layer.Item2.Weights).Append((First: layer.Item1.Biases, Second: layer.Item2.Biases)))
    .Max(rows => rows.First.Zip(rows.Second).Max(v => Math.Abs(v.First - v.Second)));
Console.WriteLine($"gradient check: relative error {gradientError:0.0e+0}; {nonZeroComparisons} of 80 comparisons non-zero ({activeUnits.Length} of 128 hidden units are on for some check digit)");
Console.WriteLine($"broken on purpose: without ReLU's mask {withoutReluMask:0.0e+0}; hidden biases' gradient with the wrong sign {withFlippedBiases:0.0e+0}");
Console.WriteLine($"largest difference from the library's reference: {largestDifference:0.0e+0}");

// **What to notice.** The relative error is around 1e-10: backpropagation is right. 72 of the 80 comparisons
// were non-zero; the others belong to hidden units that are off for all 10 check digits (119 of the 128 are
// on for at least one), whose gradients really are 0. The two broken versions give errors above 0.1, about a
// billion times larger, so the check would have caught either mistake. The library's `TwoLayerNetwork`, which
// has unit tests with a hand-computed example, gives the same gradients, weights and biases, up to rounding.
//
// The bar in the checks below is 1e-4, looser than the "1e-7 or less" a right gradient gives. It sits between
// the two on purpose: a correct network must not fail because one nudge happened to cross ReLU's kink (where
// the finite difference is wrong, not the gradient) or because another CPU rounds differently, while every
// real mistake, like the two above, lands far above it.
//
// Now **training**: 7 *epochs* (passes over the training digits); in each, the digits in a new random order,
// cut into mini-batches of 32, and after each batch every weight moves by `−learningRate × gradient`. After
// each epoch we measure the loss and accuracy on the training and validation digits, to draw the **training
// curves**.
MLCourse.ConsoleDisplay.Notice("The relative error is around 1e-10: backpropagation is right. 72 of the 80 comparisons were non-zero; the others belong to hidden units that are off for all 10 check digits (119 of the 128 are on for at least one), whose gradients really are 0. The two broken versions give errors above 0.1, about a billion times larger, so the check would have caught either mistake. (More in the lesson's text.)");

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: EpochResult (at the end of the file).
var history = new List<EpochResult>();

// Mean loss and accuracy over a set of digits, in one forward pass per digit.
(double Loss, double Accuracy) Evaluate(IReadOnlyList<double[]> xs, IReadOnlyList<int> ys)
{
    var (loss, right) = (0.0, 0);
    for (var n = 0; n < xs.Count; n++)
    {
        var p = Forward(xs[n]).P;
        loss -= Math.Log(p[ys[n]]);
        if (Array.IndexOf(p, p.Max()) == ys[n]) right++;
    }
    return (loss / xs.Count, right / (double)xs.Count);
}

var learningRate = 0.2;
var shuffleRandom = new Random(3);
var scratchClock = Stopwatch.StartNew();
for (var epoch = 1; epoch <= 7; epoch++)
{
    var order = Enumerable.Range(0, trainRows.Length).ToArray();
    shuffleRandom.Shuffle(order);
    foreach (var batch in order.Chunk(32))
    {
        var (dHidden, dOutput) = Backward(batch.Select(n => trainRows[n]).ToArray(), batch.Select(n => trainLabels[n]).ToArray());
        foreach (var (layer, gradient) in new[] { (hidden, dHidden), (output, dOutput) })
        {
            for (var o = 0; o < layer.Outputs; o++)
                TensorPrimitives.MultiplyAdd(gradient.Weights[o], -learningRate, layer.Weights[o], layer.Weights[o]);   // w ← w − rate × gradient
            TensorPrimitives.MultiplyAdd(gradient.Biases, -learningRate, layer.Biases, layer.Biases);
        }
    }
    var (onTrain, onValidation) = (Evaluate(trainRows, trainLabels), Evaluate(validationRows, validationLabels));
    history.Add(new EpochResult("from first principles", epoch, onTrain.Loss, onValidation.Loss, onTrain.Accuracy, onValidation.Accuracy));
    Console.WriteLine($"epoch {epoch}: training loss {onTrain.Loss:0.000}, validation loss {onValidation.Loss:0.000}; accuracy {onTrain.Accuracy:0.000} on training, {onValidation.Accuracy:0.000} on validation digits");
}
var scratchSeconds = scratchClock.Elapsed.TotalSeconds;
var scratchAccuracy = history[^1].ValidationAccuracy;
display($"7 epochs in {scratchSeconds:0.0} s (a timing: it depends on the machine)");

// The curves, training against validation, for the loss and for the accuracy. One helper draws them for any
// of the lesson's networks. It keeps one column per curve, as the history has them, and `Melt` (new in
// DataFrame 0.24, like pandas' `melt`) turns the columns into rows, one per epoch and curve, the long shape
// in which `PlotLine` draws a line per value of `by:`:

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
Plotly.NET.GenericChart PlotCurves(string network, string measure)
{
    var rows = history.Where(e => e.Network == network).ToList();
    var curves = new DataFrame(
        new Int32DataFrameColumn("epoch", rows.Select(e => e.Epoch)),
        new DoubleDataFrameColumn("training", rows.Select(e => measure == "loss" ? e.TrainLoss : e.TrainAccuracy)),
        new DoubleDataFrameColumn("validation", rows.Select(e => measure == "loss" ? e.ValidationLoss : e.ValidationAccuracy)));
    return curves.Melt(idColumns: ["epoch"], valueColumns: ["training", "validation"], variableName: "digits", valueName: measure)
        .PlotLine("epoch", measure, by: "digits", title: $"Network {network}: {measure} per epoch");
}
display(PlotCurves("from first principles", "loss"));

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(PlotCurves("from first principles", "accuracy"));

// **What to notice.** The loss falls fast in the first epochs, then slowly. The training curves improve
// faster than the validation curves, and the gap between them widens with every epoch: after the last one the
// training loss is 0.051 against 0.177 on the validation digits, and the accuracy 0.992 against 0.947. That
// gap *is* **overfitting** (lesson 05; Hands-On ML and *Dive into Deep Learning* use the word the same way):
// the network has learned details of its 6,002 training digits that do not carry over to new ones. What has
// not happened yet is the signal that says *stop*: the validation loss still falls in the last epoch (0.206 →
// 0.177; it rose twice on the way, at epochs 2 and 5, which is why one bad epoch is no reason to stop), so
// more epochs could still help on new digits. **Early stopping** trains until the validation loss turns up,
// and keeps the parameters of its best epoch; TorchSharp's training loop below does exactly that. With
// 101,770 parameters and 6,002 digits the turn would come with more epochs; more data, or **regularization**
// such as dropout (section 4), narrows the gap.
//
// Every choice here is made on the validation digits, which are not part of training, and the test digits
// have not been looked at. The 7 epochs are a budget, not a finding: the validation loss is still falling at
// 7, which says more epochs might help; early stopping (the CNN's training below keeps its best epoch) is the
// way to let validation decide. The learning rate of 0.2 is a usual first value for plain SGD on a network
// this size; exercise 11.2 shows how to choose one on validation.
//
// About 19 in 20 validation digits are right (0.947): well above the linear classifier and level with the
// tree ensemble (0.940), with a network we wrote in about 50 lines. The bars, checked and published:
MLCourse.ConsoleDisplay.Notice("The loss falls fast in the first epochs, then slowly. The training curves improve faster than the validation curves, and the gap between them widens with every epoch: after the last one the training loss is 0.051 against 0.177 on the validation digits, and the accuracy 0.992 against 0.947. That gap is overfitting (lesson 05; Hands-On ML and Dive into Deep Learning use the word the same way): the network has learned details of its 6,002 training digits that do not carry over to new ones. (More in the lesson's text.)");

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
var scratchEnd = history[^1];
if (scratchEnd.ValidationLoss >= history[^2].ValidationLoss || scratchEnd.TrainAccuracy - scratchEnd.ValidationAccuracy < 0.02)
    throw new InvalidOperationException($"Expected the validation loss still to fall in the last epoch, with a train/validation accuracy gap ≥ 0.02; got {history[^2].ValidationLoss:0.000} → {scratchEnd.ValidationLoss:0.000} and a gap of {scratchEnd.TrainAccuracy - scratchEnd.ValidationAccuracy:0.000}.");
if (scratchAccuracy < 0.92 || gradientError > 1e-4 || largestDifference > 1e-9)
    throw new InvalidOperationException($"Expected the network from first principles to reach a validation accuracy ≥ 0.92 with a gradient-check relative error ≤ 1e-4, agreeing with the library (≤ 1e-9); got {scratchAccuracy:0.000}, {gradientError:0.0e+0} and {largestDifference:0.0e+0}.");
if (nonZeroComparisons < 60 || withoutReluMask < 1e-2 || withFlippedBiases < 1e-2)
    throw new InvalidOperationException($"Expected the gradient check to compare at least 60 non-zero gradients and to catch both broken backward passes (relative error ≥ 1e-2); got {nonZeroComparisons}, {withoutReluMask:0.0e+0} and {withFlippedBiases:0.0e+0}.");
MLCourse.Course.Publish("scratch_validation_accuracy", scratchAccuracy);
MLCourse.Course.Publish("scratch_train_validation_loss_gap", scratchEnd.ValidationLoss - scratchEnd.TrainLoss);
MLCourse.Course.Publish("gradient_check_relative_error", gradientError);
MLCourse.Course.PublishTiming("scratch_training_s", scratchSeconds);

// ## 4. The same network in TorchSharp
//
// Writing backpropagation by hand is the best way to understand it and the worst way to build networks.
// **TorchSharp** is the engine of PyTorch, libtorch, with a C# API that follows PyTorch's names closely.
// Three ideas carry it:
//
// - a **tensor** is an n-dimensional array (our 6,002 training digits are one tensor of shape 6002 × 784);
// - **autograd**: every operation on a tensor that `requires_grad` is recorded, and `backward()` runs
//   backpropagation through the record, so you never write the gradient formulas again;
// - **modules** (`nn.Linear`, `nn.ReLU`, `nn.Conv2d`, …) hold their parameters, and **optimizers** (`SGD`,
//   `Adam`) apply the update rule.
//
// Autograd at work on something we can check by hand: for `loss = (3w − 1)²` at `w = 2`, the derivative is `2
// · (3w − 1) · 3 = 30`.
MLCourse.ConsoleDisplay.Heading(2, "4. The same network in TorchSharp");

// ── cell 35 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.set_num_threads(1);   // one thread: the same numbers on every run and every machine's thread count (see below)
var w = torch.tensor(2.0, requires_grad: true);
var toyLoss = (3 * w - 1).pow(2);
toyLoss.backward();
display($"loss {toyLoss.item<double>()}, gradient by autograd {w.grad.item<double>()} (by hand: 2 × (3 × 2 − 1) × 3 = 30)");

// **What to notice.** `backward()` computed the derivative we would have worked out by hand. The same call,
// on a network's loss, does everything our `Backward` function did.
//
// About `set_num_threads(1)`: with several threads, libtorch splits sums between them, and the order in which
// partial sums are added changes the last bits of the result, which training then amplifies. One thread makes
// every run give the same numbers, which this course needs to check its results automatically. The price is
// speed on a machine with many cores, where libtorch's default (one thread per core) shares the work of each
// batch between them. When you experiment on your own laptop, remove the line and accept that the last digits
// of the results change from run to run.
//
// The digits as tensors: the pixels as floats, the labels as 64-bit integers (what `cross_entropy` expects).
MLCourse.ConsoleDisplay.Notice("backward() computed the derivative we would have worked out by hand. The same call, on a network's loss, does everything our Backward function did.");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var xTrain = torch.tensor(train.ToFloats(), new long[] { train.Count, DigitImages.PixelCount });
var yTrain = torch.tensor(train.Labels.Select(d => (long)d).ToArray());
var xValidation = torch.tensor(validation.ToFloats(), new long[] { validation.Count, DigitImages.PixelCount });
var yValidation = torch.tensor(validation.Labels.Select(d => (long)d).ToArray());
display($"xTrain: {string.Join(" × ", xTrain.shape)} {xTrain.dtype}; yTrain: {string.Join(" × ", yTrain.shape)} {yTrain.dtype}");

// One **training loop** serves every network in the rest of the lesson; it is the loop every PyTorch program
// has. Per mini-batch: `zero_grad()` clears the previous gradients, `forward` computes the scores,
// `cross_entropy` the loss (softmax included), `backward()` the gradients, `step()` the update. A
// `DisposeScope` frees each batch's temporary tensors at once (.NET's garbage collector does not see how
// large native tensors are). After each epoch it records the curves on the training and validation digits, as
// before. Asked to (`keepBest: true`), it also does **early stopping**'s bookkeeping: it keeps a copy of the
// parameters of the epoch with the lowest validation loss and puts them back at the end, so that the number
// of epochs that counts is chosen on validation.

// ── cell 39 ────────────────────────────────────────────────────────────────────────────────────────────────
// Accuracy and mean loss of a model on a set of digits, without recording gradients.
(double Accuracy, double Loss) Measure(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y)
{
    using var scope = torch.NewDisposeScope();
    using var noGradients = torch.no_grad();
    model.eval();
    var scores = model.forward(x);
    return ((scores.argmax(1) == y).to(torch.float64).mean().item<double>(), nn.functional.cross_entropy(scores, y).item<float>());
}

// Trains a model in shuffled mini-batches for some epochs and records its curves. With keepBest, ends with the parameters
// of the epoch with the lowest validation loss (early stopping). Returns the seconds it took and the epoch whose parameters it ends with.
(double Seconds, int Epoch) Fit(string name, nn.Module<Tensor, Tensor> model, torch.optim.Optimizer optimizer, torch.optim.lr_scheduler.LRScheduler? schedule,
    int epochs, int batchSize, bool keepBest = false)
{
    var clock = Stopwatch.StartNew();
    var shuffle = new torch.Generator(7);
    var (bestEpoch, bestLoss) = (epochs, double.PositiveInfinity);
    Dictionary<string, Tensor>? bestParameters = null;
    for (var epoch = 1; epoch <= epochs; epoch++)
    {
        model.train();
        var order = torch.randperm(xTrain.shape[0], generator: shuffle);
        for (long start = 0; start < xTrain.shape[0]; start += batchSize)
        {
            using var scope = torch.NewDisposeScope();
            var batch = order.narrow(0, start, Math.Min(batchSize, xTrain.shape[0] - start));
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(model.forward(xTrain.index(batch)), yTrain.index(batch));
            loss.backward();
            optimizer.step();
        }
        schedule?.step();
        var (trainMeasure, validationMeasure) = (Measure(model, xTrain, yTrain), Measure(model, xValidation, yValidation));
        history.Add(new EpochResult(name, epoch, trainMeasure.Loss, validationMeasure.Loss, trainMeasure.Accuracy, validationMeasure.Accuracy));
        Console.WriteLine($"{name}, epoch {epoch}: training loss {trainMeasure.Loss:0.000}, validation loss {validationMeasure.Loss:0.000}, validation accuracy {validationMeasure.Accuracy:0.000}, {clock.Elapsed.TotalSeconds:0.0} s");
        if (keepBest && validationMeasure.Loss < bestLoss)
        {
            (bestEpoch, bestLoss) = (epoch, validationMeasure.Loss);
            bestParameters = model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone());   // a copy: training goes on changing the originals
        }
    }
    if (bestParameters is not null)
    {
        model.load_state_dict(bestParameters);
        Console.WriteLine($"{name}: kept the parameters of epoch {bestEpoch}, the lowest validation loss ({bestLoss:0.000})");
    }
    return (clock.Elapsed.TotalSeconds, bestEpoch);
}

// The digit a model predicts for each image (784 values in 0–1 each).
int[] Classify(nn.Module<Tensor, Tensor> model, float[][] images)
{
    using var scope = torch.NewDisposeScope();
    using var noGradients = torch.no_grad();
    model.eval();
    var x = torch.tensor(images.SelectMany(image => image).ToArray(), new long[] { images.Length, DigitImages.PixelCount });
    return model.forward(x).argmax(1).data<long>().Select(d => (int)d).ToArray();
}

// The network of section 3, in three lines: `nn.Sequential` chains the layers; `nn.Linear(784, 128)` is our
// `W1·x + b1`; `SGD` with the same learning rate, batches of 32, 7 epochs. One difference: the random start.
// `nn.Linear` draws its weights uniformly in ±1/√inputs (±0.036 for 784 inputs, a standard deviation of
// 0.021, PyTorch's default) and its biases in the same range, where we drew weights from He's normal
// distribution (standard deviation √(2/784) = 0.051) and started the biases at 0.

// ── cell 41 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.manual_seed(1);
var mlp = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10));
var mlpSeconds = Fit("in TorchSharp", mlp, torch.optim.SGD(mlp.parameters(), learningRate), null, epochs: 7, batchSize: 32).Seconds;
var mlpAccuracy = Measure(mlp, xValidation, yValidation).Accuracy;
display($"validation accuracy {mlpAccuracy:0.000} (from first principles: {scratchAccuracy:0.000})");

// **What to notice.** The same recipe gives about the same result: 0.940 here against 0.947 by hand, on the
// validation digits (the random start and the order of the batches differ, so the curves differ in detail).
// TorchSharp took no gradient formula from us. Compare the seconds in the last line above with those printed
// under section 3's training loop: on one thread, for a network this small, the two are of the same order,
// and which one wins depends on the machine and on what else it is doing. Speed is not why people use
// PyTorch's engine at this size; autograd is, and at larger sizes its batched matrix routines, many threads
// and GPUs are.
MLCourse.ConsoleDisplay.Notice("The same recipe gives about the same result: 0.940 here against 0.947 by hand, on the validation digits (the random start and the order of the batches differ, so the curves differ in detail). TorchSharp took no gradient formula from us. Compare the seconds in the last line above with those printed under section 3's training loop: on one thread, for a network this small, the two are of the same order, and which one wins depends on the machine and on what else it is doing. (More in the lesson's text.)");

// ### Regularization: narrowing the gap
//
// The MLP ends, like our network from first principles, with a gap between its training and validation
// digits. **Dropout** is the most common cure for dense networks: while training, each hidden unit's output
// is set to zero at random, afresh for every example on every forward pass (here with probability 0.5, the
// remaining ones scaled up by 2 to keep the sum's expected size), so no unit can rely on a particular other
// one, and the network cannot memorize through a few units' coincidences. When predicting (`model.eval()`,
// which `Measure` and `Classify` call), dropout does nothing. One extra layer, `nn.Dropout(0.5)`; everything
// else as above:
MLCourse.ConsoleDisplay.Heading(3, "Regularization: narrowing the gap");

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.manual_seed(1);
var dropoutMlp = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, 10));
Fit("with dropout", dropoutMlp, torch.optim.SGD(dropoutMlp.parameters(), learningRate), null, epochs: 7, batchSize: 32);
var dropoutAccuracy = Measure(dropoutMlp, xValidation, yValidation).Accuracy;
var (plainEnd, dropoutEnd) = (history.Last(e => e.Network == "in TorchSharp"), history.Last(e => e.Network == "with dropout"));
var (plainGap, dropoutGap) = (plainEnd.TrainAccuracy - plainEnd.ValidationAccuracy, dropoutEnd.TrainAccuracy - dropoutEnd.ValidationAccuracy);
display(new DataFrame(
    new StringDataFrameColumn("MLP, after 7 epochs", ["without dropout", "with dropout"]),
    new DoubleDataFrameColumn("training accuracy", [Math.Round(plainEnd.TrainAccuracy, 4), Math.Round(dropoutEnd.TrainAccuracy, 4)]),
    new DoubleDataFrameColumn("validation accuracy", [Math.Round(plainEnd.ValidationAccuracy, 4), Math.Round(dropoutEnd.ValidationAccuracy, 4)]),
    new DoubleDataFrameColumn("accuracy gap", [Math.Round(plainGap, 4), Math.Round(dropoutGap, 4)]),
    new DoubleDataFrameColumn("training loss", [Math.Round(plainEnd.TrainLoss, 3), Math.Round(dropoutEnd.TrainLoss, 3)]),
    new DoubleDataFrameColumn("validation loss", [Math.Round(plainEnd.ValidationLoss, 3), Math.Round(dropoutEnd.ValidationLoss, 3)])));

// ── cell 45 ────────────────────────────────────────────────────────────────────────────────────────────────
if (dropoutGap >= plainGap || dropoutEnd.ValidationLoss - dropoutEnd.TrainLoss >= plainEnd.ValidationLoss - plainEnd.TrainLoss)
    throw new InvalidOperationException($"Expected dropout to narrow the train/validation gap in accuracy and in loss; got {plainGap:0.000} → {dropoutGap:0.000}.");
MLCourse.Course.Publish("mlp_train_validation_gap", plainGap);
MLCourse.Course.Publish("dropout_mlp_train_validation_gap", dropoutGap);
display(PlotCurves("with dropout", "loss"));

// **What to notice.** Dropout narrows the gap, in accuracy (0.043 → 0.034) and in loss (0.122 → 0.108,
// validation minus training loss): what the network learns carries over better to digits it has not seen. But
// look at *why*: its training accuracy fell more than its validation accuracy, which is lower too (0.929
// against 0.940), and its validation loss turned up in the last epoch. With 7 epochs, switching off half the
// hidden units holds back learning more than it cures overfitting. A narrower gap is a symptom, not the goal;
// the validation accuracy decides, and here it shows no sign that dropout helps at this length of training
// (0.940 against 0.929 is 11 of 999 digits, from one seed: a hint, not proof). Dropout pays off where a
// network overfits badly (many more parameters than examples, many epochs); try it with more epochs, or a
// rate of 0.2, and compare on validation.
MLCourse.ConsoleDisplay.Notice("Dropout narrows the gap, in accuracy (0.043 → 0.034) and in loss (0.122 → 0.108, validation minus training loss): what the network learns carries over better to digits it has not seen. But look at why: its training accuracy fell more than its validation accuracy, which is lower too (0.929 against 0.940), and its validation loss turned up in the last epoch. With 7 epochs, switching off half the hidden units holds back learning more than it cures overfitting. (More in the lesson's text.)");

// ### A convolutional network
//
// Our networks so far treat the 784 pixels as an unordered list: move every pixel to a fixed new place and
// they would learn just as well. They cannot know that a stroke is a stroke wherever it is drawn. A
// **convolution** slides a small filter (here 5 × 5 pixels) across the image and computes the same weighted
// sum at every position, so:
//
// - it looks at **neighbouring pixels together** (edges, corners, loop fragments);
// - the same filter finds a pattern **anywhere** in the image, with few weights (25 per filter instead of 784
//   per unit);
// - **max pooling** keeps the strongest response in each 2 × 2 patch, halving the image and tolerating small
//   shifts.
//
// Two such blocks, then a small dense head: 28 × 28 → conv 5 × 5, 16 filters → 24 × 24 × 16 → pool → 12 × 12
// × 16 → conv 5 × 5, 32 filters → 8 × 8 × 32 → pool → 4 × 4 × 32 = 512 numbers → dense 64 → 10 scores. We
// train it with **Adam** (an optimizer that adapts each weight's step size) and a learning rate that shrinks
// by 40% after every epoch, so that the last epochs settle instead of jumping around. Its starting learning
// rate is a choice, and choices are made on validation: a short trial, one epoch from the same random start
// for each of three rates, and the rate with the best validation accuracy goes on.
MLCourse.ConsoleDisplay.Heading(3, "A convolutional network");

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
// The lesson's CNN: two convolution blocks, then a dense head (the architecture; each call makes one with fresh random weights).
nn.Module<Tensor, Tensor> NewCnn() => nn.Sequential(
    nn.Unflatten(1, new long[] { 1, 28, 28 }),                  // 784 → 1 channel of 28 × 28
    nn.Conv2d(1, 16, kernel_size: 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size: 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(),                                                // 32 × 4 × 4 = 512
    nn.Linear(512, 64), nn.ReLU(), nn.Linear(64, 10));

// A short trial per starting learning rate: one epoch from the same random start, judged on the validation digits.
var cnnTrials = new[] { 0.0005, 0.002, 0.008 }.Select(rate =>
{
    torch.manual_seed(1);
    var candidate = NewCnn();
    Fit($"CNN trial, rate {rate}", candidate, torch.optim.Adam(candidate.parameters(), rate), null, epochs: 1, batchSize: 32);
    return (rate, accuracy: Measure(candidate, xValidation, yValidation).Accuracy);
}).ToList();
var cnnRate = cnnTrials.MaxBy(t => t.accuracy).rate;
display($"after one epoch, validation accuracy {string.Join(", ", cnnTrials.Select(t => $"{t.accuracy:0.000} with rate {t.rate}"))}: the CNN starts with {cnnRate}");

// ── cell 49 ────────────────────────────────────────────────────────────────────────────────────────────────
torch.manual_seed(1);
var cnn = NewCnn();
var cnnOptimizer = torch.optim.Adam(cnn.parameters(), cnnRate);
var (cnnSeconds, cnnEpoch) = Fit("CNN", cnn, cnnOptimizer, torch.optim.lr_scheduler.ExponentialLR(cnnOptimizer, 0.6), epochs: 5, batchSize: 32, keepBest: true);
var cnnAccuracy = Measure(cnn, xValidation, yValidation).Accuracy;
var cnnParameters = cnn.parameters().Sum(p => p.numel());
display($"CNN: validation accuracy {cnnAccuracy:0.000} with {cnnParameters:N0} weights and biases (the MLP has {mlp.parameters().Sum(p => p.numel()):N0})");

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(PlotCurves("CNN", "accuracy"));

// **What to notice.** The one-epoch trial preferred 0.002 (0.947, against 0.908 with 0.0005 and 0.945 with
// 0.008); the validation loss then fell in every one of the 5 epochs, so early stopping kept the last. The
// convolutional network's error rate is less than half the MLP's (2.4% against 6.0% of the validation digits,
// accuracies 0.976 and 0.940), with fewer than half its parameters: sharing one small filter across the whole
// image is the right assumption for pictures. After a single epoch it is already about as good as the MLP
// after seven (0.947); the shrinking learning rate lets the last epochs settle.
//
// Which digits does it still get wrong? Each picture is captioned *actual → predicted*:
MLCourse.ConsoleDisplay.Notice("The one-epoch trial preferred 0.002 (0.947, against 0.908 with 0.0005 and 0.945 with 0.008); the validation loss then fell in every one of the 5 epochs, so early stopping kept the last. The convolutional network's error rate is less than half the MLP's (2.4% against 6.0% of the validation digits, accuracies 0.976 and 0.940), with fewer than half its parameters: sharing one small filter across the whole image is the right assumption for pictures. (More in the lesson's text.)");

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
var cnnPredictions = Classify(cnn, Enumerable.Range(0, validation.Count).Select(validation.Image).ToArray());
var mistakes = Enumerable.Range(0, validation.Count).Where(i => cnnPredictions[i] != validation.Labels[i]).ToList();
Console.WriteLine(string.Join(", ", mistakes.Select(i => $"{validation.Labels[i]} → {cnnPredictions[i]}")));
display(DigitPictures.Draw(validation, mistakes.Take(30), $"The CNN's mistakes: {mistakes.Count} of {validation.Count} validation digits (the first 30), actual → predicted",
    i => $"{validation.Labels[i]} → {cnnPredictions[i]}"));

// **What to notice.** 24 of the 999 validation digits are wrong, and the list above the pictures shows a
// pattern: five 5s read as 3s (and a 3 read as a 5), three 2s read as 7s, two 4s read as 9s. These are digits
// that share most of their strokes: a 5 whose top bar is short or slanted is most of a 3, a 4 with a closed
// top is a 9. Look at the pictures: some would make a person hesitate too, others are plain errors that a
// larger network or more training digits would fix. The CNN's confusions, as a matrix:
MLCourse.ConsoleDisplay.Notice("24 of the 999 validation digits are wrong, and the list above the pictures shows a pattern: five 5s read as 3s (and a 3 read as a 5), three 2s read as 7s, two 4s read as 9s. These are digits that share most of their strokes: a 5 whose top bar is short or slanted is most of a 3, a 4 with a closed top is a 9. Look at the pictures: some would make a person hesitate too, others are plain errors that a larger network or more training digits would fix. The CNN's confusions, as a matrix:");

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
var cnnReport = ClassificationReport.From(validation.Labels.Select(d => d.ToString()).ToList(), cnnPredictions.Select(d => d.ToString()).ToList());
Console.WriteLine($"most frequent mix-ups: {MixUps(cnnReport, 3)}");
display(cnnReport.PlotConfusionMatrix("CNN: actual digit (down) against predicted digit (across), validation digits"));

// **What to notice.** Compare with the linear classifier's matrix: almost all off-diagonal counts are 0 or 1
// now. The largest mix-up left is 3 and 5 (6 of the 24 mistakes), the linear classifier's largest too (12);
// next come 2 and 7 (3) and 1 and 2 (2). The bars, checked and published:
MLCourse.ConsoleDisplay.Notice("Compare with the linear classifier's matrix: almost all off-diagonal counts are 0 or 1 now. The largest mix-up left is 3 and 5 (6 of the 24 mistakes), the linear classifier's largest too (12); next come 2 and 7 (3) and 1 and 2 (2). The bars, checked and published:");

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
if (cnnAccuracy < 0.965 || mlpAccuracy < 0.92 || cnnReport.Accuracy != cnnAccuracy)
    throw new InvalidOperationException($"Expected the CNN to reach a validation accuracy ≥ 0.965 (the same by Measure and by Classify) and the TorchSharp MLP ≥ 0.92; got {cnnAccuracy:0.000} ({cnnReport.Accuracy:0.000}) and {mlpAccuracy:0.000}.");
MLCourse.Course.Publish("cnn_learning_rate", cnnRate);
MLCourse.Course.Publish("cnn_validation_accuracy", cnnAccuracy);
MLCourse.Course.PublishTiming("torch_mlp_training_s", mlpSeconds);
MLCourse.Course.PublishTiming("cnn_training_s", cnnSeconds);

// ## 5. Saving and reusing the network
//
// A trained network is its architecture (code) plus its parameters (numbers). TorchSharp's `save` writes the
// parameters to a file; to use them, build the same architecture and `load` them. (The file is TorchSharp's
// own format; to exchange models with Python, PyTorch's `torch.save` files can be converted, and ONNX, lesson
// 07, is the portable route.)
MLCourse.ConsoleDisplay.Heading(2, "5. Saving and reusing the network");

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
var modelFolder = Path.Combine("..", "artifacts", "models");
Directory.CreateDirectory(modelFolder);
var modelPath = Path.Combine(modelFolder, "digits-cnn.dat");
cnn.save(modelPath);

torch.manual_seed(99);   // a different random start: everything that matters must come from the file
var reloaded = NewCnn();   // the same architecture, built by the same code
reloaded.load(modelPath);
var reloadedPredictions = Classify(reloaded, Enumerable.Range(0, validation.Count).Select(validation.Image).ToArray());
var agreement = reloadedPredictions.Zip(cnnPredictions).Count(p => p.First == p.Second) / (double)validation.Count;
display($"saved {new FileInfo(modelPath).Length / 1024.0:0} KB; the reloaded network agrees with the original on {agreement:P1} of the validation digits");

// One prediction, as an application would make it: one image in, a digit and the probabilities out.

// ── cell 60 ────────────────────────────────────────────────────────────────────────────────────────────────
var oneDigit = validation.Image(0);
float[] probabilities;
using (torch.no_grad())
    probabilities = nn.functional.softmax(reloaded.forward(torch.tensor(oneDigit, new long[] { 1, 784 })), 1).data<float>().ToArray();
Console.WriteLine($"predicted {Array.IndexOf(probabilities, probabilities.Max())} with probability {probabilities.Max():0.000}; the label is {validation.Labels[0]}");
if (agreement != 1) throw new InvalidOperationException($"Expected the reloaded network to agree with the original on every test digit; it agrees on {agreement:P1}.");
display(DigitPictures.Draw(validation, [0], "The digit we asked about"));

// **What to notice.** The reloaded network, started from other random weights, predicts exactly what the
// original did: everything it learned is in that small file (4 bytes per weight, plus names).
MLCourse.ConsoleDisplay.Notice("The reloaded network, started from other random weights, predicts exactly what the original did: everything it learned is in that small file (4 bytes per weight, plus names).");

// ## 6. The test set, once
//
// Every choice is made on validation: whether dropout helps (validation accuracy), the CNN's learning rate
// (validation accuracy) and its epoch (validation loss). The baselines and the MLPs' 7 epochs were set in
// advance. Now, and only now, the 2,000 test digits: each network as chosen, on digits that none of the
// choices has seen. This is the one cell of the lesson that reads them (a test of the course checks that),
// and nothing is changed after it.
MLCourse.ConsoleDisplay.Heading(2, "6. The test set, once");

// ── cell 63 ────────────────────────────────────────────────────────────────────────────────────────────────
var test = digits.Test;
var (testRows, testLabels) = (test.ToRows(), test.Labels.ToArray());
var xTest = torch.tensor(test.ToFloats(), new long[] { test.Count, DigitImages.PixelCount });
var yTest = torch.tensor(test.Labels.Select(d => (long)d).ToArray());
var cnnTestAccuracy = Measure(cnn, xTest, yTest).Accuracy;
var cnnTestReport = ClassificationReport.From(test.Labels.Select(d => d.ToString()).ToList(),
    Classify(cnn, Enumerable.Range(0, test.Count).Select(test.Image).ToArray()).Select(d => d.ToString()).ToList());   // the same accuracy, another route
var testResults = new (string Model, string Name, double Validation, double Test)[]
{
    ("linear classifier", "linear", linearReport.Accuracy, ReportOn(linearModel, test).Accuracy),
    ("tree ensemble", "tree_ensemble", treeReport.Accuracy, ReportOn(treeModel, test).Accuracy),
    ("network from first principles", "scratch", scratchAccuracy, Evaluate(testRows, testLabels).Accuracy),
    ("MLP in TorchSharp", "torch_mlp", mlpAccuracy, Measure(mlp, xTest, yTest).Accuracy),
    ("MLP with dropout", "dropout_mlp", dropoutAccuracy, Measure(dropoutMlp, xTest, yTest).Accuracy),
    ("CNN", "cnn", cnnAccuracy, cnnTestAccuracy),
};
if (cnnTestAccuracy < 0.97 || cnnTestReport.Accuracy != cnnTestAccuracy || testResults.Any(r => r.Test < 0.88))
    throw new InvalidOperationException($"Expected the CNN to reach a test accuracy ≥ 0.97 (the same by Measure and by Classify) and every model ≥ 0.88; got {string.Join(", ", testResults.Select(r => $"{r.Model} {r.Test:0.000}"))} ({cnnTestReport.Accuracy:0.000}).");
foreach (var result in testResults) MLCourse.Course.Publish($"{result.Name}_test_accuracy", result.Test);
Console.WriteLine($"{test.Count} test digits, first seen now");
// How far apart two accuracies measured on 999 and on 2,000 different digits fall by chance alone: the standard error of their difference.
double DifferenceError(double onValidation, double onTest) => Math.Sqrt(onValidation * (1 - onValidation) / validation.Count + onTest * (1 - onTest) / test.Count);
display(new DataFrame(
    new StringDataFrameColumn("model", testResults.Select(r => r.Model)),
    new DoubleDataFrameColumn("validation accuracy", testResults.Select(r => Math.Round(r.Validation, 4))),
    new DoubleDataFrameColumn("test accuracy", testResults.Select(r => Math.Round(r.Test, 4))),
    new DoubleDataFrameColumn("test − validation", testResults.Select(r => Math.Round(r.Test - r.Validation, 4))),
    new DoubleDataFrameColumn("standard error of that", testResults.Select(r => Math.Round(DifferenceError(r.Validation, r.Test), 4)))));

// **What to notice.** Every model does a little worse on the test digits than on the validation digits: the
// linear classifier 0.8985 against 0.907, the trees 0.937 against 0.940, our network 0.9345 against 0.947,
// the TorchSharp MLP 0.9305 against 0.940, with dropout 0.9205 against 0.929, the CNN 0.9735 against 0.976.
// Choosing on validation makes its accuracies a little optimistic, but that cannot explain all of it: the
// linear classifier and the trees had nothing chosen on validation and drop too. More likely, the 2,000 test
// digits are a little harder than the 999 validation digits, by chance: the table's last column is the
// standard error of each difference (0.006 to 0.011), and every drop is within two of them, so another split
// could as well have put test above validation. The order of the models is the same on both, and the CNN's
// error rate is still about 40% of the MLPs'. These test accuracies are the lesson's results; had we used
// them to change anything, we would need new test digits to measure the change.
MLCourse.ConsoleDisplay.Notice("Every model does a little worse on the test digits than on the validation digits: the linear classifier 0.8985 against 0.907, the trees 0.937 against 0.940, our network 0.9345 against 0.947, the TorchSharp MLP 0.9305 against 0.940, with dropout 0.9205 against 0.929, the CNN 0.9735 against 0.976. Choosing on validation makes its accuracies a little optimistic, but that cannot explain all of it: the linear classifier and the trees had nothing chosen on validation and drop too. (More in the lesson's text.)");

// ## Coming from Python
//
// TorchSharp follows PyTorch so closely that most code translates line by line:
//
// | PyTorch | TorchSharp |
// |---|---|
// | `import torch; from torch import nn` | `using TorchSharp; using static TorchSharp.torch;` |
// | `torch.tensor(data).reshape(n, 784)` | `torch.tensor(data, new long[] { n, 784 })` |
// | `x.shape`, `x.dtype`, `x.argmax(1)`, `x.item()` | `x.shape`, `x.dtype`, `x.argmax(1)`, `x.item<float>()` |
// | `nn.Sequential(nn.Linear(784, 128), nn.ReLU(), ...)` | `nn.Sequential(nn.Linear(784, 128), nn.ReLU(), ...)` |
// | `nn.Conv2d(1, 16, kernel_size=5)`, `nn.MaxPool2d(2)` | `nn.Conv2d(1, 16, kernel_size: 5)`, `nn.MaxPool2d(2)` |
// | `F.cross_entropy(scores, y)` | `nn.functional.cross_entropy(scores, y)` |
// | `torch.optim.Adam(model.parameters(), lr=1e-3)` | `torch.optim.Adam(model.parameters(), 1e-3)` |
// | `optimizer.zero_grad(); loss.backward(); optimizer.step()` | the same |
// | `with torch.no_grad():` | `using (torch.no_grad())` |
// | `model.train()`, `model.eval()` | the same |
// | `nn.Dropout(0.5)`, `torch.optim.SGD(params, lr, weight_decay=1e-4)` | `nn.Dropout(0.5)`, `torch.optim.SGD(params, lr, weight_decay: 1e-4)` |
// | `model.load_state_dict(copy.deepcopy(best))` (early stopping) | `model.load_state_dict(best)`, with `best` cloned tensors, as in `Fit` |
// | `torch.save(model.state_dict(), path)` / `model.load_state_dict(torch.load(path))` | `model.save(path)` / `model.load(path)` |
// | a `DataLoader` with `shuffle=True` | `torch.randperm` and `narrow`/`index`, as in `Fit` |
// | (Python frees tensors by reference counting) | `torch.NewDisposeScope()` frees a batch's tensors |
//
// **pandas' `melt`** has its twin in DataFrame 0.24: `df.melt(id_vars=["epoch"], value_vars=["training",
// "validation"], var_name="digits", value_name="loss")` → `df.Melt(idColumns: ["epoch"], valueColumns:
// ["training", "validation"], variableName: "digits", valueName: "loss")`, as in `PlotCurves` (both keep rows
// whose value is missing, unless you ask `Melt` for `dropNulls: true`).
//
// **Keras and TensorFlow in .NET.** TensorFlow.NET and Keras.NET exist but are community projects that lag
// far behind their Python originals (and the course's package source does not serve them). For deep learning
// in .NET, TorchSharp is the maintained choice (ML.NET's deep-learning trainers in `Microsoft.ML.TorchSharp`,
// for text classification, sentence similarity, named entities, question answering and object detection, are
// built on it; its older image classifier, `ImageClassificationTrainer`, runs on TensorFlow.NET); for
// *running* a model trained anywhere, including in Keras or PyTorch, export it to ONNX and use ONNX Runtime,
// as lesson 07 did.

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson11.LearningRate.Hint()`.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 67 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 11.1 · The gradient of softmax and cross-entropy
//
// Write the function at the heart of backpropagation, from scratch (no helper library): given the logits `z`
// of one example and its label, return the gradient of the cross-entropy loss after softmax with respect to
// the logits, one value per logit. It must also work for logits as large as 1000, wherever the largest one
// is.
//
// Why the gradient is `p − onehot(y)`, in three lines. With `p_k = exp(z_k) / Σ_j exp(z_j)`, the loss is
//
// - `L = −log p_y = −z_y + log Σ_j exp(z_j)`;
// - `∂L/∂z_k = −1[k = y] + exp(z_k) / Σ_j exp(z_j)`, where `1[k = y]` is 1 for the true label and 0
//   otherwise;
// - `∂L/∂z_k = p_k − 1[k = y]`.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 11.1 · The gradient of softmax and cross-entropy");

// ── cell 69 · your answer to exercise 11.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[], int, double[]>? softmaxGradient = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 70 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson11.SoftmaxGradient.Check(softmaxGradient));

// ### Exercise 11.2 · Choose a learning rate
//
// Which learning rate in `Lesson11.LearningRates` (0.001, 0.01, 0.1 and 1) works best for a small network?
// Choose it the honest way, on the **validation** digits, never the test digits. For each rate and each seed
// in `Lesson11.Seeds` (1, 2 and 3), create `TwoLayerNetwork.Create(784, 32, 10, seed)` (the helper library's
// copy of section 3's network, with 32 hidden units), train it for 2 epochs with `TrainEpoch(trainRows,
// trainLabels, batchSize: 32, rate, shuffle)` using one `new Random(seed)` as `shuffle` per network, and
// measure its `Accuracy(validationRows, validationLabels)`. Average the three accuracies of each rate. Your
// answer is a number: the **mean validation accuracy of the best rate** (the highest of the four means), as a
// fraction between 0 and 1. Print all four means too, and look at what the rate does.
//
// Why three seeds? One run of stochastic gradient descent is noisy: where training stops, the last
// mini-batch's step may have just made things worse. With one unlucky seed, a good rate can lose to a worse
// one; the mean of three runs is far less likely to be fooled. (The 12 small networks take under a minute in
// all.)
MLCourse.ConsoleDisplay.Heading(3, "Exercise 11.2 · Choose a learning rate");

// ── cell 72 · your answer to exercise 11.2 ─────────────────────────────────────────────────────────────────
double? bestRateAccuracy = null;

// ── cell 73 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson11.LearningRate.Check(bestRateAccuracy));

// ### Exercise 11.3 · What reaches the dense head
//
// A LeNet-style network for 32 × 32 colour images (3 channels; the original LeNet-5 read greyscale digits)
// starts with: a 5 × 5 convolution with 6 filters (no padding), 2 × 2 max pooling, a 5 × 5 convolution with
// 16 filters (no padding), 2 × 2 max pooling, then `Flatten`. How many numbers does `Flatten` hand to the
// dense head for one image? Work it out by hand, then check it with TorchSharp if you like.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 11.3 · What reaches the dense head");

// ── cell 75 · your answer to exercise 11.3 ─────────────────────────────────────────────────────────────────
double? headInputs = null;

// ── cell 76 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson11.HeadInputs.Check(headInputs));

// ### Exercise 11.4 · Your own network on hidden digits
//
// Design and train a network of your own with at most **15,000 weights and biases**
// (`Lesson11.ParameterBudget`), using `Fit`. The lesson's CNN has 46,730, so start from it and make it
// smaller: where are most of its parameters? (Fewer filters, a smaller dense layer, 3 × 3 kernels, more
// epochs: your choice.) Then assign the trained network to `myNetwork`. The check cell classifies with it
// through the lesson's `Classify`; the checker counts the network's weights and biases from its parameters,
// asks for at least one convolution among its layers, classifies **999 digits the lesson never loaded** and
// asks for an accuracy of at least **0.96** (the lesson's MLP reaches about 0.94 on the validation digits,
// not enough; a small convolutional network does it).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 11.4 · Your own network on hidden digits");

// ── cell 78 · your answer to exercise 11.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
nn.Module<Tensor, Tensor>? myNetwork = null;   // your trained network, e.g. an nn.Sequential
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 79 ────────────────────────────────────────────────────────────────────────────────────────────────
// The network counted is the network that classifies: the check wraps yours with the lesson's Classify.
display(Lesson11.HiddenDigits.Check(myNetwork is null ? null : new DigitClassifier(images => Classify(myNetwork, images), myNetwork)));

// Your progress so far:

// ── cell 81 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - An image is a grid of numbers; to a dense network it is a vector of 784 values with no notion of
//   neighbours.
// - Every choice (epochs, learning rates, a regularizer) is made on a **validation** set carved from the
//   training digits; the test digits are read once, at the end, and come out slightly below validation, as an
//   honest test should.
// - Linear models and tree ensembles on raw pixels are honest baselines (about 0.90 and 0.94 on the test
//   digits).
// - A **two-layer network** is two weighted sums with a ReLU between and softmax at the end.
//   **Backpropagation** is the chain rule applied layer by layer, from `p − onehot(y)` back to the first
//   weights; a **gradient check** against numerical derivatives confirms it, provided it samples biases and
//   weights that are not 0 both ways, and is shown to fail on a planted mistake. Written out in plain C#, it
//   beats the linear model and comes close to the tree ensemble (about 0.93).
// - A gap between training and validation is **overfitting**; the validation loss turning up is the signal
//   for **early stopping**. **Dropout** narrows the gap, but only the validation accuracy says whether it
//   helps (here, in 7 epochs, it did not).
// - **TorchSharp** gives the same building blocks as PyTorch, with the same names: tensors, autograd
//   (`backward()`), `nn` modules, optimizers. The training loop is always `zero_grad`, forward, loss,
//   `backward`, `step`.
// - A **convolutional network** looks at neighbouring pixels with small shared filters and makes less than
//   half the mistakes with fewer parameters (about 0.97).
// - `save` and `load` keep a trained network's parameters; the architecture is code.
//
// **Next:** [12 · Reinforcement learning](12-reinforcement-learning.cs): agents that learn from rewards
// instead of labels.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 13 · its types ────────────────────────────────────────────────────────────────────────────────────
public class DigitRow
{
    public uint Label { get; set; }
    [VectorType(784)] public float[] Pixels { get; set; } = [];
}

// ── cell 28 · its types ────────────────────────────────────────────────────────────────────────────────────
public record EpochResult(string Network, int Epoch, double TrainLoss, double ValidationLoss, double TrainAccuracy, double ValidationAccuracy);
