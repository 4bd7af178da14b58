namespace MLCourse.Language;

/// <summary>
/// A counting language model over character ids: the probability of the next character given the <see cref="Order"/> − 1
/// characters before it, estimated from counts with add-α smoothing (α = 1 is Laplace's add-one):
/// P(c | context) = (count(context, c) + α) / (count(context) + α · V). Order 1 is the unigram model (no context), order 2
/// the bigram model. Every probability is positive, so no text is impossible.
/// </summary>
public sealed class CharacterNGrams
{
    private readonly int[] counts;        // per context, per next character
    private readonly int[] contextTotals; // per context

    private CharacterNGrams(int order, int vocabularySize, double alpha, int[] counts, int[] contextTotals) =>
        (Order, VocabularySize, Alpha, this.counts, this.contextTotals) = (order, vocabularySize, alpha, counts, contextTotals);

    /// <summary>1 + the number of characters of context.</summary>
    public int Order { get; }

    /// <summary>How many different characters there are (V).</summary>
    public int VocabularySize { get; }

    /// <summary>The count added to every pair before dividing.</summary>
    public double Alpha { get; }

    /// <summary>Counts every run of <paramref name="order"/> characters in <paramref name="tokens"/>.</summary>
    public static CharacterNGrams Fit(IReadOnlyList<int> tokens, int vocabularySize, int order, double alpha = 1)
    {
        Require.InRange(order, 1, 3, nameof(order), "an order of 1 (unigram), 2 (bigram) or 3 (trigram)", "Higher orders need a table too large to count this way.");
        Require.Number(alpha > 0, nameof(alpha), "a positive smoothing count", $"{alpha}", "1 is add-one smoothing.");
        Require.Enough(tokens, order, nameof(tokens), "characters", "a model must count at least one run of characters");
        var contexts = (int)Math.Pow(vocabularySize, order - 1);
        var (counts, totals) = (new int[contexts * vocabularySize], new int[contexts]);
        for (var i = order - 1; i < tokens.Count; i++)
        {
            var context = ContextOf(tokens, i, order, vocabularySize);
            counts[context * vocabularySize + tokens[i]]++;
            totals[context]++;
        }
        return new CharacterNGrams(order, vocabularySize, alpha, counts, totals);
    }

    /// <summary>P(next | the characters before position <paramref name="position"/> of <paramref name="tokens"/>).</summary>
    public double Probability(IReadOnlyList<int> tokens, int position, int next)
    {
        var context = ContextOf(tokens, position, Order, VocabularySize);
        return (counts[context * VocabularySize + next] + Alpha) / (contextTotals[context] + Alpha * VocabularySize);
    }

    /// <summary>The distribution of the next character after the context that ends at position <paramref name="position"/> − 1.</summary>
    public double[] Distribution(IReadOnlyList<int> tokens, int position) =>
        Enumerable.Range(0, VocabularySize).Select(next => Probability(tokens, position, next)).ToArray();

    /// <summary>
    /// The mean of −log₂ P(character | context) over the characters of <paramref name="tokens"/> that have a full context
    /// (all but the first <see cref="Order"/> − 1): the cross-entropy in bits per character.
    /// </summary>
    public double BitsPerCharacter(IReadOnlyList<int> tokens)
    {
        Require.Enough(tokens, Order, nameof(tokens), "characters", "the first characters only serve as context");
        var bits = 0.0;
        for (var i = Order - 1; i < tokens.Count; i++) bits -= Math.Log2(Probability(tokens, i, tokens[i]));
        return bits / (tokens.Count - Order + 1);
    }

    /// <summary>
    /// Continues <paramref name="start"/> by <paramref name="length"/> characters, each drawn from the model's distribution
    /// given the characters before it (at least <see cref="Order"/> − 1 characters of start are needed).
    /// </summary>
    public int[] Sample(IReadOnlyList<int> start, int length, Random random)
    {
        Require.Enough(start, Order - 1, nameof(start), "characters", "the model draws each character from the ones before it");
        var text = start.ToList();
        for (var n = 0; n < length; n++)
        {
            text.Add(NextTokenSampler.Draw(Distribution(text, text.Count), random));
        }
        return text.Skip(start.Count).ToArray();
    }

    private static int ContextOf(IReadOnlyList<int> tokens, int position, int order, int vocabularySize)
    {
        var context = 0;
        for (var back = order - 1; back >= 1; back--) context = context * vocabularySize + tokens[position - back];
        return context;
    }
}
