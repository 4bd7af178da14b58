using System.Globalization;
using MLCourse.Data;
using MLCourse.Language;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 14, attention and a small language model.</summary>
public static class Lesson14
{
    /// <summary>14.1: the causal mask, for any number of positions.</summary>
    public static Exercise<Func<int, bool[][]>?> Mask { get; } = new(
        "14.1", "the causal mask",
        answer => JudgeMask(answer!),
        ["Row i of the mask is position i, the one that looks; column j is the position looked at. Which columns may row i see?",
         "A language model predicts what comes next from what came before: position i may look at itself and at every earlier position.",
         "Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => ...).ToArray()).ToArray(), with the condition on i and j in place of the dots."],
        """
        Func<int, bool[][]>? causalMask = n =>
            Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => j <= i).ToArray()).ToArray();
        """);

    private static readonly (Func<int, int, bool> Rule, string Message)[] MaskMistakes =
    [
        ((i, j) => j >= i, "Your mask lets each position see the future and not the past: row i is the position that looks, so it may see columns j ≤ i."),
        ((i, j) => j < i, "Close: but each position may also look at itself (the diagonal). Without it, the first position sees nothing at all."),
        ((i, j) => j > i, "Your mask is the other way round and leaves out the diagonal: row i may see columns 0 … i."),
        ((_, _) => true, "That mask allows everything: each position could read the character it is asked to predict."),
    ];

