using System.Numerics.Tensors;

namespace MLCourse.Embeddings;

/// <summary>
/// Exact nearest-neighbour search by cosine similarity, and the two measures of a ranking the lessons use: recall@k and
/// the reciprocal rank of the first relevant result. Vectors are expected to have length 1, so cosine is the dot product.
/// </summary>
public static class Retrieval
{
    /// <summary>
    /// The <paramref name="k"/> vectors of <paramref name="corpus"/> most similar to <paramref name="query"/> (highest dot
    /// product first), leaving out the item <paramref name="exclude"/> (the query's own place in the corpus, if it is there).
    /// </summary>
    public static int[] Nearest(IReadOnlyList<float[]> corpus, float[] query, int k, int exclude = -1)
    {
        var scores = new float[corpus.Count];
        for (var i = 0; i < corpus.Count; i++) scores[i] = TensorPrimitives.Dot(query, corpus[i]);
        return Top(scores, k, exclude);
    }

    /// <summary>The places of the <paramref name="k"/> highest <paramref name="scores"/>, highest first (ties: the lower place first), without <paramref name="exclude"/>.</summary>
    public static int[] Top(float[] scores, int k, int exclude = -1)
    {
        Require.Number(k >= 1, nameof(k), $"k of at least 1", $"{k}", $"Ask for one result or more.");
        var best = new PriorityQueue<int, (float Score, int Negated)>();   // the worst of the best k on top
        for (var i = 0; i < scores.Length; i++)
        {
            if (i == exclude) continue;
            if (best.Count < k) best.Enqueue(i, (scores[i], -i));
            else if (best.TryPeek(out _, out var worst) && (scores[i], -i).CompareTo(worst) > 0) best.EnqueueDequeue(i, (scores[i], -i));
        }
        var top = new int[best.Count];
        for (var j = top.Length - 1; j >= 0; j--) top[j] = best.Dequeue();
        return top;
    }

    /// <summary>The share of the relevant items found among the first <paramref name="k"/> of <paramref name="ranked"/>: |relevant ∩ top k| / |relevant|.</summary>
    public static double RecallAt(int k, IReadOnlyList<int> ranked, IReadOnlySet<int> relevant)
    {
        Require.That(relevant.Count > 0, nameof(relevant), $"at least one relevant item", $"none", $"Leave out queries with nothing to find.");
        return ranked.Take(k).Count(relevant.Contains) / (double)relevant.Count;
    }

    /// <summary>1 / the rank (from 1) of the first relevant item in <paramref name="ranked"/>, or 0 when none is there.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant)
    {
        for (var i = 0; i < ranked.Count; i++) if (relevant.Contains(ranked[i])) return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>A copy of <paramref name="vector"/> scaled to length 1.</summary>
    public static float[] Normalized(float[] vector)
    {
        var length = TensorPrimitives.Norm(vector);
        Require.That(length > 0, nameof(vector), $"a vector that is not all zeros", $"length 0", $"A text with no words has no direction: leave it out.");
        var result = new float[vector.Length];
        TensorPrimitives.Divide(vector, length, result);
        return result;
    }
}
