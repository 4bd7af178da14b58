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
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length == 0 || weights[0].Length == 0)
            throw new ArgumentException("A layer needs at least one output and one input; got an empty weight matrix.", nameof(weights));
        if (weights.Any(row => row.Length != weights[0].Length))
            throw new ArgumentException($"Every row of weights must have one weight per input ({weights[0].Length}); some rows differ.", nameof(weights));
        if (biases.Length != weights.Length)
            throw new ArgumentException($"Expected one bias per output ({weights.Length}); got {biases.Length}.", nameof(biases));
        Weights = weights;
        Biases = biases;
    }

    /// <summary>
    /// A new layer with He initialization (weights drawn from a normal distribution with standard deviation
    /// √(2 / inputs), biases 0), which keeps signals at a steady size through ReLU layers. The same seed, the same weights.
    /// </summary>
    public static DenseLayer Create(int inputs, int outputs, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (inputs < 1 || outputs < 1)
            throw new ArgumentException($"A layer needs at least one input and one output; got {inputs} inputs and {outputs} outputs.");
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
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Inputs)
            throw new ArgumentException($"This layer takes {Inputs} values; got {x.Length}.", nameof(x));
        var z = new double[Outputs];
        for (var o = 0; o < Outputs; o++) z[o] = TensorPrimitives.Dot(Weights[o], x) + Biases[o];
        return z;
    }

    /// <summary>A draw from the standard normal distribution (Box–Muller), from <paramref name="random"/> alone.</summary>
    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
