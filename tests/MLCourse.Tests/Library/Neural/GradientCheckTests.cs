using MLCourse.Neural;

namespace MLCourse.Tests.Library.Neural;

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
