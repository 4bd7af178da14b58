namespace MLCourse.Neural;

/// <summary>The gradient of the loss with respect to one layer's weights and biases, shaped like the layer.</summary>
public sealed record LayerGradients(double[][] Weights, double[] Biases)
{
    /// <summary>Zeros shaped like <paramref name="layer"/>.</summary>
    public static LayerGradients ZerosLike(DenseLayer layer)
    {
        Require.NotNull(layer, nameof(layer), "the layer whose shape the gradients take");
        return new(layer.Weights.Select(row => new double[row.Length]).ToArray(), new double[layer.Outputs]);
    }

    /// <summary>Multiplies every gradient by <paramref name="factor"/> (e.g. 1 / batch size for a mean).</summary>
    internal void Scale(double factor)
    {
        foreach (var row in Weights) System.Numerics.Tensors.TensorPrimitives.Multiply(row, factor, row);
        System.Numerics.Tensors.TensorPrimitives.Multiply(Biases, factor, Biases);
    }
}
