using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class NextTokenSamplerTests
{
    private static readonly double[] Logits = [2, 1, 0, -1];

    [Fact]
    public void Temperature_one_and_no_top_k_is_plain_softmax()
    {
        var p = NextTokenSampler.Distribution(Logits, temperature: 1);
        var total = Logits.Sum(Math.Exp);

        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(Math.Exp(Logits[i]) / total, p[i], 12));
    }

    [Fact]
    public void A_low_temperature_sharpens_and_a_high_one_flattens()
    {
        var (cool, plain, hot) = (NextTokenSampler.Distribution(Logits, 0.5), NextTokenSampler.Distribution(Logits, 1), NextTokenSampler.Distribution(Logits, 2));

        Assert.True(cool[0] > plain[0] && plain[0] > hot[0]);
        Assert.Equal(Math.Exp(4) / new[] { 4.0, 2, 0, -2 }.Sum(Math.Exp), cool[0], 12);   // logits / 0.5
    }

    [Fact]
    public void Top_k_keeps_the_k_highest_scores_only()
    {
        var p = NextTokenSampler.Distribution(Logits, 1, topK: 2);

        Assert.Equal(0, p[2]);
        Assert.Equal(0, p[3]);
        Assert.Equal(Math.Exp(2) / (Math.Exp(2) + Math.Exp(1)), p[0], 12);
        Assert.All(Enumerable.Range(0, 50), seed => Assert.Equal(0, NextTokenSampler.Next(Logits, 5, topK: 1, new Random(seed))));   // greedy, however hot
    }

    [Fact]
    public void Draws_follow_the_distribution()
    {
        var random = new Random(1);
        var counts = new int[4];
        for (var n = 0; n < 20_000; n++) counts[NextTokenSampler.Next(Logits, 1, 0, random)]++;
        var p = NextTokenSampler.Distribution(Logits, 1);

        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(p[i], counts[i] / 20_000.0, 0.015));
        Assert.Equal(2, NextTokenSampler.Draw([0, 0, 1, 0], new Random(3)));
    }

    [Fact]
    public void A_temperature_of_zero_is_refused_with_what_to_use_instead()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => NextTokenSampler.Distribution(Logits, 0));

        Assert.Contains("topK: 1", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => NextTokenSampler.Distribution(Logits, 1, topK: 5));
    }
}
