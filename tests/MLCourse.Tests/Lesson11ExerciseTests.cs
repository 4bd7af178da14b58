using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Neural;

namespace MLCourse.Tests;

public sealed class Lesson11ExerciseTests
{
    private static double[] Stable(double[] z, int label)
    {
        var e = z.Select(v => Math.Exp(v - z.Max())).ToArray();
        var g = e.Select(v => v / e.Sum()).ToArray();
        g[label] -= 1;
        return g;
    }

    [Fact]
    public void Softmax_gradient_accepts_a_stable_gradient_and_names_the_usual_mistakes()
    {
        Assert.Equal(Outcome.Correct, Lesson11.SoftmaxGradient.Check(Stable).Outcome);
        Assert.Contains("returned the probabilities themselves", Lesson11.SoftmaxGradient.Check((z, _) => Softmax.Probabilities(z)).Message);
        Assert.Contains("the signs are flipped", Lesson11.SoftmaxGradient.Check((z, l) => Stable(z, l).Select(v => -v).ToArray()).Message);
        Assert.Contains("NaN or infinity", Lesson11.SoftmaxGradient.Check((z, l) =>
        {
            var e = z.Select(Math.Exp).ToArray();   // no shift: exp(1000) overflows
            var g = e.Select(v => v / e.Sum()).ToArray();
            g[l] -= 1;
            return g;
        }).Message);
        Assert.Contains("returned 2 values; the gradient has one per logit (3)", Lesson11.SoftmaxGradient.Check((_, _) => [0, 0]).Message);
        Assert.Contains("threw IndexOutOfRangeException", Lesson11.SoftmaxGradient.Check((z, _) => [z[7]]).Message);
        Assert.Equal(Outcome.Incorrect, Lesson11.SoftmaxGradient.Check((z, l) => Stable(z, l).Select(v => v / 2).ToArray()).Outcome);
    }

    /// <summary>
    /// Measured independently (a console run of the same library calls, before the checker was written): validation accuracy
    /// 0.517, 0.860, 0.838 and 0.111 for rates 0.003, 0.03, 0.3 and 3, while 0.3 has the lowest loss on the fitted digits.
    /// </summary>
    [Fact]
    public void Learning_rate_wants_the_best_validation_accuracy_not_the_lowest_training_loss()
    {
        Assert.Equal(Outcome.Correct, Lesson11.LearningRate.Check(0.03).Outcome);
        Assert.StartsWith("That rate gives the lowest loss on the digits the network was fitted on", Lesson11.LearningRate.Check(0.3).Message);
        Assert.StartsWith("The largest rate", Lesson11.LearningRate.Check(3).Message);
        Assert.StartsWith("The smallest rate", Lesson11.LearningRate.Check(0.003).Message);
    }

    [Fact]
    public void Head_inputs_is_16_channels_of_5_by_5_and_each_wrong_size_is_explained()
    {
        Assert.Equal(Outcome.Correct, Lesson11.HeadInputs.Check(400).Outcome);
        Assert.StartsWith("Each 5 × 5 convolution without padding trims", Lesson11.HeadInputs.Check(1024).Message);
        Assert.StartsWith("The first convolution trims 32 to 28, but so does the second", Lesson11.HeadInputs.Check(784).Message);
        Assert.StartsWith("The second convolution trims too", Lesson11.HeadInputs.Check(576).Message);
        Assert.StartsWith("That is one channel's worth", Lesson11.HeadInputs.Check(25).Message);
        Assert.StartsWith("The channels that reach the head", Lesson11.HeadInputs.Check(150).Message);
        Assert.Equal(Outcome.Incorrect, Lesson11.HeadInputs.Check(512).Outcome);
    }

    /// <summary>A classifier that is right except for every <paramref name="wrongEvery"/>-th held-out digit.</summary>
    private static Func<float[][], int[]> Oracle(int wrongEvery)
    {
        var labels = CourseData.LoadDigits().Holdout.Labels;
        return images => images.Select((_, i) => i % wrongEvery == 0 ? (labels[i] + 1) % 10 : labels[i]).ToArray();
    }

    [Fact]
    public void Hidden_digits_are_scored_on_the_holdout_against_the_bar()
    {
        Assert.Equal(999, CourseData.LoadDigits().Holdout.Count);
        Assert.Equal("Its accuracy on held-out data is 0.966.", Lesson11.HiddenDigits.Check(Oracle(30)).Message);   // 34 of 999 wrong
        Assert.Equal("Its accuracy on held-out data is 0.950; the exercise asks for at least 0.96.", Lesson11.HiddenDigits.Check(Oracle(20)).Message);
        Assert.Contains("returned 3 digits for 999 images", Lesson11.HiddenDigits.Check(_ => [1, 2, 3]).Message);
        Assert.Contains("returned 10 for image 0", Lesson11.HiddenDigits.Check(images => images.Select(_ => 10).ToArray()).Message);
        Assert.Contains("failed on the hidden digits (InvalidOperationException", Lesson11.HiddenDigits.Check(_ => throw new InvalidOperationException("no model")).Message);
    }

    [Fact]
    public void Hidden_digits_rejects_a_small_dense_network()
    {
        var train = CourseData.LoadDigits().Train;
        var (rows, labels) = (train.ToRows(), train.Labels.ToArray());
        var network = TwoLayerNetwork.Create(784, 32, 10, seed: 1);
        var shuffle = new Random(1);
        for (var epoch = 0; epoch < 2; epoch++) network.TrainEpoch(rows, labels, 32, 0.03, shuffle);

        var verdict = Lesson11.HiddenDigits.Check(images => images.Select(image => network.Predict(image.Select(v => (double)v).ToArray())).ToArray());

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.Contains("the exercise asks for at least 0.96", verdict.Message);
    }
}
