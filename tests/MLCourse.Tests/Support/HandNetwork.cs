using MLCourse.Neural;

namespace MLCourse.Tests.Support;

/// <summary>
/// A tiny network whose forward and backward pass were computed by hand (and again with NumPy):
/// W1 = [[1, −1], [0.5, 2]], b1 = [0, −1]; W2 = [[1, 0], [0, 1], [1, −1]], b2 = [0.1, 0, −0.1]; x = [1, 2], label 1.
/// z1 = [−1, 3.5], so ReLU gives h = [0, 3.5] (the first unit is off); z2 = [0.1, 3.5, −3.6].
/// </summary>
internal static class HandNetwork
{
    public static TwoLayerNetwork Create() => new(
        new DenseLayer([[1, -1], [0.5, 2]], [0, -1]),
        new DenseLayer([[1, 0], [0, 1], [1, -1]], [0.1, 0, -0.1]));

    public static readonly double[] X = [1, 2];
    public const int Label = 1;

    /// <summary>softmax([0.1, 3.5, −3.6]) = e^z / (e^0.1 + e^3.5 + e^−3.6).</summary>
    public static readonly double[] Probabilities = [0.0322696987, 0.966932481, 0.000797820750];
}
