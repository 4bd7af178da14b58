using System.Numerics.Tensors;

namespace MLCourse.Neural;

/// <summary>
/// A fully connected layer: <c>z = W·x + b</c>, one weight per (output, input) pair and one bias per output
/// (PyTorch's <c>nn.Linear</c>). <see cref="Weights"/>[o] is the row of weights output o gives its inputs.
/// </summary>
public sealed class DenseLayer
{
    /// <summary>A layer from its weights (one row per output) and biases (one per output).</summary>
    /// <exception cref="ArgumentException">The rows differ in length, or there is not one bias per row.</exception>
    public DenseLayer(double[][] weights, double[] biases)
    {
        Require.NotNull(weights, nameof(weights), "a weight matrix: one row per output, one weight per input");
        Require.NotNull(biases, nameof(biases), "one bias per output");
        Require.That(weights.Length > 0 && weights[0] is { Length: > 0 }, nameof(weights), "at least one output and one input", "an empty weight matrix",
            "Give one row of weights per output, with one weight per input.");
        Require.That(weights.All(row => row?.Length == weights[0].Length), nameof(weights), $"one weight per input ({weights[0].Length}) in every row",
            $"rows of {string.Join(", ", weights.Select(row => row?.Length ?? 0).Distinct())} weights", "Give every row as many weights as the layer has inputs.");
        Require.That(biases.Length == weights.Length, nameof(biases), $"one bias per output ({weights.Length})", $"{biases.Length}",
            "Give as many biases as there are rows of weights.");
        Weights = weights;
        Biases = biases;
    }

    /// <summary>
    /// A new layer with He initialization (weights drawn from a normal distribution with standard deviation
    /// √(2 / inputs), biases 0), which keeps signals at a steady size through ReLU layers. The same seed, the same weights.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one input or output.</exception>
    public static DenseLayer Create(int inputs, int outputs, Random random)
    {
        Require.AtLeast(inputs, 1, nameof(inputs), "input", "so that the layer has something to weigh");
        Require.AtLeast(outputs, 1, nameof(outputs), "output", "so that the layer gives something");
        Require.NotNull(random, nameof(random), "a Random to draw the weights with");
        var scale = Math.Sqrt(2.0 / inputs);
        var weights = new double[outputs][];
        for (var o = 0; o < outputs; o++)
        {
            weights[o] = new double[inputs];
            for (var i = 0; i < inputs; i++) weights[o][i] = scale * StandardNormal(random);
        }
        return new DenseLayer(weights, new double[outputs]);
    }

    /// <summary>The weights, one row per output.</summary>
    public double[][] Weights { get; }

    /// <summary>The biases, one per output.</summary>
    public double[] Biases { get; }

    /// <summary>How many values the layer takes.</summary>
    public int Inputs => Weights[0].Length;

    /// <summary>How many values the layer gives.</summary>
    public int Outputs => Weights.Length;

    /// <summary>z = W·x + b.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one value per input.</exception>
    public double[] Forward(double[] x)
    {
        Require.NotNull(x, nameof(x), "the layer's input");
        Require.That(x.Length == Inputs, nameof(x), $"{Inputs} values, one per input of the layer", $"{x.Length}", "Give the layer an input as wide as its weights' rows.");
        var z = new double[Outputs];
        for (var o = 0; o < Outputs; o++) z[o] = TensorPrimitives.Dot(Weights[o], x) + Biases[o];
        return z;
    }

    /// <summary>A draw from the standard normal distribution (Box–Muller), from <paramref name="random"/> alone.</summary>
    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
