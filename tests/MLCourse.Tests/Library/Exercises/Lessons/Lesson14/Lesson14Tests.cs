using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Language;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson14;

using Lesson14 = MLCourse.Exercises.Lesson14;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson14Tests
{
    private static bool[][] MaskOf(int n, Func<int, int, bool> rule) =>
        Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => rule(i, j)).ToArray()).ToArray();

    [Fact]
    public void Mask_accepts_the_causal_mask_and_names_the_usual_mistakes_without_giving_the_rule()
    {
        Assert.Equal(Outcome.Correct, Lesson14.Mask.Check(n => MaskOf(n, (i, j) => j <= i)).Outcome);
        Assert.Equal(Outcome.Correct, Lesson14.Mask.Check(CausalAttention.Mask).Outcome);

        Assert.StartsWith("Your mask lets each position see the future", Lesson14.Mask.Check(n => MaskOf(n, (i, j) => j >= i)).Message);
        Assert.StartsWith("Close: but each position may also look at itself", Lesson14.Mask.Check(n => MaskOf(n, (i, j) => j < i)).Message);
        Assert.StartsWith("Your mask is the other way round and leaves out the diagonal", Lesson14.Mask.Check(n => MaskOf(n, (i, j) => j > i)).Message);
        Assert.StartsWith("That mask allows everything", Lesson14.Mask.Check(n => MaskOf(n, (_, _) => true)).Message);
        Assert.Contains("4 × 4", Lesson14.Mask.Check(n => MaskOf(Math.Min(n, 3), (i, j) => j <= i)).Message);
        Assert.Contains("threw IndexOutOfRangeException", Lesson14.Mask.Check(n => { var rows = new bool[n][]; rows[n] = new bool[n]; return rows; }).Message);
        var nothing = Lesson14.Mask.Check(n => MaskOf(n, (_, _) => false));
        Assert.Equal(Outcome.Incorrect, nothing.Outcome);
        Assert.Contains("row 0 column 0 is not right", nothing.Message);
        Assert.Equal(Outcome.Incorrect, Lesson14.Mask.Check(n => MaskOf(n, (i, j) => j <= i && i - j < 3)).Outcome);   // a window of 3, not the whole past
    }

    [Fact]
    public void Loss_units_accepts_bits_and_perplexity_and_names_the_usual_mistakes()
    {
        Assert.Equal(Outcome.Correct, Lesson14.LossUnits.Check(n => (n / Math.Log(2), Math.Exp(n))).Outcome);
        Assert.Equal(Outcome.Correct, Lesson14.LossUnits.Check(n => (n * Math.Log2(Math.E), Math.Pow(2, n / Math.Log(2)))).Outcome);   // the same, another way

        Assert.Equal(Outcome.Correct, Lesson14.LossUnits.Check(n => (n * 1.4427, Math.Exp(n))).Outcome);   // a constant rounded to 3e-6 passes
        Assert.StartsWith("Close, but not exact: use Math.Log(2)", Lesson14.LossUnits.Check(n => (n / 0.693, Math.Pow(2, n / 0.693))).Message);
        Assert.StartsWith("Your bits are the other way round", Lesson14.LossUnits.Check(n => (n * Math.Log(2), Math.Exp(n))).Message);
        Assert.StartsWith("Those are decimal digits", Lesson14.LossUnits.Check(n => (n / Math.Log(10), Math.Exp(n))).Message);
        Assert.StartsWith("Your perplexity raises 2 to the loss in nats", Lesson14.LossUnits.Check(n => (n / Math.Log(2), Math.Pow(2, n))).Message);
        Assert.StartsWith("Your perplexity raises e to the loss in bits", Lesson14.LossUnits.Check(n => (n / Math.Log(2), Math.Exp(n / Math.Log(2)))).Message);
        Assert.StartsWith("Perplexity is not one over the loss", Lesson14.LossUnits.Check(n => (n / Math.Log(2), 1 / n)).Message);
        Assert.Contains("your perplexity is not right (the bits are)", Lesson14.LossUnits.Check(n => (n / Math.Log(2), n)).Message);
        Assert.Contains("your bits per character are not right", Lesson14.LossUnits.Check(n => (n, Math.Exp(n))).Message);
        Assert.Contains("threw DivideByZeroException", Lesson14.LossUnits.Check(_ => throw new DivideByZeroException()).Message);
    }

    [Fact]
    public void Block_size_is_gpt2_small_s_block_and_each_miscount_is_explained()
    {
        Assert.Equal(Outcome.Correct, Lesson14.BlockSize.Check(7_087_872).Outcome);

        Assert.StartsWith("That counts the weight matrices only", Lesson14.BlockSize.Check(12.0 * 768 * 768).Message);
        Assert.StartsWith("Almost: the block's two layer norms", Lesson14.BlockSize.Check(12.0 * 768 * 768 + 9 * 768).Message);
        Assert.StartsWith("The MLP widens to 4d", Lesson14.BlockSize.Check(6.0 * 768 * 768 + 10 * 768).Message);
        Assert.StartsWith("You left out the output projection", Lesson14.BlockSize.Check(11.0 * 768 * 768 + 12 * 768).Message);
        Assert.StartsWith("Attention has three projections", Lesson14.BlockSize.Check(10.0 * 768 * 768 + 11 * 768).Message);
        var guess = Lesson14.BlockSize.Check(7_000_000);
        Assert.Equal(Outcome.Incorrect, guess.Outcome);
        Assert.DoesNotContain("high", guess.Message);
        Assert.DoesNotContain("low", guess.Message);
    }

    private static (CharacterVocabulary Vocabulary, int[] Tokens) Training()
    {
        var book = CourseData.LoadMobyDick();
        var vocabulary = CharacterVocabulary.From(book.Train);
        return (vocabulary, vocabulary.Encode(book.Train));
    }

    /// <summary>
    /// Measured independently in Python (collections.Counter, the same file and split, each holdout character after the first
    /// 16 scored): the add-one trigram gets 2.9044192757 bits per character on the hidden text, the bigram 3.4775130583.
    /// </summary>
    [Fact]
    public void Hidden_text_passes_a_trigram_and_fails_the_lesson_s_bigram()
    {
        var (vocabulary, tokens) = Training();
        var trigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 3);
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);

        Assert.Equal(2.9044192757, Lesson14.HoldoutBits(context => trigram.Distribution(vocabulary.Encode(context[^2..]), 2)), 9);
        Assert.Equal(3.4775130583, Lesson14.HoldoutBits(context => bigram.Distribution(vocabulary.Encode(context[^1..]), 1)), 9);
        Assert.Equal(Outcome.Correct, Lesson14.HiddenText.Check(context => trigram.Distribution(vocabulary.Encode(context[^2..]), 2)).Outcome);
        var withBigram = Lesson14.HiddenText.Check(context => bigram.Distribution(vocabulary.Encode(context[^1..]), 1));
        Assert.Equal(Outcome.Incorrect, withBigram.Outcome);
        Assert.Contains("is 3.478; the exercise asks for at most 3.0", withBigram.Message);
    }

    [Fact]
    public void Hidden_text_refuses_what_is_not_a_distribution_so_that_no_loss_can_be_claimed_for_free()
    {
        var (vocabulary, tokens) = Training();
        var trigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 3);

        var allOnes = Lesson14.HiddenText.Check(_ => Enumerable.Repeat(1.0, vocabulary.Size).ToArray());   // −log₂ 1 = 0 bits, if it were allowed
        Assert.Contains("your probabilities add up to 89", allOnes.Message);
        var tooFew = Lesson14.HiddenText.Check(_ => [1.0]);
        Assert.Contains("returned 1 probabilities: give one per character of the vocabulary (89)", tooFew.Message);
        var unsmoothed = Lesson14.HiddenText.Check(context =>
        {
            var counts = trigram.Distribution(vocabulary.Encode(context[^2..]), 2).Select(p => p > 0.02 ? p : 0).ToArray();
            return counts.Select(p => p / counts.Sum()).ToArray();
        });
        Assert.Contains("gives probability 0 to", unsmoothed.Message);
        Assert.Contains("Smooth the counts", unsmoothed.Message);
        Assert.Contains("failed on the hidden text (KeyNotFoundException: no such context)", Lesson14.HiddenText.Check(_ => throw new KeyNotFoundException("no such context")).Message);
    }
}
