using MLCourse.Data;
using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class CharacterNGramsTests
{
    // "abab" over a vocabulary of 3 (a = 0, b = 1, c = 2): pairs ab, ba, ab.
    private static readonly int[] Abab = [0, 1, 0, 1];

    [Fact]
    public void Bigram_probabilities_are_add_one_smoothed_pair_counts()
    {
        var bigram = CharacterNGrams.Fit(Abab, vocabularySize: 3, order: 2);

        Assert.Equal((2 + 1) / (2.0 + 3), bigram.Probability([0, 1], 1, 1), 12);   // b after a: 2 of the 2 pairs starting with a
        Assert.Equal((0 + 1) / (2.0 + 3), bigram.Probability([0, 0], 1, 0), 12);   // a after a: never seen
        Assert.Equal((0 + 1) / (0.0 + 3), bigram.Probability([2, 0], 1, 0), 12);   // after c, never a context: uniform
        Assert.Equal(1.0, bigram.Distribution([1], 1).Sum(), 12);
    }

    [Fact]
    public void Unigram_and_trigram_count_the_same_way()
    {
        var unigram = CharacterNGrams.Fit(Abab, 3, order: 1, alpha: 0.5);
        var trigram = CharacterNGrams.Fit(Abab, 3, order: 3);

        Assert.Equal((2 + 0.5) / (4 + 1.5), unigram.Probability([], 0, 0), 12);
        Assert.Equal((1 + 1) / (1.0 + 3), trigram.Probability([0, 1], 2, 0), 12);   // a after ab: the one time ab is followed by anything
    }

    [Fact]
    public void Bits_per_character_is_the_mean_of_minus_log2_p_over_the_characters_with_a_full_context()
    {
        var bigram = CharacterNGrams.Fit(Abab, 3, order: 2);
        int[] text = [0, 1, 2];   // b after a, then c after b

        var expected = -(Math.Log2(3 / 5.0) + Math.Log2(1 / 4.0)) / 2;   // P(b | a) = 3/5; P(c | b) = (0 + 1) / (1 + 3)

        Assert.Equal(expected, bigram.BitsPerCharacter(text), 12);
    }

    /// <summary>
    /// Measured independently, in Python with collections.Counter on the same file and split: unigram 4.4578935153, bigram
    /// 3.5000780811 bits per character on the validation text (the lesson also counts the bigram with a C# dictionary).
    /// </summary>
    [Fact]
    public void On_Moby_Dick_the_losses_match_an_independent_count()
    {
        var book = CourseData.LoadMobyDick();
        var vocabulary = CharacterVocabulary.From(book.Train);
        var (train, validation) = (vocabulary.Encode(book.Train), vocabulary.Encode(book.Validation));

        Assert.Equal(4.4578935153, CharacterNGrams.Fit(train, vocabulary.Size, 1).BitsPerCharacter(validation), 9);
        Assert.Equal(3.5000780811, CharacterNGrams.Fit(train, vocabulary.Size, 2).BitsPerCharacter(validation), 9);
    }

    [Fact]
    public void Samples_follow_the_counts_and_repeat_with_the_seed()
    {
        var certain = CharacterNGrams.Fit([0, 1, 0, 1, 0, 1, 0, 1], 2, order: 2, alpha: 1e-9);   // a is always followed by b, b by a

        Assert.Equal([1, 0, 1, 0], certain.Sample([0], 4, new Random(1)));
        var model = CharacterNGrams.Fit(Abab, 3, order: 2);
        Assert.Equal(model.Sample([0], 30, new Random(5)), model.Sample([0], 30, new Random(5)));
    }

    [Fact]
    public void Wrong_settings_are_refused_with_what_to_do()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CharacterNGrams.Fit(Abab, 3, order: 4));
        Assert.ThrowsAny<ArgumentException>(() => CharacterNGrams.Fit(Abab, 3, order: 2, alpha: 0));
        Assert.Throws<ArgumentException>(() => CharacterNGrams.Fit(Abab, 3, order: 2).Sample([], 3, new Random(1)));
    }
}
