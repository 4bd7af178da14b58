using MLCourse.Neural;

namespace MLCourse.Language;

/// <summary>
/// How a language model's scores (logits) for the next token become a choice: divide them by a temperature (below 1
/// sharpens the distribution towards the likeliest tokens, above 1 flattens it), keep only the <c>topK</c> highest (0 keeps
/// all), softmax, and draw. The same steps as nanoGPT's <c>generate</c>.
/// </summary>
public static class NextTokenSampler
{
    /// <summary>The distribution the next token is drawn from.</summary>
    public static double[] Distribution(IReadOnlyList<double> logits, double temperature, int topK = 0)
    {
        Require.NotEmpty(logits, nameof(logits), "one score per token", "Give the model's logits for the next position.");
        Require.Number(temperature > 0 && double.IsFinite(temperature), nameof(temperature), "a positive temperature", $"{temperature}",
            "1 samples the model as it is; for the likeliest token every time, use topK: 1.");
        Require.InRange(topK, 0, logits.Count, nameof(topK), "how many of the highest scores to keep (0 keeps all)", $"There are {logits.Count} tokens.");
        var scaled = logits.Select(z => z / temperature).ToArray();
        if (topK > 0)
        {
            var kept = scaled.OrderDescending().ElementAt(topK - 1);
            for (var i = 0; i < scaled.Length; i++) if (scaled[i] < kept) scaled[i] = double.NegativeInfinity;
        }
        return Softmax.Probabilities(scaled);
    }

    /// <summary>Draws the next token from <see cref="Distribution"/>.</summary>
    public static int Next(IReadOnlyList<double> logits, double temperature, int topK, Random random) =>
        Draw(Distribution(logits, temperature, topK), random);

    /// <summary>
    /// An index drawn with the probabilities of <paramref name="distribution"/> (which add up to 1): the first index whose
    /// running sum passes a uniform draw. An index of probability 0 is never drawn.
    /// </summary>
    public static int Draw(IReadOnlyList<double> distribution, Random random)
    {
        var (draw, cumulative, last) = (random.NextDouble(), 0.0, -1);
        for (var i = 0; i < distribution.Count; i++)
        {
            if (distribution[i] <= 0) continue;
            (cumulative, last) = (cumulative + distribution[i], i);
            if (draw < cumulative) return i;
        }
        return last;   // rounding left the sum a hair below the draw
    }
}
