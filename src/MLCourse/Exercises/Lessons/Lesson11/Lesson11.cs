using System.Globalization;
using MLCourse.Data;
using MLCourse.Neural;

namespace MLCourse.Exercises;

/// <summary>
/// The exercises of lesson 11, neural networks. The TorchSharp model (11.4) is judged through a plain function from
/// images to digits, which the checker calls on 999 held-out digits the lesson never loads, and through the model itself,
/// read by reflection (<see cref="TorchModule"/>), so this library needs no reference to TorchSharp.
/// </summary>
public static class Lesson11
{
    /// <summary>The learning rates exercise 11.2 compares.</summary>
    public static IReadOnlyList<double> LearningRates { get; } = [0.001, 0.01, 0.1, 1];

    /// <summary>The seeds of exercise 11.2: one network and one shuffle per seed and rate.</summary>
    public static IReadOnlyList<int> Seeds { get; } = [1, 2, 3];

    /// <summary>
    /// What the networks of exercise 11.2 reached with one rate: validation accuracy, a mean over the seeds, each seed's
    /// validation accuracy, and the mean accuracy on the training digits they learned from.
    /// </summary>
    internal sealed record RateTrial(double LearningRate, double ValidationAccuracy, IReadOnlyList<double> SeedAccuracies, double TrainingAccuracy);

    /// <summary>
    /// Exercise 11.2's experiment with the networks and shuffles of <paramref name="seeds"/> (the exercise uses <see cref="Seeds"/>;
    /// the tests run other seeds to show that the best rate of this grid does not depend on them). One run of SGD is noisy:
    /// with some seeds a rate of 0.1 ends on a bad step and loses to 0.01, which is why the exercise averages three.
    /// </summary>
    internal static IReadOnlyList<RateTrial> RateTrials(IReadOnlyList<int> seeds)
    {
        var digits = CourseData.LoadDigits();
        var (rows, labels) = (digits.Train.ToRows(), digits.Train.Labels.ToArray());
        var (validationRows, validationLabels) = (digits.Validation.ToRows(), digits.Validation.Labels.ToArray());
        return LearningRates.Select(rate =>
        {
            var runs = seeds.Select(seed =>
            {
                var network = TwoLayerNetwork.Create(784, 32, 10, seed);
                var shuffle = new Random(seed);
                for (var epoch = 0; epoch < 2; epoch++) network.TrainEpoch(rows, labels, batchSize: 32, rate, shuffle);
                return (Validation: network.Accuracy(validationRows, validationLabels), Training: network.Accuracy(rows, labels));
            }).ToList();
            return new RateTrial(rate, runs.Average(r => r.Validation), runs.Select(r => r.Validation).ToList(), runs.Average(r => r.Training));
        }).ToList();
    }

    private static readonly Lazy<IReadOnlyList<RateTrial>> Trials = new(() => RateTrials(Seeds));

    internal static IReadOnlyList<RateTrial> LearningRateTrials => Trials.Value;

    /// <summary>The accuracy of a digit classifier on the held-out digits (never loaded by the lesson).</summary>
    internal static double HoldoutAccuracy(Func<float[][], int[]> classify)
    {
        var holdout = CourseData.LoadDigits().Holdout;
        var images = Enumerable.Range(0, holdout.Count).Select(holdout.Image).ToArray();
        var predicted = classify(images);
        if (predicted is null || predicted.Length != holdout.Count)
            throw new ModelRejectedException($"Your function returned {predicted?.Length ?? 0} digits for {holdout.Count} images: return one digit per image, in the same order.");
        var bad = Array.FindIndex(predicted, d => d is < 0 or > 9);
        if (bad >= 0)
            throw new ModelRejectedException($"Your function returned {predicted[bad]} for image {bad}: return digits 0 to 9, e.g. argmax(1) of the model's scores.");
        return Enumerable.Range(0, holdout.Count).Count(i => predicted[i] == holdout.Labels[i]) / (double)holdout.Count;
    }