    private static Judgement JudgeMask(Func<int, bool[][]> mask)
    {
        foreach (var n in new[] { 4, 1, 2, 7 })   // 4 first: with 1 or 2 positions some mistakes coincide
        {
            bool[][] given;
            try
            {
                given = mask(n);
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For {Positions(n)} your function threw {e.GetType().Name}: {e.Message}");
            }
            if (given is null || given.Length != n || given.Any(row => row is null || row.Length != n))
                return Judgement.Wrong($"For {Positions(n)} your function returned {(given is null ? "null" : $"{given.Length} rows of {string.Join(", ", given.Select(r => r?.Length ?? 0).Distinct())} values")}: the mask has one row and one column per position, {n} × {n}.");
            if (Same(given, (i, j) => j <= i)) continue;
            foreach (var (rule, message) in MaskMistakes)
                if (Same(given, rule)) return Judgement.Wrong(message);
            var (row, column) = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Select(j => (i, j))).First(p => given[p.i][p.j] != (p.j <= p.i));
            return Judgement.Wrong($"For {Positions(n)}, row {row} column {column} is not right (rows are the positions that look, columns the positions looked at).");
        }
        return Judgement.Right("It is right for 1, 2, 4 and 7 positions.");
    }

    private static string Positions(int n) => n == 1 ? "1 position" : $"{n} positions";

    private static bool Same(bool[][] mask, Func<int, int, bool> rule) =>
        Enumerable.Range(0, mask.Length).All(i => Enumerable.Range(0, mask.Length).All(j => mask[i][j] == rule(i, j)));

    /// <summary>Bits per character and perplexity of a loss in nats per character: the checker's own conversion.</summary>
    internal static (double Bits, double Perplexity) FromNats(double nats) => (nats / Math.Log(2), Math.Exp(nats));

    private static readonly double[] LossCases = [1, 0.5, 1.6, 2.3, 4.49];

    private static readonly (Func<double, (double, double)> Convert, string Message)[] LossMistakes =
    [
        (n => (n * Math.Log(2), Math.Exp(n)), "Your bits are the other way round: a bit is a smaller unit than a nat (ln 2 ≈ 0.69 nats), so a loss has more bits than nats."),
        (n => (n / Math.Log(10), Math.Exp(n)), "Those are decimal digits (log base 10), not bits: bits are log base 2."),
        (n => (n / Math.Log(2), Math.Pow(2, n)), "Your perplexity raises 2 to the loss in nats: raise e to the nats, or 2 to the bits (they are equal)."),
        (n => (n / Math.Log(2), Math.Exp(n / Math.Log(2))), "Your perplexity raises e to the loss in bits: raise e to the nats, or 2 to the bits."),
        (n => (n / Math.Log(2), 1 / n), "Perplexity is not one over the loss: it is the number of equally likely choices that would give the same loss, e to the loss in nats."),
    ];

    /// <summary>14.2: a loss in nats per character as bits per character and as perplexity.</summary>
    public static Exercise<Func<double, (double Bits, double Perplexity)>?> LossUnits { get; } = new(
        "14.2", "nats, bits and perplexity",
        answer => JudgeLossUnits(answer!),
        ["cross_entropy uses the natural logarithm: its loss is in nats. A bit is the loss of a fair coin: log₂ 2 = 1 bit = ln 2 nats.",
         "So bits = nats / ln 2. Perplexity is the number of equally likely choices with the same loss: a loss of ln k nats is a perplexity of k.",
         "Last step: your lambda takes the loss in nats and returns a tuple of two numbers, (bits, perplexity): the first divides by ln 2 (Math.Log(2) in C#), the second is e raised to the nats (Math.Exp)."],
        """Func<double, (double Bits, double Perplexity)>? fromNats = nats => (nats / Math.Log(2), Math.Exp(nats));""");

    private static Judgement JudgeLossUnits(Func<double, (double Bits, double Perplexity)> convert)
    {
        foreach (var nats in LossCases)
        {
            (double Bits, double Perplexity) given;
            try
            {
                given = convert(nats);
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For a loss of {Nats(nats)} your function threw {e.GetType().Name}: {e.Message}");
            }
            if (Close(given, FromNats(nats))) continue;
            if (LossCases.All(n => Close(Safely(convert, n), FromNats(n), 1e-2)))
                return Judgement.Wrong("Close, but not exact: use Math.Log(2) (or Math.Log2, Math.Exp) rather than a rounded constant such as 0.693.");
            foreach (var (mistake, message) in LossMistakes)
                if (LossCases.All(n => Close(Safely(convert, n), mistake(n)))) return Judgement.Wrong(message);
            var bitsRight = Math.Abs(given.Bits - FromNats(nats).Bits) <= Tolerance * Math.Max(1, FromNats(nats).Bits);
            return Judgement.Wrong($"For a loss of {Nats(nats)} your {(bitsRight ? "perplexity" : "bits per character")} {(bitsRight ? "is" : "are")} not right{(bitsRight ? " (the bits are)" : "")}.");
        }
        return Judgement.Right($"It is right for losses of {string.Join(", ", LossCases.Select(n => n.ToString(CultureInfo.InvariantCulture)))} nats.");
    }

    private static string Nats(double nats) => $"{nats.ToString(CultureInfo.InvariantCulture)} {(nats == 1 ? "nat" : "nats")}";

    private static (double, double) Safely(Func<double, (double, double)> convert, double nats)
    {
        try
        {
            return convert(nats);
        }
        catch (Exception)
        {
            return (double.NaN, double.NaN);
        }
    }

    // Relative: 1.4427 for 1 / ln 2 passes (3e-6 off); 0.693 for ln 2 (2e-4 off) is named as a rounded constant.
    private const double Tolerance = 1e-4;

    private static bool Close((double Bits, double Perplexity) a, (double Bits, double Perplexity) b, double tolerance = Tolerance) =>
        Math.Abs(a.Bits - b.Bits) <= tolerance * Math.Max(1, Math.Abs(b.Bits)) && Math.Abs(a.Perplexity - b.Perplexity) <= tolerance * Math.Max(1, Math.Abs(b.Perplexity));

    /// <summary>The embedding width of GPT-2 small, whose block exercise 14.3 counts.</summary>
    public const int Gpt2SmallWidth = 768;

    /// <summary>14.3: the weights and biases of one block of GPT-2 small (d = 768), which has the lesson's layout.</summary>
    public static Exercise<double?> BlockSize { get; } = new(
        "14.3", "the size of a block",
        answer => Thousands(answer, JudgeBlockSize(answer)),
        ["A block is: layer norm, attention (queries, keys and values in one d → 3d layer, then a d → d output projection), layer norm, MLP (d → 4d → d).",
         "A linear layer from a inputs to b outputs has a × b weights and b biases; a layer norm over d features has 2d (a scale and a shift each). The number of heads changes nothing.",
         "Add 2 · 2d, (3d² + 3d), (d² + d), (4d² + 4d) and (4d² + d) with d = 768."],
        """
        double gpt2Width = Lesson14.Gpt2SmallWidth;   // d = 768
        double? blockParameters = 2 * 2 * gpt2Width                         // two layer norms
            + (3 * gpt2Width * gpt2Width + 3 * gpt2Width)                   // queries, keys and values
            + (gpt2Width * gpt2Width + gpt2Width)                           // output projection
            + (4 * gpt2Width * gpt2Width + 4 * gpt2Width) + (4 * gpt2Width * gpt2Width + gpt2Width);   // MLP: 12d² + 13d in all
        """);

    private static Judgement JudgeBlockSize(double? answer) =>
        Checks.Computed(() => GptSize.BlockParameters(Gpt2SmallWidth), tolerance: 0, "the number of weights and biases of one block with d = 768",
            "Count each layer of the block: its weights and its biases.", right: null,
            (() => GptSize.BlockParameters(64), "That is the lesson's d = 64; this block has d = 768: count the same layers with d = 768 (Lesson14.Gpt2SmallWidth)."),
            (() => 12.0 * 768 * 768, "That counts the weight matrices only: every linear layer has a bias per output, and each layer norm has a scale and a shift per feature."),
            (() => 12.0 * 768 * 768 + 9 * 768, "Almost: the block's two layer norms have parameters too, a scale and a shift for each of the d features."),
            (() => 6.0 * 768 * 768 + 10 * 768, "The MLP widens to 4d before coming back to d: its two layers are d × 4d and 4d × d."),
            (() => 11.0 * 768 * 768 + 12 * 768, "You left out the output projection after attention (d × d, plus d biases), which mixes the heads' results."),
            (() => 10.0 * 768 * 768 + 11 * 768, "Attention has three projections, for the queries, keys and values (3 × d × d, plus biases), then the output projection."))(answer);

    /// <summary>A whole number at the start of <paramref name="judgement"/>'s message, the answer as the checker quotes it, with thousands separators (7,086,336).</summary>
    private static Judgement Thousands(double? answer, Judgement judgement)
    {
        if (judgement.Correct || answer is not { } value || value != Math.Round(value)) return judgement;
        var raw = value.ToString("0.####", CultureInfo.InvariantCulture);
        return !judgement.Message.StartsWith(raw + " ", StringComparison.Ordinal) ? judgement
            : judgement with { Message = value.ToString("N0", CultureInfo.InvariantCulture) + judgement.Message[raw.Length..] };
    }

    /// <summary>How many characters before each position exercise 14.4's function is given.</summary>
    public const int ContextLength = 16;

    /// <summary>The book and its characters, read once.</summary>
    private static readonly Lazy<(BookSplit Book, CharacterVocabulary Vocabulary)> Moby = new(() =>
    {
        var book = CourseData.LoadMobyDick();
        return (book, CharacterVocabulary.From(book.Train));
    }, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The helper library's Witten-Bell counts of the training text, up to order 8, read once: the bar of 14.4 and what a pasted lesson model gives.</summary>
    private static readonly Lazy<InterpolatedNGrams> LessonCounts = new(() =>
    {
        var (book, vocabulary) = Moby.Value;
        return InterpolatedNGrams.Fit(vocabulary.Encode(book.Train), vocabulary.Size, order: 8);
    }, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// The bits per character of a next-character function on <paramref name="text"/>, measured as exercise 14.4's checker
    /// measures it on the hidden end of the book: each character after the first <see cref="ContextLength"/> is predicted from
    /// the <see cref="ContextLength"/> characters before it, and each answer must be a distribution over the characters of the
    /// training text, in the vocabulary's order. Measure your model on the validation text with it:
    /// <c>Lesson14.BitsPerCharacter(nextCharacter, book.Validation)</c>.
    /// </summary>
    /// <exception cref="ModelRejectedException">An answer is not a distribution, or gives a character of the text probability 0.</exception>
    public static double BitsPerCharacter(Func<string, double[]> next, string text)
    {
        Require.NotNull(next, nameof(next), "a function from the characters before a position to the probabilities of the next");
        Require.NotNull(text, nameof(text), "a text to predict, such as book.Validation");
        Require.That(text.Length > ContextLength, nameof(text), $"a text longer than the {ContextLength} characters of the first context", $"{text.Length} characters",
            "Give a longer text, such as book.Validation.");
        return Measure(next, text, hidden: false);
    }

    /// <summary>
    /// <see cref="BitsPerCharacter"/>; on <paramref name="hidden"/> text a message names the position of a context, never its characters
    /// (the hidden text stays hidden), and an exception of the learner's function is named by its type only (its message may quote the context).
    /// </summary>
    private static double Measure(Func<string, double[]> next, string text, bool hidden)
    {
        var vocabulary = Moby.Value.Vocabulary;
        var bits = 0.0;
        for (var i = ContextLength; i < text.Length; i++)
        {
            var context = text[(i - ContextLength)..i];
            var position = i - ContextLength + 1;
            string Where() => hidden ? $"After one of the hidden contexts (character {position:N0} of {text.Length - ContextLength:N0} scored)" : $"After \"{context}\"";   // only for a message
            double[] distribution;
            try
            {
                distribution = Distribution(next, context, vocabulary, Where);
            }
            catch (Exception e) when (hidden && e is not ModelRejectedException)
            {
                throw new ModelRejectedException($"{Where()} your function threw {e.GetType().Name}. Run it on the validation text, " +
                    "Lesson14.BitsPerCharacter(nextCharacter, book.Validation), to see where and why: a context it has never seen must still get a distribution.");
            }
            var p = distribution[vocabulary.Encode(text[i].ToString())[0]];
            if (p == 0)
                throw new ModelRejectedException($"{Where()} your function gives probability 0 to {(hidden ? "the character that comes next" : $"'{text[i]}', which comes next in the text")}: " +
                    "a loss of infinitely many bits. Smooth the counts, so that every character keeps some probability.");
            bits -= Math.Log2(p);
        }
        return bits / (text.Length - ContextLength);
    }

    /// <summary>What <paramref name="next"/> gives after <paramref name="context"/>, if it is a distribution over the vocabulary.</summary>
    private static double[] Distribution(Func<string, double[]> next, string context, CharacterVocabulary vocabulary, Func<string>? where = null)
    {
        where ??= () => $"After \"{context}\"";
        var distribution = next(context);
        if (distribution is null || distribution.Length != vocabulary.Size)
            throw new ModelRejectedException($"{where()} your function returned {distribution?.Length ?? 0} probabilities: give one per character of the vocabulary ({vocabulary.Size}), in its order.");
        if (distribution.Any(p => !double.IsFinite(p) || p < 0) || Math.Abs(distribution.Sum() - 1) > 1e-6)
            throw new ModelRejectedException($"{where()} your probabilities add up to {distribution.Sum():0.######}{(distribution.Any(p => p < 0) ? ", some negative" : "")}: " +
                "a model must give a distribution (non-negative, adding up to 1), or it could claim any loss.");
        return distribution;
    }

    /// <summary>The bits per character of a function on the end of the book, which the lesson never reads (see <see cref="BitsPerCharacter"/>).</summary>
    internal static double HoldoutBits(Func<string, double[]> next) => Measure(next, Moby.Value.Book.Holdout, hidden: true);

    /// <summary>The lesson's own counting model as a function of exercise 14.4: Witten-Bell counts of this order.</summary>
    private static Func<string, double[]> LessonModel(int order)
    {
        var (model, vocabulary) = (LessonCounts.Value.WithOrder(order), Moby.Value.Vocabulary);
        return context => model.Distribution(vocabulary.Encode(context), ContextLength);
    }

    /// <summary>
    /// The bar of exercise 14.4, computed as the lesson computes its best counting model, never from an answer: the order of the
    /// Witten-Bell counts (3 to 7, as section 3 tries them) with the fewest bits on the validation text (the 5-gram, whose
    /// 2.205 the lesson prints), then that model's bits on the hidden text, measured as an answer's are. <c>Floor</c> is that
    /// model's bits on the very text it counted, the training text (1.821): a model of the training text predicts text it has
    /// never read worse than the counts predict the text they were counted on (the lesson's 5-gram needs 2.205 on the validation
    /// text, the solution's backoff 2.148, the lesson's GPT 2.56), so an answer below it on the hidden text has read that text.
    /// Computed from the training text alone, never from an answer or the hidden score.
    /// </summary>
    internal static (int Order, double Validation, double Hidden, double Floor) Bar => BarValue.Value;

    private static readonly Lazy<(int, double, double, double)> BarValue = new(() =>
    {
        var (book, vocabulary) = Moby.Value;
        var order = Enumerable.Range(3, 5).MinBy(o => LessonCounts.Value.WithOrder(o).BitsPerCharacter(vocabulary.Encode(book.Validation)));
        var model = LessonCounts.Value.WithOrder(order);
        double Bits(string text)   // as BitsPerCharacter measures an answer: each character after the first ContextLength (the model looks 7 back at most)
        {
            var tokens = vocabulary.Encode(text);
            return Enumerable.Range(ContextLength, tokens.Length - ContextLength).Average(i => -Math.Log2(model.Probability(tokens, i, tokens[i])));
        }
        return (order, Bits(book.Validation), Bits(book.Holdout), Bits(book.Train));
    }, LazyThreadSafetyMode.PublicationOnly);

    private static Judgement JudgeHiddenText(Func<string, double[]> next)
    {
        double hidden;
        try
        {
            var (book, vocabulary) = Moby.Value;
            // The lesson's code pasted: the same probabilities as the helper's Witten-Bell counts of some order, on contexts of the validation text.
            var probes = Enumerable.Range(1, 12).Select(k => book.Validation[(k * 9_973 - ContextLength)..(k * 9_973)]).ToList();
            var answers = probes.Select(context => Distribution(next, context, vocabulary)).ToList();
            foreach (var order in Enumerable.Range(1, LessonCounts.Value.Order))
            {
                var lesson = LessonModel(order);
                if (probes.Zip(answers).All(p => lesson(p.First).Zip(p.Second).All(q => Math.Abs(q.First - q.Second) <= 1e-9)))
                    return Judgement.Wrong($"Your model gives the same probabilities as the helper library's InterpolatedNGrams of order {order}, the lesson's own model: " +
                        "this exercise asks for a smoothing you write yourself, that beats it. Count with dictionaries, and mix each context's counts with the estimate " +
                        "from one character less, weighted by a β you choose on the validation text (the hints say how).");
            }
            hidden = HoldoutBits(next);
        }
        catch (ModelRejectedException e)
        {
            return Judgement.Wrong(e.Message);
        }
        catch (Exception e)
        {
            return Judgement.Wrong($"Your function failed on a context of the book ({e.GetType().Name}: {e.Message}).");
        }
        var bar = Bar;
        if (hidden < bar.Floor)
            return Judgement.Wrong($"Your model needs fewer bits per character on the hidden end of the book than the lesson's {bar.Order}-gram needs on " +
                $"the very text it counted ({bar.Floor:0.000} on the training text). That is better than any model of the training text can do: did it read the end of the book? " +
                "Fit it on book.Train only (CourseData.LoadMobyDick() gives the training and validation text; the file data/moby-dick.txt.gz holds the whole book, hidden end included).");
        if (hidden < bar.Hidden)
            return Judgement.Right($"On the hidden end of the book your model needs {hidden:0.000} bits per character; the lesson's interpolated {bar.Order}-gram needs {bar.Hidden:0.000} there.");
        // Not passed: the hidden score stays hidden, so that it cannot be tuned on; the validation text says which way to go.
        double validation;
        try
        {
            validation = BitsPerCharacter(next, Moby.Value.Book.Validation);
        }
        catch (Exception e) when (e is ModelRejectedException or ArgumentException)
        {
            return Judgement.Wrong($"Your model does not beat the lesson's interpolated {bar.Order}-gram on the hidden text, and it fails on the validation text: {e.Message}");
        }
        var uniform = Math.Log2(Moby.Value.Vocabulary.Size);
        if (validation >= uniform)
            return Judgement.Wrong($"Your model does not beat the lesson's interpolated {bar.Order}-gram on the hidden end of the book, and on the validation text it needs " +
                $"{validation:0.000} bits per character: no better than the uniform guess, every one of the {Moby.Value.Vocabulary.Size} characters equally likely " +
                $"(log₂ {Moby.Value.Vocabulary.Size} = {uniform:0.000} bits). Check that the probabilities go to the right characters, in the vocabulary's order " +
                "(vocabulary.Encode gives a character's position), and that each estimate starts from the counts of the training text.");
        return Judgement.Wrong($"Your model does not beat the lesson's interpolated {bar.Order}-gram on the hidden end of the book (the checker does not say by how much: " +
            "the hidden text is a test, not something to tune on). On the validation text yours needs " +
            $"{validation:0.000} bits per character and the {bar.Order}-gram {bar.Validation:0.000}: " + (validation >= bar.Validation
                ? "get yours below it there first, by choosing the order and β on the validation text with Lesson14.BitsPerCharacter(nextCharacter, book.Validation)."
                : "yours beats it there but not on the hidden text, so your choices fit the validation text too closely: prefer an order and a β that do well over a range of settings, not the single best."));
    }

    /// <summary>14.4: a counting model of one's own that beats the lesson's best on the end of the book, which the lesson never reads.</summary>
    public static Exercise<Func<string, double[]>?> HiddenText { get; } = new(
        "14.4", "your own smoothing, on hidden text",
        answer => JudgeHiddenText(answer!),
        ["Count, for every context of 0 to n − 1 characters of the training text, how often each character follows it: a Dictionary<string, int[]> from the context to a row of vocabulary.Size counts, as section 1 counted pairs in a dictionary.",
         "Start from the add-one unigram and lengthen the context one character at a time: p(c) = (count(context, c) + β · p(c)) / (count(context) + β), where p on the right is the estimate from one character less. A context never seen keeps the shorter estimate (and so does every longer one). Compute all 89 probabilities at each step.",
         "Try orders 5 to 7 and β from 4 to 64 with Lesson14.BitsPerCharacter(nextCharacter, book.Validation), and keep a setting that beats the lesson's 5-gram there: a longer context needs a larger β (its counts are fewer, so each deserves less trust). The solution uses order 6 and β = 16."],
        """
        var (ngramOrder, beta) = (6, 16.0);   // chosen on the validation text, among orders 5 to 7 and β from 4 to 64
        var followers = new Dictionary<string, int[]>();   // a context of 0 to ngramOrder − 1 characters → how often each character came next
        for (var i = 0; i < trainTokens.Length; i++)
            for (var back = 0; back < ngramOrder && back <= i; back++)
            {
                var context = book.Train[(i - back)..i];
                if (!followers.TryGetValue(context, out var row)) followers[context] = row = new int[vocabulary.Size];
                row[trainTokens[i]]++;
            }
        Func<string, double[]>? nextCharacter = before =>
        {
            var estimate = followers[""].Select(count => (count + 1.0) / (trainTokens.Length + vocabulary.Size)).ToArray();   // the add-one unigram
            for (var back = 1; back < ngramOrder && back <= before.Length; back++)
            {
                if (!followers.TryGetValue(before[^back..], out var counts)) break;   // never seen, nor any longer context
                var (seen, shorter) = (counts.Sum(), estimate);
                estimate = shorter.Select((p, c) => (counts[c] + beta * p) / (seen + beta)).ToArray();
            }
            return estimate;
        };
        Console.WriteLine($"on the validation text: {Lesson14.BitsPerCharacter(nextCharacter, book.Validation):0.000} bits per character");
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [Mask, LossUnits, BlockSize, HiddenText];
}
