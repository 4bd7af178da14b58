using MLCourse.Neural;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Neural;

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
