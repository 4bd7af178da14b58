using MLCourse.Neural;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Neural;

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
