namespace MLCourse.Neural;

/// <summary>
/// Softmax turns a network's raw scores (logits) into probabilities that add up to 1; cross-entropy is the loss that
/// punishes a low probability for the true class. Together their gradient is simply probabilities − one-hot(label).
/// </summary>
public static class Softmax
{
    /// <summary>p_k = exp(z_k − max z) / Σ_j exp(z_j − max z); subtracting the largest logit changes nothing but avoids overflow.</summary>
    public static double[] Probabilities(double[] logits)
    {
        Require.NotEmpty(logits, nameof(logits), "at least one logit", "Give one score per class.");
        var max = logits.Max();
        var exps = logits.Select(z => Math.Exp(z - max)).ToArray();
        var sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }

    /// <summary>−log p_label: 0 when the network is sure of the right class, large when it gives it little probability.</summary>
    public static double CrossEntropy(double[] probabilities, int label)
    {
        Require.NotNull(probabilities, nameof(probabilities), "one probability per class");
        CheckLabel(label, probabilities.Length);
        return -Math.Log(Math.Max(probabilities[label], 1e-300));
    }

    /// <summary>∂(cross-entropy of softmax(z))/∂z = softmax(z) − one-hot(label).</summary>
    public static double[] Gradient(double[] logits, int label)
    {
        var gradient = Probabilities(logits);
        CheckLabel(label, gradient.Length);
        gradient[label] -= 1;
        return gradient;
    }

    private static void CheckLabel(int label, int classes) => Require.OneOf(label, classes, nameof(label), "a class", "one per logit");
}
