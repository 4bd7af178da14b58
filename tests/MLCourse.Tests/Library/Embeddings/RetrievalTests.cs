using MLCourse.Embeddings;

namespace MLCourse.Tests.Library.Embeddings;

/// <summary><see cref="Retrieval"/>: search and its two measures, worked out by hand on small cases.</summary>
public sealed class RetrievalTests
{
    private static readonly float[][] Corpus = [[1, 0], [0.8f, 0.6f], [0, 1], [-1, 0], [0.6f, 0.8f]];

    [Fact]
    public void Nearest_ranks_by_dot_product_best_first_and_leaves_out_the_query()
    {
        // Against (1, 0): 1, 0.8, 0, -1, 0.6 -> places 0, 1, 4, 2, 3.
        Assert.Equal([0, 1, 4], Retrieval.Nearest(Corpus, [1, 0], 3));
        Assert.Equal([1, 4, 2, 3], Retrieval.Nearest(Corpus, Corpus[0], 10, exclude: 0));
    }

    [Fact]
    public void Top_keeps_the_k_highest_scores_and_breaks_ties_by_place()
    {
        Assert.Equal([3, 1, 4], Retrieval.Top([0.1f, 0.5f, 0.2f, 0.9f, 0.5f], 3));
        Assert.Equal([1, 4], Retrieval.Top([0.1f, 0.5f, 0.2f, 0.9f, 0.5f], 2, exclude: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Retrieval.Top([1f], 0));
    }

    [Fact]
    public void Top_agrees_with_a_full_sort_on_random_scores()
    {
        var random = new Random(3);
        var scores = Enumerable.Range(0, 500).Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();   // many ties
        var sorted = Enumerable.Range(0, 500).Where(i => i != 7).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(25);
        Assert.Equal(sorted, Retrieval.Top(scores, 25, exclude: 7));
    }

    [Fact]
    public void Recall_at_k_and_reciprocal_rank_by_hand()
    {
        HashSet<int> relevant = [4, 2, 9];
        int[] ranked = [5, 4, 1, 2, 3];
        Assert.Equal(1 / 3.0, Retrieval.RecallAt(2, ranked, relevant), 12);   // 4 of {4, 2, 9} in the first two
        Assert.Equal(2 / 3.0, Retrieval.RecallAt(10, ranked, relevant), 12);
        Assert.Equal(0.5, Retrieval.ReciprocalRank(ranked, relevant));         // the first relevant is 4, at rank 2
        Assert.Equal(0, Retrieval.ReciprocalRank([1, 3], relevant));
        Assert.Throws<ArgumentException>(() => Retrieval.RecallAt(10, ranked, new HashSet<int>()));
    }

    [Fact]
    public void Normalized_scales_to_length_1_and_refuses_a_zero_vector()
    {
        Assert.Equal([0.6f, 0.8f], Retrieval.Normalized([3, 4]));
        var error = Assert.Throws<ArgumentException>(() => Retrieval.Normalized([0, 0]));
        Assert.Contains("Expected a vector that is not all zeros", error.Message);
    }
}
