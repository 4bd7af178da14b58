using System.Numerics.Tensors;

namespace MLCourse.Neural;

/// <summary>
/// A two-layer perceptron written out in plain C#: dense → ReLU → dense → softmax, trained with cross-entropy by
/// mini-batch gradient descent, the gradients computed by backpropagation. Lesson 11 builds the same network cell by cell;
/// this is the tested reference. Nothing is hidden: every step is a few lines below.
/// </summary>
public sealed class TwoLayerNetwork
{
    /// <summary>A network from two layers; the hidden layer's outputs must be the output layer's inputs.</summary>
    /// <exception cref="ArgumentException">The layers do not fit together.</exception>
    public TwoLayerNetwork(DenseLayer hidden, DenseLayer output)
    {
        Require.NotNull(hidden, nameof(hidden), "the hidden layer");
        Require.NotNull(output, nameof(output), "the output layer");
        Require.That(output.Inputs == hidden.Outputs, nameof(output), $"an output layer that takes the hidden layer's {hidden.Outputs} values",
            $"one that takes {output.Inputs}", "Give the output layer one input per hidden unit.");
        Hidden = hidden;
        Output = output;
    }

    /// <summary>A new network with He-initialized weights; the same seed gives the same network.</summary>
    public static TwoLayerNetwork Create(int inputs, int hiddenUnits, int classes, int seed)
    {
        var random = new Random(seed);
        return new TwoLayerNetwork(DenseLayer.Create(inputs, hiddenUnits, random), DenseLayer.Create(hiddenUnits, classes, random));
    }

    /// <summary>The first layer: inputs → hidden units (followed by ReLU).</summary>
    public DenseLayer Hidden { get; }

    /// <summary>The second layer: hidden units → one score (logit) per class (followed by softmax).</summary>
    public DenseLayer Output { get; }

    /// <summary>h = ReLU(W1·x + b1), p = softmax(W2·h + b2).</summary>
    public ForwardPass Forward(double[] x)
    {
        var hidden = Hidden.Forward(x);
        for (var j = 0; j < hidden.Length; j++) hidden[j] = Math.Max(0, hidden[j]);
        return new ForwardPass(hidden, Softmax.Probabilities(Output.Forward(hidden)));
    }

    /// <summary>The most probable class of <paramref name="x"/>.</summary>
    public int Predict(double[] x)
    {
        var p = Forward(x).Probabilities;
        return Array.IndexOf(p, p.Max());
    }

    /// <summary>The mean cross-entropy over the examples.</summary>
    public double Loss(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels)
    {
        CheckExamples(rows, labels);
        return LossOf(rows, labels);
    }

    private double LossOf(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels) =>
        Enumerable.Range(0, rows.Count).Average(i => Softmax.CrossEntropy(Forward(rows[i]).Probabilities, labels[i]));

    /// <summary>The share of examples whose most probable class is their label.</summary>
    public double Accuracy(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels)
    {
        CheckExamples(rows, labels);
        return Enumerable.Range(0, rows.Count).Count(i => Predict(rows[i]) == labels[i]) / (double)rows.Count;
    }

    /// <summary>
    /// Backpropagation: the gradient of <see cref="Loss"/> (the mean over the examples) with respect to every weight and bias.
    /// Per example, from the output back: dz2 = p − one-hot(y); dW2 = dz2·hᵀ, db2 = dz2; dh = W2ᵀ·dz2; dz1 = dh where h &gt; 0,
    /// else 0 (ReLU's slope); dW1 = dz1·xᵀ, db1 = dz1.
    /// </summary>
    public (LayerGradients Hidden, LayerGradients Output) Gradients(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels)
    {
        CheckExamples(rows, labels);
        return GradientsOf(rows, labels);
    }