    /// <summary>11.1: the gradient of cross-entropy after softmax, for one example.</summary>
    public static Exercise<Func<double[], int, double[]>?> SoftmaxGradient { get; } = new(
        "11.1", "the gradient of softmax and cross-entropy",
        answer => JudgeGradient(answer!),
        ["First compute the probabilities: p_k = exp(z_k) / Σ exp(z_j). Then the gradient is p with 1 subtracted at the true label.",
         "Logits of 1000 make exp overflow to infinity. Subtract the largest logit from every logit before exp: the probabilities do not change.",
         "var max = z.Max(); var e = z.Select(v => Math.Exp(v - max)).ToArray(); then divide by e.Sum(), and subtract 1 at [label]."],
        """
        Func<double[], int, double[]>? softmaxGradient = (z, label) =>
        {
            var max = z.Max();
            var e = z.Select(v => Math.Exp(v - max)).ToArray();
            var gradient = e.Select(v => v / e.Sum()).ToArray();
            gradient[label] -= 1;
            return gradient;
        };
        """);

    private static Judgement JudgeGradient(Func<double[], int, double[]> gradient)
    {
        (double[] Logits, int Label)[] cases = [([2, 1, 0], 0), ([0.1, 3.5, -3.6], 1), ([0, 0, 0, 0], 3), ([1000, 0, -1000], 2), ([-1000, 0, 1000], 0)];
        foreach (var (logits, label) in cases)
        {
            var input = $"logits [{string.Join(", ", logits.Select(v => v.ToString(CultureInfo.InvariantCulture)))}] and label {label}";
            double[] given;
            try
            {
                given = gradient(logits.ToArray(), label);
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For {input} your function threw {e.GetType().Name}: {e.Message}");
            }
            var expected = Softmax.Gradient(logits, label);
            if (given is null || given.Length != expected.Length)
                return Judgement.Wrong($"For {input} your function returned {given?.Length ?? 0} values; the gradient has one per logit ({expected.Length}).");
            if (given.Any(v => !double.IsFinite(v)))
                return Judgement.Wrong($"For {input} your function returned NaN or infinity: exp(1000) overflows. Subtract the largest logit (wherever it is) before exp; the probabilities stay the same.");
            if (Close(given, expected)) continue;
            var probabilities = Softmax.Probabilities(logits);
            if (Close(given, probabilities))
                return Judgement.Wrong($"For {input} your function returned the probabilities themselves: the gradient also subtracts 1 at the true label.");
            if (Close(given, expected.Select(v => -v).ToArray()))
                return Judgement.Wrong($"For {input} the signs are flipped: the gradient is probabilities − one-hot, so that a step against it raises the true class's score.");
            return Judgement.Wrong($"For {input} your function returned [{string.Join(", ", given.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)))}], which is not right.");
        }
        return Judgement.Right($"It is right on all {cases.Length} test inputs, including logits as large as 1000 in any position.");
    }

