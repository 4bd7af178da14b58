namespace MLCourse.Language;

/// <summary>
/// The number of weights and biases of the lesson's GPT, by formula (nanoGPT's layout with biases, no weight tying):
/// token and position embeddings, <c>layers</c> blocks, a final layer norm and the output layer.
/// </summary>
public static class GptSize
{
    /// <summary>
    /// One block with embedding width d: two layer norms (2 × 2d), the query/key/value projection (d × 3d + 3d), the output
    /// projection (d × d + d), and the MLP, d → 4d → d (d × 4d + 4d, then 4d × d + d): 12d² + 13d in all.
    /// </summary>
    public static long BlockParameters(long embedding)
    {
        Require.Number(embedding > 0, nameof(embedding), "a positive embedding width", $"{embedding}", "The lesson's model uses 64.");
        return 12 * embedding * embedding + 13 * embedding;
    }

    /// <summary>
    /// The whole model: V × d token embeddings, T × d position embeddings, the blocks, the final layer norm (2d) and the
    /// output layer (d × V + V).
    /// </summary>
    public static long Parameters(long vocabulary, long context, long embedding, long layers) =>
        vocabulary * embedding + context * embedding + layers * BlockParameters(embedding) + 2 * embedding + embedding * vocabulary + vocabulary;
}