    private (LayerGradients Hidden, LayerGradients Output) GradientsOf(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels)
    {
        var (hiddenGrad, outputGrad) = (LayerGradients.ZerosLike(Hidden), LayerGradients.ZerosLike(Output));
        for (var n = 0; n < rows.Count; n++)
        {
            var (x, pass) = (rows[n], Forward(rows[n]));
            var dz2 = pass.Probabilities;                // the pass is ours alone: reuse its array
            dz2[labels[n]] -= 1;
            var dh = new double[Hidden.Outputs];
            for (var k = 0; k < Output.Outputs; k++)
            {
                outputGrad.Biases[k] += dz2[k];
                TensorPrimitives.MultiplyAdd(pass.Hidden, dz2[k], outputGrad.Weights[k], outputGrad.Weights[k]);
                TensorPrimitives.MultiplyAdd(Output.Weights[k], dz2[k], dh, dh);
            }
            for (var j = 0; j < Hidden.Outputs; j++)
            {
                if (pass.Hidden[j] <= 0) continue;           // ReLU passed nothing back here
                hiddenGrad.Biases[j] += dh[j];
                TensorPrimitives.MultiplyAdd(x, dh[j], hiddenGrad.Weights[j], hiddenGrad.Weights[j]);
            }
        }
        hiddenGrad.Scale(1.0 / rows.Count);
        outputGrad.Scale(1.0 / rows.Count);
        return (hiddenGrad, outputGrad);
    }

    /// <summary>One step of gradient descent: every parameter moves against its gradient, by <paramref name="learningRate"/> times it.</summary>
    public void Step((LayerGradients Hidden, LayerGradients Output) gradients, double learningRate)
    {
        Descend(Hidden, gradients.Hidden, learningRate);
        Descend(Output, gradients.Output, learningRate);
    }

    /// <summary>
    /// One pass over the examples in a shuffled order, a gradient step per mini-batch of <paramref name="batchSize"/>.
    /// Returns the mean of the batches' losses (each measured before its step).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A batch size below 1.</exception>
    public double TrainEpoch(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, int batchSize, double learningRate, Random random)
    {
        CheckExamples(rows, labels);   // once for the epoch: the batches are taken from these rows, so they are not checked again
        Require.AtLeast(batchSize, 1, nameof(batchSize), "example per batch", "so that every step has examples to learn from");
        Require.NotNull(random, nameof(random), "a Random to shuffle with");
        var order = Enumerable.Range(0, rows.Count).ToArray();
        random.Shuffle(order);
        var losses = new List<double>();
        foreach (var batch in order.Chunk(batchSize))
        {
            var (x, y) = (batch.Select(i => rows[i]).ToArray(), batch.Select(i => labels[i]).ToArray());
            losses.Add(LossOf(x, y));
            Step(GradientsOf(x, y), learningRate);
        }
        return losses.Average();
    }

    private static void Descend(DenseLayer layer, LayerGradients gradient, double learningRate)
    {
        for (var o = 0; o < layer.Outputs; o++)
            TensorPrimitives.MultiplyAdd(gradient.Weights[o], -learningRate, layer.Weights[o], layer.Weights[o]);
        TensorPrimitives.MultiplyAdd(gradient.Biases, -learningRate, layer.Biases, layer.Biases);
    }

    private void CheckExamples(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels)
    {
        Require.NotEmpty(rows, nameof(rows), "at least one example", "Give the rows to learn from or to score.");
        Require.NotNull(labels, nameof(labels), "one label per example");
        Require.That(labels.Count == rows.Count, nameof(labels), "one label per example", $"{rows.Count} examples and {labels.Count} labels",
            "Take the labels from the same examples, in the same order.");
        var bad = labels.ToList().FindIndex(l => l < 0 || l >= Output.Outputs);
        Require.That(bad < 0, nameof(labels), $"classes 0 to {Output.Outputs - 1}, one per output of the network", $"{labels[bad]} for example {bad}",
            "Number the classes from 0, as the output layer does.");
    }
}
