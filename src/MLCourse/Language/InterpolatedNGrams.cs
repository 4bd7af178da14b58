namespace MLCourse.Language;

/// <summary>
/// A counting language model over character ids with Witten-Bell interpolation: the estimate from the longest context
/// (up to <see cref="Order"/> − 1 characters) is mixed with the estimate from one character less, down to the add-one
/// unigram. With c(h, x) the count of x after context h, c(h) their sum and u(h) the number of different characters seen
/// after h: P(x | h) = (c(h, x) + u(h) · P(x | h shortened)) / (c(h) + u(h)), and P(x | h) = P(x | h shortened) when h was
/// never seen. A context followed by many different characters trusts its own counts less. Counts live in dictionaries,
/// so orders up to 8 fit in memory for a book.
/// </summary>
public sealed class InterpolatedNGrams
{
    private const int Base = 128;   // a character id takes 7 bits of a key
    private readonly Dictionary<long, int> counts;                            // key of (context, next) → c(h, x)
    private readonly Dictionary<long, (int Total, int Distinct)> contexts;   // key of context → c(h), u(h)
    private readonly double[] unigram;

    private InterpolatedNGrams(int order, int vocabularySize, Dictionary<long, int> counts, Dictionary<long, (int, int)> contexts, double[] unigram) =>
        (Order, VocabularySize, this.counts, this.contexts, this.unigram) = (order, vocabularySize, counts, contexts, unigram);

    /// <summary>1 + the longest context, in characters.</summary>
    public int Order { get; }

    /// <summary>How many different characters there are (V).</summary>
    public int VocabularySize { get; }

    /// <summary>Counts every run of 1 to <paramref name="order"/> characters in <paramref name="tokens"/>.</summary>
    public static InterpolatedNGrams Fit(IReadOnlyList<int> tokens, int vocabularySize, int order)
    {
        Require.InRange(order, 1, 8, nameof(order), "an order", "Order 1 is the unigram model; each character of context takes 7 bits of a 64-bit key.");
        Require.InRange(vocabularySize, 1, Base, nameof(vocabularySize), "a vocabulary size", "Character ids must fit in 7 bits; use CharacterNGrams for larger vocabularies.");
        Require.Enough(tokens, order, nameof(tokens), "characters", "a model must count at least one run of characters");
        var (counts, contexts) = (new Dictionary<long, int>(), new Dictionary<long, (int, int)>());
        var unigramCounts = new int[vocabularySize];
        for (var i = 0; i < tokens.Count; i++)
        {
            unigramCounts[tokens[i]]++;
            var context = 1L;   // the leading 1 keeps contexts of different lengths apart
            for (var back = 1; back < order && back <= i; back++)
            {
                context = context * Base + tokens[i - back];
                var key = context * Base + tokens[i];
                var seen = counts.GetValueOrDefault(key);
                counts[key] = seen + 1;
                var (total, distinct) = contexts.GetValueOrDefault(context);
                contexts[context] = (total + 1, distinct + (seen == 0 ? 1 : 0));
            }
        }
        var unigram = unigramCounts.Select(c => (c + 1.0) / (tokens.Count + vocabularySize)).ToArray();
        return new InterpolatedNGrams(order, vocabularySize, counts, contexts, unigram);
    }

    /// <summary>
    /// The model of order <paramref name="order"/> from these counts (at most this model's <see cref="Order"/>): the counts of a
    /// context do not depend on the order they were counted for, so it is the model <see cref="Fit"/> would give for that order.
    /// </summary>
    internal InterpolatedNGrams WithOrder(int order)
    {
        Require.InRange(order, 1, Order, nameof(order), "an order", "A model knows the counts of contexts up to its own order only.");
        return new InterpolatedNGrams(order, VocabularySize, counts, contexts, unigram);
    }

    /// <summary>P(next | up to <see cref="Order"/> − 1 characters before position <paramref name="position"/> of <paramref name="tokens"/>).</summary>
    public double Probability(IReadOnlyList<int> tokens, int position, int next)
    {
        var p = unigram[next];
        var context = 1L;
        var keys = new List<long>();
        for (var back = 1; back < Order && back <= position; back++) keys.Add(context = context * Base + tokens[position - back]);
        foreach (var key in keys)   // shortest context first: each longer one is mixed with the estimate below it
        {
            if (!contexts.TryGetValue(key, out var seen)) break;   // a longer context contains this one: it was not seen either
            p = (counts.GetValueOrDefault(key * Base + next) + seen.Distinct * p) / (seen.Total + seen.Distinct);
        }
        return p;
    }

    /// <summary>The distribution of the next character after the characters before position <paramref name="position"/>.</summary>
    public double[] Distribution(IReadOnlyList<int> tokens, int position) =>
        Enumerable.Range(0, VocabularySize).Select(next => Probability(tokens, position, next)).ToArray();

    /// <summary>
    /// The mean of −log₂ P(character | context) over every character of <paramref name="tokens"/> (the first ones with the
    /// shorter context they have): the cross-entropy in bits per character.
    /// </summary>
    public double BitsPerCharacter(IReadOnlyList<int> tokens)
    {
        Require.Enough(tokens, 1, nameof(tokens), "characters", "there must be a character to predict");
        var bits = 0.0;
        for (var i = 0; i < tokens.Count; i++) bits -= Math.Log2(Probability(tokens, i, tokens[i]));
        return bits / tokens.Count;
    }
}
