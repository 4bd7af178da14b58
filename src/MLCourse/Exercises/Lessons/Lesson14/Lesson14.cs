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
                return Judgement.Wrong($"For {n} positions your function threw {e.GetType().Name}: {e.Message}");
            }
            if (given is null || given.Length != n || given.Any(row => row is null || row.Length != n))
                return Judgement.Wrong($"For {n} positions your function returned {(given is null ? "null" : $"{given.Length} rows of {string.Join(", ", given.Select(r => r?.Length ?? 0).Distinct())} values")}: the mask has one row and one column per position, {n} × {n}.");
            if (Same(given, (i, j) => j <= i)) continue;
            foreach (var (rule, message) in MaskMistakes)
                if (Same(given, rule)) return Judgement.Wrong(message);
            var (row, column) = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Select(j => (i, j))).First(p => given[p.i][p.j] != (p.j <= p.i));
            return Judgement.Wrong($"For {n} positions, row {row} column {column} is not right (rows are the positions that look, columns the positions looked at).");
        }
        return Judgement.Right("It is right for 1, 2, 4 and 7 positions.");
    }

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
         "nats => (nats / Math.Log(2), Math.Exp(nats))"],
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
                return Judgement.Wrong($"For a loss of {nats.ToString(CultureInfo.InvariantCulture)} nats your function threw {e.GetType().Name}: {e.Message}");
            }
            if (Close(given, FromNats(nats))) continue;
            if (LossCases.All(n => Close(Safely(convert, n), FromNats(n), 1e-2)))
                return Judgement.Wrong("Close, but not exact: use Math.Log(2) (or Math.Log2, Math.Exp) rather than a rounded constant such as 0.693.");
            foreach (var (mistake, message) in LossMistakes)
                if (LossCases.All(n => Close(Safely(convert, n), mistake(n)))) return Judgement.Wrong(message);
            var bitsRight = Math.Abs(given.Bits - FromNats(nats).Bits) <= Tolerance * Math.Max(1, FromNats(nats).Bits);
            return Judgement.Wrong($"For a loss of {nats.ToString(CultureInfo.InvariantCulture)} nats your {(bitsRight ? "perplexity" : "bits per character")} {(bitsRight ? "is" : "are")} not right{(bitsRight ? " (the bits are)" : "")}.");
        }
        return Judgement.Right($"It is right for losses of {string.Join(", ", LossCases.Select(n => n.ToString(CultureInfo.InvariantCulture)))} nats.");
    }

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
        Checks.Computed(() => GptSize.BlockParameters(Gpt2SmallWidth), tolerance: 0, "the number of weights and biases of one block with d = 768",
            "Count each layer of the block: its weights and its biases.", right: null,
            (() => 12.0 * 768 * 768, "That counts the weight matrices only: every linear layer has a bias per output, and each layer norm has a scale and a shift per feature."),
            (() => 12.0 * 768 * 768 + 9 * 768, "Almost: the block's two layer norms have parameters too, a scale and a shift for each of the d features."),
            (() => 6.0 * 768 * 768 + 10 * 768, "The MLP widens to 4d before coming back to d: its two layers are d × 4d and 4d × d."),
            (() => 11.0 * 768 * 768 + 12 * 768, "You left out the output projection after attention (d × d, plus d biases), which mixes the heads' results."),
            (() => 10.0 * 768 * 768 + 11 * 768, "Attention has three projections, for the queries, keys and values (3 × d × d, plus biases), then the output projection.")),
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

    /// <summary>How many characters before each position exercise 14.4's function is given.</summary>
    public const int ContextLength = 16;

    /// <summary>The most bits per character on the hidden text that exercise 14.4 accepts (the lesson's bigram model gets about 3.48 there).</summary>
    public const double BitsBar = 3.0;

    /// <summary>
    /// The bits per character of a next-character function on the end of the book, which the lesson never reads: each
    /// character after the first <see cref="ContextLength"/> is scored with the <see cref="ContextLength"/> characters
    /// before it; each answer must be a distribution over the training text's characters.
    /// </summary>
    internal static double HoldoutBits(Func<string, double[]> next)
    {
        var split = CourseData.LoadMobyDick();
        var vocabulary = CharacterVocabulary.From(split.Train);
        var (text, bits) = (split.Holdout, 0.0);
        for (var i = ContextLength; i < text.Length; i++)
        {
            var context = text[(i - ContextLength)..i];
            var distribution = next(context);
            if (distribution is null || distribution.Length != vocabulary.Size)
                throw new ModelRejectedException($"After \"{context}\" your function returned {distribution?.Length ?? 0} probabilities: give one per character of the vocabulary ({vocabulary.Size}), in its order.");
            if (distribution.Any(p => !double.IsFinite(p) || p < 0) || Math.Abs(distribution.Sum() - 1) > 1e-6)
                throw new ModelRejectedException($"After \"{context}\" your probabilities add up to {distribution.Sum():0.######}{(distribution.Any(p => p < 0) ? ", some negative" : "")}: " +
                    "a model must give a distribution (non-negative, adding up to 1), or it could claim any loss.");
            var p = distribution[vocabulary.Encode(text[i].ToString())[0]];
            if (p == 0)
                throw new ModelRejectedException($"After \"{context}\" your function gives probability 0 to '{text[i]}', which comes next in the hidden text: " +
                    "a loss of infinitely many bits. Smooth the counts, so that every character keeps some probability.");
            bits -= Math.Log2(p);
        }
        return bits / (text.Length - ContextLength);
    }

    /// <summary>14.4: a counting model that beats the bigram on the end of the book, which the lesson never reads.</summary>
    public static Exercise<Func<string, double[]>?> HiddenText { get; } = new(
        "14.4", "beat the bigram on hidden text",
        Checks.Score<Func<string, double[]>>(HoldoutBits, threshold: BitsBar, "loss in bits per character", higherIsBetter: false,
            failure: "Your function failed on the hidden text ({0}).", on: "on the hidden end of the book"),
        ["The bigram model looks one character back. Look two back: CharacterNGrams.Fit(trainTokens, vocabulary.Size, order: 3) counts runs of three characters.",
         "Your function gets the 16 characters before a position. A trigram needs only the last two: vocabulary.Encode(context[^2..]).",
         "trigram.Distribution(tokens, position) gives the distribution of the character at position after the characters before it: with tokens the last two characters' ids, the position is 2."],
        """
        var trigram = CharacterNGrams.Fit(trainTokens, vocabulary.Size, order: 3);
        Func<string, double[]>? nextCharacter = context => trigram.Distribution(vocabulary.Encode(context[^2..]), 2);
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [Mask, LossUnits, BlockSize, HiddenText];
}
