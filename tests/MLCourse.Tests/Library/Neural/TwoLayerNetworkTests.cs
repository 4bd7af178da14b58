using MLCourse.Neural;

namespace MLCourse.Tests;

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

public sealed class DenseLayerTests
{
    [Fact]
    public void Forward_is_weights_times_input_plus_bias()
    {
        var layer = new DenseLayer([[1, -1], [0.5, 2]], [0, -1]);

        Assert.Equal([-1.0, 3.5], layer.Forward([1, 2]));
        Assert.Equal((2, 2), (layer.Inputs, layer.Outputs));
    }

    [Fact]
    public void Create_draws_He_initialized_weights_the_same_for_the_same_seed()
    {
        var layer = DenseLayer.Create(400, 50, new Random(3));
        var weights = layer.Weights.SelectMany(w => w).ToArray();
        var sd = Math.Sqrt(weights.Average(w => w * w));

        Assert.Equal(layer.Weights[7], DenseLayer.Create(400, 50, new Random(3)).Weights[7]);
        Assert.InRange(sd, 0.95 * Math.Sqrt(2.0 / 400), 1.05 * Math.Sqrt(2.0 / 400));   // 20,000 draws: within 5%
        Assert.InRange(weights.Average(), -0.002, 0.002);
        Assert.All(layer.Biases, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Bad_shapes_are_explained()
    {
        Assert.StartsWith("Expected one bias per output (2); found 1.", Assert.Throws<ArgumentException>(() => new DenseLayer([[1, 2], [3, 4]], [0])).Message);
        Assert.StartsWith("Expected one weight per input (2) in every row; found rows of 2, 1 weights.", Assert.Throws<ArgumentException>(() => new DenseLayer([[1, 2], [3]], [0, 0])).Message);
        Assert.StartsWith("Expected at least one output and one input; found an empty weight matrix.", Assert.Throws<ArgumentException>(() => new DenseLayer([], [])).Message);
        Assert.StartsWith("Expected 2 values, one per input of the layer; found 3.", Assert.Throws<ArgumentException>(() => new DenseLayer([[1, 2]], [0]).Forward([1, 2, 3])).Message);
        Assert.Throws<ArgumentNullException>(() => new DenseLayer([[1]], [0]).Forward(null!));
        Assert.StartsWith("Expected at least 1 input; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => DenseLayer.Create(0, 3, new Random(1))).Message);
    }
}

public sealed class SoftmaxTests
{
    [Fact]
    public void Probabilities_add_up_to_one_and_survive_huge_logits()
    {
        var p = Softmax.Probabilities([0.1, 3.5, -3.6]);

        Assert.All(p.Zip(HandNetwork.Probabilities), pair => Assert.Equal(pair.Second, pair.First, 9));
        Assert.Equal([0.5, 0.5], Softmax.Probabilities([1000, 1000]));   // exp(1000) alone would overflow
    }

    [Fact]
    public void Cross_entropy_is_minus_log_of_the_true_class_probability()
    {
        Assert.Equal(Math.Log(4), Softmax.CrossEntropy([0.25, 0.75], 0), 12);
        Assert.Equal(0.0336266096, Softmax.CrossEntropy(HandNetwork.Probabilities, 1), 8);
    }

    [Fact]
    public void Gradient_is_probabilities_minus_one_hot()
    {
        var gradient = Softmax.Gradient([0.1, 3.5, -3.6], 1);

        Assert.Equal(0.0322696987, gradient[0], 9);
        Assert.Equal(0.966932481 - 1, gradient[1], 9);
        Assert.Equal(0.000797820750, gradient[2], 9);
    }

    [Fact]
    public void Bad_input_is_explained()
    {
        Assert.StartsWith("Expected at least one logit; found none.", Assert.Throws<ArgumentException>(() => Softmax.Probabilities([])).Message);
        Assert.StartsWith("Expected a class: a number from 0 to 1 (one per logit); found 2.", Assert.Throws<ArgumentOutOfRangeException>(() => Softmax.CrossEntropy([0.5, 0.5], 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Softmax.Gradient([1, 2], -1));
    }
}

public sealed class TwoLayerNetworkTests
{
    [Fact]
    public void Forward_pass_matches_the_hand_computed_example()
    {
        var pass = HandNetwork.Create().Forward(HandNetwork.X);

        Assert.Equal([0.0, 3.5], pass.Hidden);
        Assert.All(pass.Probabilities.Zip(HandNetwork.Probabilities), pair => Assert.Equal(pair.Second, pair.First, 9));
        Assert.Equal(1, HandNetwork.Create().Predict(HandNetwork.X));
    }

    [Fact]
    public void Backpropagation_matches_the_hand_computed_gradients()
    {
        var (hidden, output) = HandNetwork.Create().Gradients([HandNetwork.X], [HandNetwork.Label]);

        // dz2 = p − one-hot(1); dW2 = dz2·hᵀ with h = [0, 3.5]; db2 = dz2
        Assert.Equal(0.0, output.Weights[0][0]);
        Assert.Equal(0.0322696987 * 3.5, output.Weights[0][1], 8);
        Assert.Equal((0.966932481 - 1) * 3.5, output.Weights[1][1], 8);
        Assert.Equal(0.000797820750 * 3.5, output.Weights[2][1], 8);
        Assert.Equal(0.0322696987, output.Biases[0], 9);
        // dh = W2ᵀ·dz2 = [dz2₀ + dz2₂, dz2₁ − dz2₂]; the first hidden unit is off, so dz1 = [0, dz2₁ − dz2₂]; dW1 = dz1·xᵀ
        var dz1 = (0.966932481 - 1) - 0.000797820750;
        Assert.Equal([0.0, 0.0], hidden.Weights[0]);
        Assert.Equal(dz1 * 1, hidden.Weights[1][0], 8);
        Assert.Equal(dz1 * 2, hidden.Weights[1][1], 8);
        Assert.Equal(0.0, hidden.Biases[0]);
        Assert.Equal(dz1, hidden.Biases[1], 8);
    }

    [Fact]
    public void Gradients_of_a_batch_are_the_mean_of_the_examples_gradients()
    {
        var network = TwoLayerNetwork.Create(3, 4, 2, seed: 5);
        double[][] rows = [[1, 0, 2], [0.5, -1, 0]];
        var one = network.Gradients([rows[0]], [0]);
        var two = network.Gradients([rows[1]], [1]);

        var both = network.Gradients(rows, [0, 1]);

        Assert.Equal((one.Output.Biases[1] + two.Output.Biases[1]) / 2, both.Output.Biases[1], 12);
        Assert.Equal((one.Hidden.Weights[2][0] + two.Hidden.Weights[2][0]) / 2, both.Hidden.Weights[2][0], 12);
    }

    [Fact]
    public void One_gradient_step_reduces_the_loss()
    {
        var network = TwoLayerNetwork.Create(4, 8, 3, seed: 2);
        double[][] rows = [[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]];
        int[] labels = [0, 1, 2, 0];
        var before = network.Loss(rows, labels);

        network.Step(network.Gradients(rows, labels), learningRate: 0.1);

        Assert.True(network.Loss(rows, labels) < before, $"loss went from {before} to {network.Loss(rows, labels)}");
    }

    [Fact]
    public void Training_epochs_learn_a_small_separable_problem()
    {
        var network = TwoLayerNetwork.Create(2, 8, 2, seed: 1);
        var random = new Random(1);
        var rows = Enumerable.Range(0, 40).Select(i => new[] { i % 2 == 0 ? 1.0 : -1.0, random.NextDouble() }).ToArray();
        var labels = Enumerable.Range(0, 40).Select(i => i % 2).ToArray();

        var first = network.TrainEpoch(rows, labels, batchSize: 8, learningRate: 0.5, random);
        for (var epoch = 0; epoch < 20; epoch++) network.TrainEpoch(rows, labels, 8, 0.5, random);

        Assert.True(network.Loss(rows, labels) < first / 4);
        Assert.Equal(1.0, network.Accuracy(rows, labels));
    }

    [Fact]
    public void Bad_input_is_explained()
    {
        var network = HandNetwork.Create();

        Assert.StartsWith("Expected an output layer that takes the hidden layer's 2 values; found one that takes 3.", Assert.Throws<ArgumentException>(() =>
            new TwoLayerNetwork(new DenseLayer([[1], [1]], [0, 0]), new DenseLayer([[1, 1, 1]], [0]))).Message);
        Assert.StartsWith("Expected one label per example; found 1 examples and 2 labels.", Assert.Throws<ArgumentException>(() => network.Loss([HandNetwork.X], [0, 1])).Message);
        Assert.StartsWith("Expected at least one example; found none.", Assert.Throws<ArgumentException>(() => network.Gradients([], [])).Message);
        Assert.StartsWith("Expected classes 0 to 2, one per output of the network; found 3 for example 0.", Assert.Throws<ArgumentException>(() => network.Accuracy([HandNetwork.X], [3])).Message);
        Assert.StartsWith("Expected at least 1 example per batch; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => network.TrainEpoch([HandNetwork.X], [1], 0, 0.1, new Random(1))).Message);
    }
}

public sealed class GradientCheckTests
{
    private static (TwoLayerNetwork Network, double[][] Rows, int[] Labels) Sample()
    {
        var random = new Random(4);
        var rows = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 20).Select(_ => random.NextDouble()).ToArray()).ToArray();
        return (TwoLayerNetwork.Create(20, 12, 5, seed: 4), rows, [0, 1, 2, 3, 4, 0]);
    }

    [Fact]
    public void Backpropagation_agrees_with_numerical_derivatives()
    {
        var (network, rows, labels) = Sample();

        Assert.InRange(GradientCheck.RelativeError(network, rows, labels, weightsPerLayer: 40), 0, 1e-7);
    }

    [Fact]
    public void A_wrong_gradient_is_caught()
    {
        var (network, rows, labels) = Sample();
        var gradients = network.Gradients(rows, labels);
        foreach (var row in gradients.Hidden.Weights) for (var i = 0; i < row.Length; i++) row[i] *= 1.1;   // 10% off in the first layer

        Assert.True(GradientCheck.RelativeError(network, rows, labels, gradients, weightsPerLayer: 40) > 1e-3);
    }

    [Theory]
    [InlineData("hidden biases with the wrong sign")]
    [InlineData("hidden biases missing")]
    [InlineData("output biases missing")]
    public void A_planted_bias_bug_is_caught(string bug)
    {
        var (network, rows, labels) = Sample();
        var gradients = network.Gradients(rows, labels);
        var biases = bug.StartsWith("hidden") ? gradients.Hidden.Biases : gradients.Output.Biases;
        for (var o = 0; o < biases.Length; o++) biases[o] = bug.EndsWith("sign") ? -biases[o] : 0;

        Assert.True(GradientCheck.RelativeError(network, rows, labels, gradients) > 1e-3, bug);
    }

    [Fact]
    public void Weights_of_inputs_that_are_always_zero_are_not_what_gets_compared()
    {
        // Half the inputs are blank in every example, like the background pixels of a digit: their weights' gradients are 0
        // both ways. A bug in the other half's gradients must still show, because only live inputs are sampled.
        var (network, rows, labels) = Sample();
        foreach (var row in rows) Array.Clear(row, 10, 10);
        var gradients = network.Gradients(rows, labels);
        foreach (var row in gradients.Hidden.Weights) for (var i = 0; i < 10; i++) row[i] *= 1.1;

        Assert.InRange(GradientCheck.RelativeError(network, rows, labels), 0, 1e-7);
        Assert.True(GradientCheck.RelativeError(network, rows, labels, gradients, weightsPerLayer: 10, biasesPerLayer: 1) > 1e-3);
    }

    [Fact]
    public void The_check_leaves_the_network_as_it_was()
    {
        var (network, rows, labels) = Sample();
        var before = network.Loss(rows, labels);

        GradientCheck.RelativeError(network, rows, labels);

        Assert.Equal(before, network.Loss(rows, labels));
    }

    [Fact]
    public void Bad_settings_are_explained()
    {
        var (network, rows, labels) = Sample();

        Assert.StartsWith("Expected at least 1 weight per layer; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.RelativeError(network, rows, labels, weightsPerLayer: 0)).Message);
        Assert.StartsWith("Expected at least 1 bias per layer; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.RelativeError(network, rows, labels, biasesPerLayer: 0)).Message);
        Assert.StartsWith("Expected examples in which some input of each layer is not 0; found every input of a layer 0 in every example.",
            Assert.Throws<ArgumentException>(() => GradientCheck.RelativeError(network, [new double[20]], [0])).Message);
        Assert.Equal("Expected a positive nudge ε; found 0. 1e-5 works well. (Parameter 'epsilon')",
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.RelativeError(network, rows, labels, epsilon: 0)).Message);
    }
}