    private static bool Close(double[] a, double[] b) => a.Length == b.Length && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-9);

    /// <summary>The best of exercise 11.2's trials: the rate with the highest mean validation accuracy.</summary>
    private static RateTrial BestTrial => LearningRateTrials.MaxBy(t => t.ValidationAccuracy)!;

    /// <summary>
    /// How far an answer to 11.2 may be from the best rate's mean validation accuracy: a digit of the 1,000 flipping in one
    /// of the three networks (another CPU's vector width, or rounding to three decimals) moves the mean by 0.00033.
    /// </summary>
    internal const double AccuracyTolerance = 0.0007;

    /// <summary>
    /// 11.2: the mean validation accuracy of the best learning rate. A number the learner computes, so the exercise cannot be
    /// passed by trying the four rates; the known mistakes are named without saying which rate is better than which.
    /// </summary>
    public static Exercise<double?> LearningRate { get; } = new(
        "11.2", "choose a learning rate",
        Checks.Computed(() => BestTrial.ValidationAccuracy, AccuracyTolerance, "the mean validation accuracy of the best rate (three decimals are enough)",
            "Compute it rather than guess: train and measure the three networks of every rate as the exercise says, then average.", right: null,
            [.. LearningRates.Select(rate => ((Func<double>)(() => rate),
                 "That is a learning rate. Give the mean validation accuracy that your chosen rate reaches: a number between 0 and 1.")),
             .. Enumerable.Range(0, LearningRates.Count).Select(i => ((Func<double>)(() => LearningRateTrials[i].ValidationAccuracy == BestTrial.ValidationAccuracy ? double.NaN : LearningRateTrials[i].ValidationAccuracy),
                 "That is the mean validation accuracy of one of the rates, but not of the rate with the highest mean. Compute the mean for every rate, then keep the highest.")),
             .. Enumerable.Range(0, Seeds.Count).Select(i => ((Func<double>)(() => BestTrial.SeedAccuracies[i]),
                 "That is the accuracy of one network, one seed. Give the mean over the three networks, one per seed in Lesson11.Seeds.")),
             (() => BestTrial.TrainingAccuracy,
                 "That is an accuracy on the training digits, which the networks learned from. Measure on the validation digits (validationRows, validationLabels)."),
             (() => 100 * BestTrial.ValidationAccuracy, "Give the accuracy as a fraction between 0 and 1, not as a percentage.")]),
        ["For every rate in Lesson11.LearningRates and every seed in Lesson11.Seeds, train one network exactly as described and measure its Accuracy on the validation digits (validationRows, validationLabels); average the three accuracies of each rate.",
         "A fresh network and a fresh Random(seed) for every rate and seed, so that only the rate and the seed differ. Print the four means: the answer is the highest of them.",
         "Lesson11.LearningRates.Select(rate => (rate, accuracy: Lesson11.Seeds.Average(seed => { var net = TwoLayerNetwork.Create(784, 32, 10, seed); var shuffle = new Random(seed); ...; return net.Accuracy(validationRows, validationLabels); }))) then keep the highest mean."],
        """
        var rateAccuracies = Lesson11.LearningRates.Select(rate => (rate, accuracy: Lesson11.Seeds.Average(seed =>
        {
            var net = TwoLayerNetwork.Create(784, 32, 10, seed);
            var shuffle = new Random(seed);
            for (var epoch = 0; epoch < 2; epoch++) net.TrainEpoch(trainRows, trainLabels, batchSize: 32, rate, shuffle);
            return net.Accuracy(validationRows, validationLabels);
        }))).ToList();
        Console.WriteLine(string.Join("; ", rateAccuracies.Select(r => $"rate {r.rate}: {r.accuracy:0.000}")));
        double? bestRateAccuracy = rateAccuracies.Max(r => r.accuracy);
        """);

    /// <summary>11.3: how many numbers reach the dense head of a LeNet-style network on 32 × 32 colour images.</summary>
    public static Exercise<double?> HeadInputs { get; } = new(
        "11.3", "what reaches the dense head",
        Checks.Computed(() => 16 * 5 * 5, tolerance: 0, "the number of values that reach the dense head",
            "Follow the image's size and channels through each layer.", right: null,
            (() => 16 * 8 * 8, "Each 5 × 5 convolution without padding trims 2 pixels from every side (32 → 28): the sizes shrink before each pooling."),
            (() => 16 * 7 * 7, "The first convolution trims 32 to 28, but so does the second: 14 → 10, not 14."),
            (() => 16 * 6 * 6, "The second convolution trims too, but the first one as well: 32 → 28 before the first pooling."),
            (() => 5 * 5, "That is one channel's worth: the second convolution makes 16 channels, each 5 × 5."),
            (() => 6 * 5 * 5, "The channels that reach the head are the second convolution's 16 filters, not the first one's 6.")),
        ["A 5 × 5 convolution without padding gives an image 4 pixels narrower and 4 pixels shorter; 2 × 2 max pooling halves both sides.",
         "Follow the size: 32 → conv → ? → pool → ? → conv → ? → pool → ?. The number of channels after a convolution is its number of filters.",
         "Check it in TorchSharp: push torch.zeros(1, 3, 32, 32) through the layers up to Flatten and look at the shape."],
        """
        // 32 × 32 → conv 5 × 5 → 28 × 28 → pool → 14 × 14 → conv 5 × 5 → 10 × 10 → pool → 5 × 5, with 16 channels
        double? headInputs = 16 * 5 * 5;
        """);

    /// <summary>The most weights and biases exercise 11.4 allows (the lesson's CNN has 46,730, its MLP 101,770).</summary>
    public const long ParameterBudget = 15_000;

    internal static readonly Func<Func<float[][], int[]>?, Judgement> ScoreOnHoldout = Checks.Score<Func<float[][], int[]>>(
        HoldoutAccuracy, threshold: 0.96, "accuracy", failure: "Your function failed on the hidden digits ({0}).");

    /// <summary>
    /// Judges 11.4 from the model itself: its weights and biases counted from its parameters (not taken from the learner),
    /// at least one convolution among its layers, then the accuracy of the learner's function on the hidden digits.
    /// </summary>
    internal static Judgement JudgeClassifier(DigitClassifier answer)
    {
        if (!TorchModule.IsModule(answer.Network))
            return Judgement.Wrong($"The network to check is {(answer.Network is null ? "null" : "a " + answer.Network.GetType().Name)}; the checker expects a TorchSharp network " +
                "(the nn.Sequential you trained), so that it can count its weights and look at its layers. Assign your trained network to myNetwork.");
        var parameters = TorchModule.ParameterCount(answer.Network);
        if (parameters > ParameterBudget)
            return Judgement.Wrong($"Your network has {parameters.ToString("N0", CultureInfo.InvariantCulture)} weights and biases (counted from its parameters); the exercise allows at most {ParameterBudget.ToString("N0", CultureInfo.InvariantCulture)}. " +
                "Most of the lesson's CNN's 46,730 sit in its first dense layer (512 × 64 + 64 = 32,832): shrink that layer, or what reaches it.");
        if (!TorchModule.HasConvolution(answer.Network))
            return Judgement.Wrong($"Your network has no convolution: its layers are {string.Join(", ", TorchModule.Layers(answer.Network))}. " +
                "The exercise asks for a convolutional network: start from the lesson's CNN (nn.Conv2d layers, then a dense head) and make it smaller.");
        return ScoreOnHoldout(answer.Classify);
    }

    /// <summary>
    /// 11.4: a small convolutional network of the learner's own that classifies hidden digits. The learner gives the trained
    /// network; the lesson's check cell wraps it with the lesson's Classify, so that the network counted is the one that classifies.
    /// </summary>
    public static Exercise<DigitClassifier?> HiddenDigits { get; } = new(
        "11.4", "your own network on hidden digits",
        answer => JudgeClassifier(answer!),
        ["Count where the lesson's CNN keeps its parameters: conv 1 → 16 has 16 × 25 + 16 = 416, conv 16 → 32 has 32 × 16 × 25 + 32 = 12,832, the dense layers 32,832 and 650. Fewer filters and a smaller dense layer bring it under 15,000.",
         "A dense network will not do (the checker asks for a convolution, and the lesson's MLP reaches only about 0.94). Keep the convolutions; try 8 and 16 filters, a dense layer of 32 to 40 and a few more epochs, train it with Fit, then assign it to myNetwork.",
         "Call torch.manual_seed first so that your result repeats, and remember model.eval() before predicting (Classify does it)."],
        """
        torch.manual_seed(2);
        var myCnn = nn.Sequential(
            nn.Unflatten(1, new long[] { 1, 28, 28 }),
            nn.Conv2d(1, 8, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 4 * 4, 40), nn.ReLU(), nn.Linear(40, 10));   // 208 + 3,216 + 10,280 + 410 = 14,114 parameters
        var myOptimizer = torch.optim.Adam(myCnn.parameters(), 0.003);
        Fit("my CNN", myCnn, myOptimizer, torch.optim.lr_scheduler.ExponentialLR(myOptimizer, 0.7), epochs: 7, batchSize: 32);
        nn.Module<Tensor, Tensor>? myNetwork = myCnn;
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [SoftmaxGradient, LearningRate, HeadInputs, HiddenDigits];
}
