namespace MLCourse.Language;

/// <summary>
/// The rule that makes self-attention causal: position i may look at positions 0 … i (itself and the past), never at the
/// future, because a language model that saw the next character while predicting it would learn nothing useful.
/// </summary>
public static class CausalAttention
{
    /// <summary>The mask for <paramref name="length"/> positions: <c>mask[i][j]</c> is true where position i may attend to position j (j ≤ i).</summary>
    public static bool[][] Mask(int length)
    {
        Require.AtLeast(length, 1, nameof(length), "position", "a mask needs at least one position");
        return Enumerable.Range(0, length).Select(i => Enumerable.Range(0, length).Select(j => j <= i).ToArray()).ToArray();
    }
}
