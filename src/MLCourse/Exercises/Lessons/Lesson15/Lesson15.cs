using MLCourse.Data;
using MLCourse.Embeddings;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 15, embeddings and semantic search.</summary>
public static class Lesson15
{
    /// <summary>Exact cosine similarity, in double precision: the checkers' own.</summary>
    internal static double Cosine(float[] a, float[] b)
    {
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
        return dot / Math.Sqrt(aa * bb);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static double Distance(float[] a, float[] b) => Math.Sqrt(a.Zip(b, (x, y) => ((double)x - y) * ((double)x - y)).Sum());

    /// <summary>Seeded vectors whose lengths run from 0.1 to 50, so that a rule that assumes length 1 shows.</summary>
    internal static float[][] Vectors(int count, int dimensions, int seed, int clusters = 0)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, dimensions).Select(_ => random.NextSingle() * 2 - 1).ToArray()).ToArray();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var direction = Enumerable.Range(0, dimensions).Select(j => (clusters > 0 ? centres[i % clusters][j] : 0) + random.NextSingle() * 2 - 1).ToArray();
            var length = Math.Sqrt(direction.Sum(x => (double)x * x));
            var wanted = 0.1 + 49.9 * random.NextDouble() * random.NextDouble();
            return direction.Select(x => (float)(x / length * wanted)).ToArray();
        })];
    }

    private static readonly float[][] CosineCases = Vectors(24, 12, seed: 15_1);

    private static readonly (Func<float[], float[], double> Mistake, string Message)[] CosineMistakes =
    [
        (Dot, "That is the dot product. It equals the cosine only when both vectors have length 1; these do not: divide by both lengths."),
        ((a, b) => 1 - Cosine(a, b), "That is the cosine distance, 1 − cosine: 0 for the same direction. The exercise asks for the similarity."),
        (Distance, "That is the Euclidean distance between the vectors. Cosine compares their directions, not their positions."),
        ((a, b) => Dot(a, b) / (Dot(a, a) * Dot(b, b)), "Close: but a vector's length is the square root of its dot product with itself."),
    ];

    private static Judgement JudgeCosine(Func<float[], float[], double>? answer)
    {
        var pairs = Enumerable.Range(0, CosineCases.Length / 2).Select(i => (A: CosineCases[2 * i], B: CosineCases[2 * i + 1])).ToList();
        double[] given;
        try
        {
            given = [.. pairs.Select(p => answer!(p.A, p.B))];
        }
        catch (Exception e)
        {
            return Judgement.Wrong($"Your function threw {e.GetType().Name}: {e.Message}");
        }
        if (pairs.Select((p, i) => Math.Abs(given[i] - Cosine(p.A, p.B)) < 1e-5).All(ok => ok))
            return Judgement.Right($"It gives the cosine of all {pairs.Count} pairs, whatever their lengths.");
        foreach (var (mistake, message) in CosineMistakes)
            if (pairs.Select((p, i) => Math.Abs(given[i] - mistake(p.A, p.B)) < 1e-4 * Math.Max(1, Math.Abs(given[i]))).All(ok => ok)) return Judgement.Wrong(message);
        var wrong = pairs.Select((p, i) => (p, i)).First(x => Math.Abs(given[x.i] - Cosine(x.p.A, x.p.B)) >= 1e-5);
        return Judgement.Wrong($"For a pair of vectors of lengths {Math.Sqrt(Dot(wrong.p.A, wrong.p.A)):0.00} and {Math.Sqrt(Dot(wrong.p.B, wrong.p.B)):0.00} your function returned {given[wrong.i]:0.0000}, which is not their cosine.");
    }

    /// <summary>15.1: cosine similarity by hand, for vectors of any length.</summary>
    public static Exercise<Func<float[], float[], double>?> CosineByHand { get; } = new(
        "15.1", "cosine similarity by hand",
        JudgeCosine,
        ["Cosine similarity is the dot product of the two vectors divided by the product of their lengths.",
         "A vector's length is the square root of the sum of its squared numbers. Add in double precision: float sums lose digits.",
         "One loop can add up three sums at once: a[i] * b[i], a[i] * a[i] and b[i] * b[i]."],
        """
        Func<float[], float[], double>? cosine = (a, b) =>
        {
            double dot = 0, aa = 0, bb = 0;
            for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
            return dot / Math.Sqrt(aa * bb);
        };
        """);

    private static readonly float[][] SearchVectors = Vectors(400, 16, seed: 15_2, clusters: 20);

    /// <summary>The held-out queries of 15.2: places the checker searches from.</summary>
    private static readonly int[] SearchQueries = [.. Enumerable.Range(0, 25).Select(i => i * 16 + 3)];

    /// <summary>The 10 places most similar to the query by <paramref name="similarity"/>, best first, optionally with the query itself.</summary>
    private static int[] RankBy(float[][] vectors, int query, Func<float[], float[], double> similarity, bool leaveOutQuery = true) =>
        [.. Enumerable.Range(0, vectors.Length).Where(i => !leaveOutQuery || i != query).OrderByDescending(i => similarity(vectors[query], vectors[i])).ThenBy(i => i).Take(10)];

    internal static int[] NearestTenOf(float[][] vectors, int query) => RankBy(vectors, query, Cosine);

    private static readonly (Func<float[][], int, int[]> Mistake, string Message)[] SearchMistakes =
    [
        ((v, q) => RankBy(v, q, Dot), "Your ranking favours long vectors: that is the dot product, which ranks by cosine only when every vector has length 1. These do not."),
        ((v, q) => RankBy(v, q, (a, b) => -Distance(a, b)), "That ranks by Euclidean distance, which mixes a vector's length into the ranking. Cosine compares directions only."),
        ((v, q) => [.. NearestTenOf(v, q).Reverse()], "The right places, in the wrong order: the most similar comes first."),
    ];

    private static Judgement JudgeSearch(Func<float[][], int, int[]>? answer)
    {
        var copy = SearchVectors.Select(v => v.ToArray()).ToArray();   // an answer that scales the vectors in place cannot change the checker's
        var given = new List<int[]>();
        foreach (var q in SearchQueries)
        {
            try
            {
                given.Add(answer!(copy, q) ?? []);
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For the query at place {q} your function threw {e.GetType().Name}: {e.Message}");
            }
        }
        if (given.Zip(SearchQueries).Any(p => p.First.Contains(p.Second)))
            return Judgement.Wrong("The query itself is among your results: it is always the most similar to itself, so a search that keeps it looks better than it is. Leave the query's own place out.");
        if (given.Any(g => g.Length != 10))
            return Judgement.Wrong($"Expected the places of 10 vectors for every query; found {string.Join(", ", given.Select(g => g.Length).Distinct())}.");
        var right = given.Zip(SearchQueries).Count(p => p.First.SequenceEqual(NearestTenOf(SearchVectors, p.Second)));
        if (right == SearchQueries.Length) return Judgement.Right($"Right for all {SearchQueries.Length} held-out queries: the 10 nearest by cosine, best first, without the query.");
        foreach (var (mistake, message) in SearchMistakes)
            if (given.Zip(SearchQueries).All(p => p.First.SequenceEqual(mistake(SearchVectors, p.Second)))) return Judgement.Wrong(message);
        return Judgement.Wrong($"Right for {right} of the {SearchQueries.Length} held-out queries. Check the similarity (cosine), the order (most similar first) and that each answer has 10 places.");
    }

    /// <summary>15.2: the 10 nearest neighbours of a query among unnormalized vectors, without the query.</summary>
    public static Exercise<Func<float[][], int, int[]>?> NearestTen { get; } = new(
        "15.2", "nearest neighbours without a leak",
        JudgeSearch,
        ["Score every vector against the query by cosine (your answer to 15.1, or the lesson's Cosine), then sort by score, highest first.",
         "The query is one of the vectors: its cosine with itself is 1, the highest there is. Should it be among its own results?",
         "Enumerable.Range(0, vectors.Length).Where(i => i != query).OrderByDescending(i => cosine of vectors[query] and vectors[i]).Take(10).ToArray()"],
        """
        Func<float[][], int, int[]>? nearestTen = (vectors, query) =>
        {
            double Cos(float[] a, float[] b) { double d = 0, aa = 0, bb = 0; for (var i = 0; i < a.Length; i++) { d += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; } return d / Math.Sqrt(aa * bb); }
            return Enumerable.Range(0, vectors.Length).Where(i => i != query).OrderByDescending(i => Cos(vectors[query], vectors[i])).Take(10).ToArray();
        };
        """);

    private static readonly (int[] Ranked, int[] Relevant)[] RankCases =
    [
        ([7, 3, 9, 1], [3, 8]),
        ([4, 5, 6], [4]),
        ([2, 9, 8, 7, 6, 5], [5, 7]),
        ([1, 2, 3], [9]),
        ([10, 20, 30, 40, 50], [40, 10, 30]),
        ([6, 1, 0, 2, 5, 4, 3], [3]),
    ];

    internal static double ReciprocalRankOfFirst(int[] ranked, HashSet<int> relevant) => Retrieval.ReciprocalRank(ranked, relevant);

    private static readonly (Func<int[], HashSet<int>, double> Mistake, string Message)[] RankMistakes =
    [
        ((r, s) => Array.FindIndex(r, s.Contains) is var i and >= 0 ? 1.0 / i : 0, "Ranks start at 1: the first result has rank 1, not the index 0."),
        ((r, s) => Array.FindIndex(r, s.Contains) is var i and >= 0 ? i + 1 : 0, "That is the rank itself; the exercise asks for its reciprocal, 1 / rank."),
        ((r, s) => Array.FindLastIndex(r, s.Contains) is var i and >= 0 ? 1.0 / (i + 1) : 0, "That uses the last relevant result. The reciprocal rank is about the first one: how far a user reads before finding something."),
        ((r, s) => r.Select((x, i) => s.Contains(x) ? 1.0 / (i + 1) : 0).Sum(), "That adds up the reciprocal ranks of every relevant result. Only the first relevant result counts."),
    ];

    private static Judgement JudgeRank(Func<int[], HashSet<int>, double>? answer)
    {
        var given = new List<double>();
        foreach (var (ranked, relevant) in RankCases)
        {
            try
            {
                given.Add(answer!(ranked.ToArray(), [.. relevant]));
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For the results [{string.Join(", ", ranked)}] and relevant {{{string.Join(", ", relevant)}}} your function threw {e.GetType().Name}: {e.Message}");
            }
        }
        bool Same(double a, double b) => a == b || Math.Abs(a - b) < 1e-9;
        var expected = RankCases.Select(c => ReciprocalRankOfFirst(c.Ranked, [.. c.Relevant])).ToList();
        if (given.Zip(expected).All(p => Same(p.First, p.Second))) return Judgement.Right($"Right for all {RankCases.Length} rankings, including one with nothing relevant.");
        foreach (var (mistake, message) in RankMistakes)
            if (given.Zip(RankCases).All(p => Same(p.First, mistake(p.Second.Ranked, [.. p.Second.Relevant])))) return Judgement.Wrong(message);
        var wrong = Enumerable.Range(0, RankCases.Length).First(i => !Same(given[i], expected[i]));
        return Judgement.Wrong($"For the results [{string.Join(", ", RankCases[wrong].Ranked)}] and relevant {{{string.Join(", ", RankCases[wrong].Relevant)}}} your function returned {given[wrong]}, which is not right.");
    }

    /// <summary>15.3: the reciprocal rank of one query's results.</summary>
    public static Exercise<Func<int[], HashSet<int>, double>?> ReciprocalRankOf { get; } = new(
        "15.3", "reciprocal rank",
        JudgeRank,
        ["Walk through the results in order and stop at the first one in the relevant set.",
         "The first result has rank 1. When no result is relevant, the reciprocal rank is 0.",
         "for (var i = 0; i < ranked.Length; i++) if (relevant.Contains(ranked[i])) return 1.0 / (i + 1); return 0;"],
        """
        Func<int[], HashSet<int>, double>? reciprocalRank = (ranked, relevant) =>
        {
            for (var i = 0; i < ranked.Length; i++) if (relevant.Contains(ranked[i])) return 1.0 / (i + 1);
            return 0;
        };
        """);

    /// <summary>The bar of 15.4: the lesson's own descriptions stay below it on the 100 hidden messages, the solution's pass it (see the tests).</summary>
    public const double ZeroShotBar = 0.72;

    /// <summary>The text of a message as the lesson embeds it: the subject, ". ", and the body's first 100 words.</summary>
    public static string Opening(string subject, string body) =>
        subject + ". " + string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(100));

    /// <summary>50 spam and 50 ham of lesson 10's hidden messages (seeded), embedded once per process.</summary>
    private static readonly Lazy<(float[][] Vectors, bool[] IsSpam)> HiddenMessages = new(() =>
    {
        var hidden = CourseData.LoadSpamAssassinHoldout();
        var isSpam = hidden["is_spam"].Cast<bool?>().Select(s => s!.Value).ToList();
        var text = hidden["subject"].Cast<string>().Zip(hidden["body"].Cast<string>(), Opening).ToList();
        var random = new Random(15_4);
        var rows = Enumerable.Range(0, isSpam.Count).Where(i => isSpam[i]).OrderBy(_ => random.Next()).Take(50)
            .Concat(Enumerable.Range(0, isSpam.Count).Where(i => !isSpam[i]).OrderBy(_ => random.Next()).Take(50)).ToList();
        using var embedder = new MiniLmEmbeddings();
        return (embedder.Embed(rows.Select(i => text[i])), [.. rows.Select(i => isSpam[i])]);
    });

    /// <summary>The accuracy on the hidden messages of labelling each by the closer of the two descriptions (spam first).</summary>
    internal static double ZeroShotAccuracy(string spam, string ham)
    {
        using var embedder = new MiniLmEmbeddings();
        var labels = embedder.Embed([spam, ham]);
        var (vectors, isSpam) = HiddenMessages.Value;
        return vectors.Select((v, i) => (Cosine(v, labels[0]) > Cosine(v, labels[1])) == isSpam[i] ? 1.0 : 0.0).Average();
    }

    private static Judgement JudgeZeroShot(string[]? answer)
    {
        if (answer is not { Length: 2 } || answer.Any(string.IsNullOrWhiteSpace))
            return Judgement.Wrong($"Expected two descriptions, spam first, each a sentence or more; found {(answer is null ? "none" : $"{answer.Length} of which {answer.Count(string.IsNullOrWhiteSpace)} empty")}.");
        var accuracy = ZeroShotAccuracy(answer[0], answer[1]);
        if (accuracy >= ZeroShotBar) return Judgement.Right($"Your descriptions label {accuracy:P0} of the 100 hidden messages rightly.");
        if (accuracy <= 1 - ZeroShotBar)
            return Judgement.Wrong($"Your descriptions label only {accuracy:P0} of the 100 hidden messages rightly, far below guessing: are they in the right order? The first describes spam.");
        return Judgement.Wrong($"Your descriptions label {accuracy:P0} of the 100 hidden messages rightly; the exercise asks for at least {ZeroShotBar:P0}.");
    }

    /// <summary>15.4: two label descriptions (spam, then real e-mail) for zero-shot labels, scored on hidden messages.</summary>
    public static Exercise<string[]?> ZeroShotLabels { get; } = new(
        "15.4", "zero-shot labels, in your words",
        JudgeZeroShot,
        ["Look at the test messages section 5's descriptions get wrong: which kind of real e-mail looks like spam to the encoder, and which spam looks like real e-mail?",
         "The encoder compares meaning, so describe what a message is about and who it is for, in the words such messages use: offers, prices, opt-out lines; replies, lists, code, people by name.",
         "A description can be several sentences. Try a few on mailTest with mailVectors, and keep the best."],
        """
        string[]? labelDescriptions =
        [
            "Advertising e-mail sent in bulk to strangers: special offers, low prices, free gifts, earn money from home, lose weight, cheap loans, click here to order or to be removed from the mailing list.",
            "A reply in a technical mailing-list discussion between people who know each other, about Linux, software, a bug, a patch, a server or the news, quoting the earlier message.",
        ];
        """);

    /// <summary>All exercises of the lesson, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [CosineByHand, NearestTen, ReciprocalRankOf, ZeroShotLabels];
}
