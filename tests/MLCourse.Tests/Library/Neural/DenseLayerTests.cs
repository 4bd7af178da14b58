using MLCourse.Neural;

namespace MLCourse.Tests.Library.Neural;

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
