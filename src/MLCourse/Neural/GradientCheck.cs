namespace MLCourse.Neural;

/// <summary>
/// Checks backpropagation against the definition of a derivative: nudge one parameter by ±ε, see how the loss moves,
/// (L(θ + ε) − L(θ − ε)) / 2ε, and compare with the gradient backpropagation computed.
/// </summary>
public static class GradientCheck
{
    /// <summary>
    /// The relative error ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) over <paramref name="weightsPerLayer"/> weights and
    /// <paramref name="biasesPerLayer"/> biases of each layer, chosen at random. Weights are drawn only among inputs that are
    /// non-zero in at least one example (a weight whose input is always 0, such as a blank pixel's, has gradient 0 both ways,
    /// and comparing 0 with 0 proves nothing); biases are drawn apart, because they are too few to be hit by chance.
    /// Around 1e-7 or less means the backward pass is right; a mistake in it gives 1e-3 or more. The network is left exactly as it was.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one weight or bias per layer, or an ε that is not positive.</exception>
    /// <exception cref="ArgumentException">Examples the network cannot take, or examples in which a layer's inputs are all 0.</exception>
    public static double RelativeError(TwoLayerNetwork network, IReadOnlyList<double[]> rows, IReadOnlyList<int> labels,
        int weightsPerLayer = 25, int biasesPerLayer = 10, double epsilon = 1e-5, int seed = 0)
    {
        Require.NotNull(network, nameof(network), "the network to check");
        return RelativeError(network, rows, labels, network.Gradients(rows, labels), weightsPerLayer, biasesPerLayer, epsilon, seed);
    }

    /// <summary>The same check for gradients computed some other way (the tests use it to show a wrong gradient is caught).</summary>
    internal static double RelativeError(TwoLayerNetwork network, IReadOnlyList<double[]> rows, IReadOnlyList<int> labels,
        (LayerGradients Hidden, LayerGradients Output) gradients, int weightsPerLayer = 25, int biasesPerLayer = 10, double epsilon = 1e-5, int seed = 0)
    {
        Require.AtLeast(weightsPerLayer, 1, nameof(weightsPerLayer), "weight per layer", "so that each layer's weights are checked");
        Require.AtLeast(biasesPerLayer, 1, nameof(biasesPerLayer), "bias per layer", "so that each layer's biases are checked");
        Require.Number(epsilon > 0, nameof(epsilon), "a positive nudge ε", $"{epsilon}", "1e-5 works well.");
        var random = new Random(seed);
        var (difference, analyticNorm, numericNorm) = (0.0, 0.0, 0.0);
        void Compare(double[] values, int index, double analytic)
        {
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
        var hiddenInputs = rows;
        var outputInputs = rows.Select(x => network.Forward(x).Hidden).ToList();
        foreach (var (layer, gradient, inputs) in new[] { (network.Hidden, gradients.Hidden, hiddenInputs), (network.Output, gradients.Output, outputInputs) })
        {
            var live = Enumerable.Range(0, layer.Inputs).Where(i => inputs.Any(x => x[i] != 0)).ToArray();
            Require.That(live.Length > 0, nameof(rows), "examples in which some input of each layer is not 0", "every input of a layer 0 in every example",
                "No weight gradient can be checked there: use examples with some non-zero values.");
            for (var s = 0; s < weightsPerLayer; s++)
            {
                var (o, i) = (random.Next(layer.Outputs), live[random.Next(live.Length)]);
                Compare(layer.Weights[o], i, gradient.Weights[o][i]);
            }
            for (var s = 0; s < biasesPerLayer; s++)
            {
                var o = random.Next(layer.Outputs);
                Compare(layer.Biases, o, gradient.Biases[o]);
            }
        }
        var scale = Math.Sqrt(analyticNorm) + Math.Sqrt(numericNorm);
        return scale == 0 ? 0 : Math.Sqrt(difference) / scale;
    }
}
