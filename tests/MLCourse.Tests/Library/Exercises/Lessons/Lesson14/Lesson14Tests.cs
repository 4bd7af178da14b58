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
        Assert.StartsWith("For a loss of 1 nat your function threw DivideByZeroException", Lesson14.LossUnits.Check(_ => throw new DivideByZeroException()).Message);
        Assert.DoesNotContain("Math.Exp(nats)", Lesson14.LossUnits.Hint(3));   // the last hint is a step, not the answer
    }

    [Fact]
    public void Mask_messages_say_1_position()
    {
        var verdict = Lesson14.Mask.Check(n => n == 1 ? throw new InvalidOperationException("one") : MaskOf(n, (i, j) => j <= i));
        Assert.StartsWith("For 1 position your function threw InvalidOperationException", verdict.Message);
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
        Assert.Equal("That is the lesson's d = 64; this block has d = 768: count the same layers with d = 768 (Lesson14.Gpt2SmallWidth).", Lesson14.BlockSize.Check(49_984).Message);
        Assert.StartsWith("7,086,336 is not the number of weights and biases", Lesson14.BlockSize.Check(7_086_336).Message);   // 12d² + 11d: thousands separated
        var guess = Lesson14.BlockSize.Check(7_000_000);
        Assert.Equal(Outcome.Incorrect, guess.Outcome);
        Assert.DoesNotContain("high", guess.Message);
        Assert.DoesNotContain("low", guess.Message);
    }

    private static (BookSplit Book, CharacterVocabulary Vocabulary, int[] Tokens) Training()
    {
        var book = CourseData.LoadMobyDick();
        var vocabulary = CharacterVocabulary.From(book.Train);
        return (book, vocabulary, vocabulary.Encode(book.Train));
    }

    /// <summary>The solution's model: counts of contexts up to order − 1 characters, each mixed with the one a character shorter by β.</summary>
    private static Func<string, double[]> Backoff(string train, CharacterVocabulary vocabulary, int order, double beta)
    {
        var tokens = vocabulary.Encode(train);
        var followers = new Dictionary<string, int[]>();
        for (var i = 0; i < tokens.Length; i++)
            for (var back = 0; back < order && back <= i; back++)
            {
                var context = train[(i - back)..i];
                if (!followers.TryGetValue(context, out var row)) followers[context] = row = new int[vocabulary.Size];
                row[tokens[i]]++;
            }
        return before =>
        {
            var estimate = followers[""].Select(count => (count + 1.0) / (tokens.Length + vocabulary.Size)).ToArray();
            for (var back = 1; back < order && back <= before.Length; back++)
            {
                if (!followers.TryGetValue(before[^back..], out var counts)) break;
                var seen = counts.Sum();
                estimate = estimate.Select((p, c) => (counts[c] + beta * p) / (seen + beta)).ToArray();
            }
            return estimate;
        };
    }

    /// <summary>
    /// Measured independently in Python (collections.Counter, the same file and split, each character after the first 16 scored):
    /// on the hidden text the add-one trigram gets 2.9044192757 bits per character, the bigram 3.4775130583; Witten-Bell
    /// interpolation of order 5 (the bar) 2.1649483648 (2.2047763392 on the validation text), and the solution's backoff (order 6,
    /// β = 16) 2.1070558993 (2.1482471651 on the validation text).
    /// </summary>
    [Fact]
    public void Hidden_text_is_measured_as_an_independent_count_measures_it_and_its_bar_is_the_lesson_s_5_gram()
    {
        var (_, vocabulary, tokens) = Training();
        var trigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 3);
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);

        Assert.Equal(2.9044192757, Lesson14.HoldoutBits(context => trigram.Distribution(vocabulary.Encode(context[^2..]), 2)), 9);
        Assert.Equal(3.4775130583, Lesson14.HoldoutBits(context => bigram.Distribution(vocabulary.Encode(context[^1..]), 1)), 9);
        var bar = Lesson14.Bar;
        Assert.Equal(5, bar.Order);   // the order section 3 picks on the validation text
        Assert.Equal(2.1649483648, bar.Hidden, 9);
        Assert.Equal(2.2047763392, bar.Validation, 9);   // the lesson printed 2.205, scoring from the first character
    }

    [Fact]
    public void Hidden_text_passes_the_solution_s_own_smoothing_and_says_by_how_much()
    {
        var (book, vocabulary, _) = Training();

        var verdict = Lesson14.HiddenText.Check(Backoff(book.Train, vocabulary, order: 6, beta: 16));

        Assert.Equal(Outcome.Correct, verdict.Outcome);
        Assert.Equal("On the hidden end of the book your model needs 2.107 bits per character; the lesson's interpolated 5-gram needs 2.165 there.", verdict.Message);
        Assert.Equal(2.1482471651, Lesson14.BitsPerCharacter(Backoff(book.Train, vocabulary, order: 6, beta: 16), book.Validation), 9);
    }

    [Fact]
    public void Hidden_text_fails_the_lesson_s_bigram_without_saying_its_hidden_score_and_points_to_the_validation_text()
    {
        var (_, vocabulary, tokens) = Training();
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);

        var verdict = Lesson14.HiddenText.Check(context => bigram.Distribution(vocabulary.Encode(context[^1..]), 1));

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.StartsWith("Your model does not beat the lesson's interpolated 5-gram on the hidden end of the book", verdict.Message);
        Assert.DoesNotContain("3.47", verdict.Message);   // its hidden score, 3.4775, is not told
        Assert.DoesNotContain("3.48", verdict.Message);
        Assert.Contains("On the validation text yours needs 3.500 bits per character and the 5-gram 2.205: get yours below it there first", verdict.Message);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(3)]
    public void Hidden_text_recognises_the_lesson_s_own_model_pasted(int order)
    {
        var (_, vocabulary, tokens) = Training();
        var lesson = InterpolatedNGrams.Fit(tokens, vocabulary.Size, order);

        var verdict = Lesson14.HiddenText.Check(context => lesson.Distribution(vocabulary.Encode(context), context.Length));

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.StartsWith($"Your model gives the same probabilities as the helper library's InterpolatedNGrams of order {order}", verdict.Message);
    }

    /// <summary>Every window of the context's length in <paramref name="text"/> → the id of the character after its last occurrence.</summary>
    private static Dictionary<string, int> Windows(string text)
    {
        var vocabulary = CharacterVocabulary.From(CourseData.LoadMobyDick().Train);
        var next = new Dictionary<string, int>();
        for (var i = Lesson14.ContextLength; i < text.Length; i++) next[text[(i - Lesson14.ContextLength)..i]] = vocabulary.Encode(text[i].ToString())[0];
        return next;
    }

    [Fact]
    public void Hidden_text_refuses_a_model_that_reads_the_text_it_is_scored_on()
    {
        var (book, vocabulary, tokens) = Training();
        var whole = Windows(book.Train + book.Validation + book.Holdout);   // what a model reading data/moby-dick.txt.gz knows
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);
        Func<string, double[]> peeking = context =>
        {
            var smoothed = bigram.Distribution(vocabulary.Encode(context[^1..]), 1);
            if (!whole.TryGetValue(context, out var next)) return smoothed;
            return smoothed.Select((p, c) => 0.5 * p + (c == next ? 0.5 : 0)).ToArray();   // half its belief on the character that comes
        };

        var verdict = Lesson14.HiddenText.Check(peeking);

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.Contains("did it read the end of the book?", verdict.Message);
    }

    [Fact]
    public void Hidden_text_tells_a_model_fitted_to_the_validation_text_that_it_does_not_carry_over()
    {
        var (book, vocabulary, tokens) = Training();
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);
        var known = Windows(book.Validation);
        Func<string, double[]> memorised = context =>   // knows the validation text by heart, nothing else
        {
            var smoothed = bigram.Distribution(vocabulary.Encode(context[^1..]), 1);
            if (!known.TryGetValue(context, out var next)) return smoothed;
            return smoothed.Select((p, c) => 0.2 * p + (c == next ? 0.8 : 0)).ToArray();
        };

        var verdict = Lesson14.HiddenText.Check(memorised);

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.Contains("yours beats it there but not on the hidden text, so your choices fit the validation text too closely", verdict.Message);
    }

    [Fact]
    public void Hidden_text_refuses_what_is_not_a_distribution_so_that_no_loss_can_be_claimed_for_free()
    {
        var (book, vocabulary, _) = Training();
        var model = Backoff(book.Train, vocabulary, order: 4, beta: 4);

        var allOnes = Lesson14.HiddenText.Check(_ => Enumerable.Repeat(1.0, vocabulary.Size).ToArray());   // −log₂ 1 = 0 bits, if it were allowed
        Assert.Contains("your probabilities add up to 89", allOnes.Message);
        var tooFew = Lesson14.HiddenText.Check(_ => [1.0]);
        Assert.Contains("returned 1 probabilities: give one per character of the vocabulary (89)", tooFew.Message);
        var almost = Lesson14.HiddenText.Check(context => model(context).Select(p => 0.9 * p).ToArray());   // weights that add up to 0.9
        Assert.Contains("your probabilities add up to 0.9:", almost.Message);
        var unsmoothed = Lesson14.HiddenText.Check(context =>
        {
            var counts = model(context).Select(p => p > 0.02 ? p : 0).ToArray();
            return counts.Select(p => p / counts.Sum()).ToArray();
        });
        Assert.Contains("gives probability 0 to", unsmoothed.Message);
        Assert.Contains("Smooth the counts", unsmoothed.Message);
        Assert.Contains("failed on a context of the book (KeyNotFoundException: no such context)", Lesson14.HiddenText.Check(_ => throw new KeyNotFoundException("no such context")).Message);
    }

    [Fact]
    public void Bits_per_character_is_there_for_the_validation_text_and_says_what_it_needs()
    {
        var (book, vocabulary, tokens) = Training();
        var bigram = CharacterNGrams.Fit(tokens, vocabulary.Size, order: 2);

        Assert.Equal(3.50, Lesson14.BitsPerCharacter(context => bigram.Distribution(vocabulary.Encode(context[^1..]), 1), book.Validation), 2);
        Assert.Contains("a text longer than the 16 characters", Assert.Throws<ArgumentException>(() => Lesson14.BitsPerCharacter(_ => [], "short")).Message);
        Assert.Throws<ArgumentNullException>(() => Lesson14.BitsPerCharacter(null!, book.Validation));
    }
    [Fact]
    public void Hidden_text_refuses_an_8_gram_fitted_on_the_whole_book_with_the_hidden_end()
    {
        // A learner's answer: the whole of data/moby-dick.txt.gz counted (1.008 bits on the hidden end; fitted on book.Train, the same 8-gram needs 2.399 there).
        var (book, vocabulary, _) = Training();
        var wholeBook = InterpolatedNGrams.Fit(vocabulary.Encode(book.Train + book.Validation + book.Holdout), vocabulary.Size, 8);

        var verdict = Lesson14.HiddenText.Check(context => wholeBook.Distribution(vocabulary.Encode(context[^7..]), 7));

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.Contains("than the lesson's 5-gram needs on the very text it counted (1.821 on the training text)", verdict.Message);
        Assert.Contains("better than any model of the training text can do: did it read the end of the book?", verdict.Message);
        Assert.DoesNotContain("1.008", verdict.Message);
        Assert.Equal(1.8210, Lesson14.Bar.Floor, 3);   // the 5-gram on its own training text: computed, not chosen
    }

    [Fact]
    public void Hidden_text_messages_never_quote_the_hidden_text()
    {
        var (book, vocabulary, _) = Training();
        var model = Backoff(book.Train, vocabulary, order: 4, beta: 4);
        bool FromValidation(string context) => book.Validation.Contains(context, StringComparison.Ordinal);

        // Twice the probabilities, but only on contexts the checker's probes (taken from the validation text) never ask about.
        var doubled = Lesson14.HiddenText.Check(context => FromValidation(context) ? model(context) : model(context).Select(p => 2 * p).ToArray());
        Assert.StartsWith("After one of the hidden contexts (character ", doubled.Message);
        Assert.Contains("your probabilities add up to 2", doubled.Message);
        Assert.DoesNotContain("\"", doubled.Message);
        var throwing = Lesson14.HiddenText.Check(context => FromValidation(context) ? model(context) : throw new KeyNotFoundException($"The given key '{context}' was not present."));
        Assert.StartsWith("After one of the hidden contexts", throwing.Message);
        Assert.Contains("your function threw KeyNotFoundException. Run it on the validation text", throwing.Message);
        Assert.DoesNotContain("given key", throwing.Message);
    }

    [Fact]
    public void Hidden_text_tells_a_model_worse_than_the_uniform_guess_so()
    {
        var (book, vocabulary, _) = Training();
        var model = Backoff(book.Train, vocabulary, order: 3, beta: 4);

        var verdict = Lesson14.HiddenText.Check(context => model(context).Reverse().ToArray());   // the probabilities on the wrong characters

        Assert.Equal(Outcome.Incorrect, verdict.Outcome);
        Assert.Contains("no better than the uniform guess, every one of the 89 characters equally likely (log₂ 89 = 6.476 bits)", verdict.Message);
    }
}
