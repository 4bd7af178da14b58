// 11 · Neural networks and image recognition: the exercises
// The exercises of lesson 11 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/11-neural-networks.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/11-neural-networks.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson11.SoftmaxGradient.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
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

MLCourse.ConsoleDisplay.Heading(1, "11 · Neural networks and image recognition: the exercises");

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
var digits = CourseData.LoadDigits();   // its test digits wait for section 6
var (train, validation) = (digits.Train, digits.Validation);
display($"{train.Count} digits to train on, {validation.Count} to validate on; each is {DigitImages.Side} × {DigitImages.Side} = {DigitImages.PixelCount} grey levels");

// (Cells 6 to 19 of the lesson are not needed by the exercises: notebooks/11-neural-networks.cs has them.)

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var (trainRows, validationRows) = (train.ToRows(), validation.ToRows());
var (trainLabels, validationLabels) = (train.Labels.ToArray(), validation.Labels.ToArray());

var initRandom = new Random(1);
var hidden = DenseLayer.Create(inputs: 784, outputs: 128, initRandom);   // W1: 128 × 784, b1: 128
var output = DenseLayer.Create(inputs: 128, outputs: 10, initRandom);    // W2: 10 × 128,  b2: 10
var parameterCount = 784 * 128 + 128 + 128 * 10 + 10;
display($"{parameterCount:N0} weights and biases to learn");

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

// (Cells 25 to 27 of the lesson are not needed by the exercises: notebooks/11-neural-networks.cs has them.)

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

// (Cells 29 to 36 of the lesson are not needed by the exercises: notebooks/11-neural-networks.cs has them.)

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var xTrain = torch.tensor(train.ToFloats(), new long[] { train.Count, DigitImages.PixelCount });
var yTrain = torch.tensor(train.Labels.Select(d => (long)d).ToArray());
var xValidation = torch.tensor(validation.ToFloats(), new long[] { validation.Count, DigitImages.PixelCount });
var yValidation = torch.tensor(validation.Labels.Select(d => (long)d).ToArray());
display($"xTrain: {string.Join(" × ", xTrain.shape)} {xTrain.dtype}; yTrain: {string.Join(" × ", yTrain.shape)} {yTrain.dtype}");

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

// (Cells 40 to 67 of the lesson are not needed by the exercises: notebooks/11-neural-networks.cs has them.)

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

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 28 · its types ────────────────────────────────────────────────────────────────────────────────────
public record EpochResult(string Network, int Epoch, double TrainLoss, double ValidationLoss, double TrainAccuracy, double ValidationAccuracy);
