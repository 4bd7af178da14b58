using MLCourse.Data;
using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class InterpolatedNGramsTests
{
    // "abab" over a vocabulary of 3 (a = 0, b = 1, c = 2).
    private static readonly int[] Abab = [0, 1, 0, 1];

    [Fact]
    public void Order_one_is_the_add_one_unigram()
    {
        var interpolated = InterpolatedNGrams.Fit(Abab, 3, order: 1);
        var unigram = CharacterNGrams.Fit(Abab, 3, order: 1);

        for (var next = 0; next < 3; next++) Assert.Equal(unigram.Probability([], 0, next), interpolated.Probability([], 0, next), 12);
    }

    [Fact]
    public void A_seen_context_mixes_its_counts_with_the_shorter_estimate_by_Witten_Bell()
    {
        var bigram = InterpolatedNGrams.Fit(Abab, 3, order: 2);
        // unigram, add-one: a 3/7, b 3/7, c 1/7. After a: b twice (total 2), one distinct follower.
        Assert.Equal((2 + 1 * 3 / 7.0) / (2 + 1), bigram.Probability([0, 1], 1, 1), 12);   // 17/21
        Assert.Equal((0 + 1 * 3 / 7.0) / (2 + 1), bigram.Probability([0, 0], 1, 0), 12);   // 1/7
        Assert.Equal(1 / 7.0, bigram.Probability([2, 2], 1, 2), 12);                       // after c, never seen: the unigram
        Assert.Equal(1.0, bigram.Distribution([0], 1).Sum(), 12);
    }

    [Fact]
    public void Bits_per_character_scores_every_character_the_first_with_less_context()
    {
        var bigram = InterpolatedNGrams.Fit(Abab, 3, order: 2);
        int[] text = [0, 1];   // a with no context, then b after a

        Assert.Equal(-(Math.Log2(3 / 7.0) + Math.Log2(17 / 21.0)) / 2, bigram.BitsPerCharacter(text), 12);
    }

    [Fact]
    public void On_Moby_Dick_every_distribution_adds_up_to_one_and_longer_contexts_help_up_to_a_point()
    {
        var book = CourseData.LoadMobyDick();
        var vocabulary = CharacterVocabulary.From(book.Train);
        var (train, validation) = (vocabulary.Encode(book.Train), vocabulary.Encode(book.Validation));
        var fiveGram = InterpolatedNGrams.Fit(train, vocabulary.Size, order: 5);

        foreach (var position in new[] { 0, 3, 1_000, 50_000 }) Assert.Equal(1.0, fiveGram.Distribution(validation, position).Sum(), 9);
        var bits = fiveGram.BitsPerCharacter(validation);
        Assert.True(bits < CharacterNGrams.Fit(train, vocabulary.Size, order: 3).BitsPerCharacter(validation) - 0.5, $"5-gram: {bits}");
    }

    [Fact]
    public void An_order_out_of_range_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InterpolatedNGrams.Fit(Abab, 3, order: 9));
        Assert.Contains("7 bits", error.Message);
    }
}
