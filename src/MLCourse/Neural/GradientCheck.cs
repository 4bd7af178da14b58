namespace MLCourse.Neural;

/// <summary>
/// Checks backpropagation against the definition of a derivative: nudge one parameter by ±ε, see how the loss moves,
/// (L(θ + ε) − L(θ − ε)) / 2ε, and compare with the gradient backpropagation computed.
/// </summary>
public static class GradientCheck
{
    /// <summary>
    /// The relative error ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) over <paramref name="samplesPerLayer"/> parameters
    /// of each layer, chosen at random (weights and biases alike). Around 1e-7 or less means the backward pass is right;
    /// a mistake in it gives 1e-2 or more. The network is left exactly as it was.
    /// </summary>
    public static double RelativeError(TwoLayerNetwork network, IReadOnlyList<double[]> rows, IReadOnlyList<int> labels,
        int samplesPerLayer = 25, double epsilon = 1e-5, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        return RelativeError(network, rows, labels, network.Gradients(rows, labels), samplesPerLayer, epsilon, seed);
    }

    /// <summary>The same check for gradients computed some other way (the tests use it to show a wrong gradient is caught).</summary>
    internal static double RelativeError(TwoLayerNetwork network, IReadOnlyList<double[]> rows, IReadOnlyList<int> labels,
        (LayerGradients Hidden, LayerGradients Output) gradients, int samplesPerLayer = 25, double epsilon = 1e-5, int seed = 0)
    {
        if (samplesPerLayer < 1) throw new ArgumentException($"Check at least one parameter per layer; got {samplesPerLayer}.", nameof(samplesPerLayer));
        if (epsilon <= 0) throw new ArgumentException($"The nudge ε must be positive (1e-5 works well); got {epsilon}.", nameof(epsilon));
        var random = new Random(seed);
        var (difference, analyticNorm, numericNorm) = (0.0, 0.0, 0.0);
        foreach (var (layer, gradient) in new[] { (network.Hidden, gradients.Hidden), (network.Output, gradients.Output) })
        {
            for (var s = 0; s < samplesPerLayer; s++)
            {
                var o = random.Next(layer.Outputs);
                var i = random.Next(layer.Inputs + 1);          // the last "input" stands for the bias
                var (values, index, analytic) = i == layer.Inputs
                    ? (layer.Biases, o, gradient.Biases[o])
                    : (layer.Weights[o], i, gradient.Weights[o][i]);
                var original = values[index];
                values[index] = original + epsilon;
                var plus = network.Loss(rows, labels);
                values[index] = original - epsilon;
                var minus = network.Loss(rows, labels);
                values[index] = original;
                var numeric = (plus - minus) / (2 * epsilon);
                difference += (analytic - numeric) * (analytic - numeric);
                analyticNorm += analytic * analytic;
                numericNorm += numeric * numeric;
            }
        }
        var scale = Math.Sqrt(analyticNorm) + Math.Sqrt(numericNorm);
        return scale == 0 ? 0 : Math.Sqrt(difference) / scale;
    }
}
