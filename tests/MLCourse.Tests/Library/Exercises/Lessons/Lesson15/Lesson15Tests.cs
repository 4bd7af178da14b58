using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson15;

using Lesson15 = MLCourse.Exercises.Lesson15;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson15Tests
{
    private static double Cos(float[] a, float[] b)
    {
        double d = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++) { d += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
        return d / Math.Sqrt(aa * bb);
    }

    private static double DotOf(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void The_checkers_vectors_are_far_from_length_1()
    {
        var lengths = Lesson15.Vectors(200, 12, seed: 1).Select(v => Math.Sqrt(DotOf(v, v))).ToList();
        Assert.InRange(lengths.Min(), 0.1, 1);
        Assert.InRange(lengths.Max(), 20, 50);
    }

    private static double[] Back(sbyte[] codes, float[] start, float[] step) => [.. codes.Select((c, j) => start[j] + (double)step[j] * (c + 128))];

    private static double CosD(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum() / Math.Sqrt(a.Sum(x => x * x) * b.Sum(y => y * y));

    [Fact]
    public void Quantizing_follows_sentence_transformers_int8_and_the_codes_stand_for_the_vectors()
    {
        // Two vectors in two dimensions: ranges [0, 2.55] and [-1, 1.55], steps 0.01; the bottom of each range is code −128.
        var (codes, start, step) = Lesson15.Quantized([[0f, 1.55f], [2.55f, -1f]]);
        Assert.Equal([0f, -1f], start);
        Assert.Equal(0.01, step[0], 6);
        Assert.Equal([(sbyte)-128, (sbyte)127], codes[0]);
        Assert.Equal([(sbyte)127, (sbyte)-128], codes[1]);
        // The checker's vectors survive quantization closely: the cosine of what the codes stand for is near the vectors' own.
        var vectors = Lesson15.Vectors(24, 12, seed: 15_1);
        var q = Lesson15.Quantized(vectors);
        Assert.InRange(Math.Abs(Lesson15.QuantizedCosineOf(q.Codes[0], q.Codes[1], q.Start, q.Step) - Cos(vectors[0], vectors[1])), 0, 0.05);
    }

    [Fact]
    public void Int8_cosine_accepts_the_rule_and_names_each_known_mistake()
    {
        var check = Lesson15.QuantizedCosine;
        Assert.Equal(Outcome.Correct, check.Check((a, b, s, t) => CosD(Back(a, s, t), Back(b, s, t))).Outcome);
        // Dequantizing to float and the library's float cosine is precise enough.
        Assert.Equal(Outcome.Correct, check.Check((a, b, s, t) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(
            a.Select((c, j) => s[j] + t[j] * (c + 128)).ToArray(), b.Select((c, j) => s[j] + t[j] * (c + 128)).ToArray())).Outcome);
        // The lesson's cosine pasted onto the codes.
        Assert.StartsWith("That is the cosine of the codes themselves", check.Check((a, b, s, t) => CosD([.. a.Select(c => (double)c)], [.. b.Select(c => (double)c)])).Message);
        Assert.StartsWith("That is the dot product", check.Check((a, b, s, t) => Back(a, s, t).Zip(Back(b, s, t), (x, y) => x * y).Sum()).Message);
        Assert.StartsWith("Close: but the codes run from −128", check.Check((a, b, s, t) => CosD([.. a.Select((c, j) => s[j] + (double)t[j] * c)], [.. b.Select((c, j) => s[j] + (double)t[j] * c)])).Message);
        Assert.StartsWith("Close: but each dimension's range starts at start[j]", check.Check((a, b, s, t) => CosD([.. a.Select((c, j) => t[j] * (c + 128.0))], [.. b.Select((c, j) => t[j] * (c + 128.0))])).Message);
        Assert.StartsWith("That is the cosine distance", check.Check((a, b, s, t) => 1 - CosD(Back(a, s, t), Back(b, s, t))).Message);
        // The cosine of the codes shifted to 0…255 (uint8 thinking, no start or step) is wrong too, and the feedback names the codes.
        Assert.Contains("For the codes [", check.Check((a, b, s, t) => CosD([.. a.Select(c => c + 128.0)], [.. b.Select(c => c + 128.0)])).Message);
        Assert.Contains("threw InvalidOperationException", check.Check((a, b, s, t) => throw new InvalidOperationException("no")).Message);
    }

    [Fact]
    public void Nearest_ten_accepts_the_search_and_names_the_leak_and_the_other_mistakes()
    {
        var check = Lesson15.NearestTen;
        int[] Right(float[][] v, int q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).OrderByDescending(i => Cos(v[q], v[i])).Take(10)];
        Assert.Equal(Outcome.Correct, check.Check(Right).Outcome);
        // Normalizing first, then the dot product, is the same ranking.
        Assert.Equal(Outcome.Correct, check.Check((v, q) =>
        {
            var unit = v.Select(x => { var n = Math.Sqrt(DotOf(x, x)); return x.Select(y => (float)(y / n)).ToArray(); }).ToArray();
            return [.. Enumerable.Range(0, unit.Length).Where(i => i != q).OrderByDescending(i => DotOf(unit[q], unit[i])).Take(10)];
        }).Outcome);
        Assert.StartsWith("The query itself is among your results",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).OrderByDescending(i => Cos(v[q], v[i])).Take(10)]).Message);
        // Sorting with the query in and dropping the first result: a copy of the query ties with it, so the query stays in for
        // some queries, whichever way the sort breaks the tie (LINQ's stable sort, or the later place first).
        Assert.StartsWith("Leave the query out by its index, not by skipping the first result",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).OrderByDescending(i => Cos(v[q], v[i])).Skip(1).Take(10)]).Message);
        Assert.StartsWith("Leave the query out by its index, not by skipping the first result",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).OrderByDescending(i => Cos(v[q], v[i])).ThenByDescending(i => i).Skip(1).Take(10)]).Message);
        // Leaving out by value drops the copy as well as the query.
        Assert.StartsWith("Your search leaves out every vector equal to the query",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => !v[i].SequenceEqual(v[q])).OrderByDescending(i => Cos(v[q], v[i])).Take(10)]).Message);
        Assert.StartsWith("Your ranking favours long vectors",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).OrderByDescending(i => DotOf(v[q], v[i])).Take(10)]).Message);
        Assert.StartsWith("That ranks by Euclidean distance",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).OrderBy(i => Math.Sqrt(v[q].Zip(v[i], (x, y) => (double)(x - y) * (x - y)).Sum())).Take(10)]).Message);
        Assert.StartsWith("The right places, in the wrong order", check.Check((v, q) => [.. Right(v, q).Reverse()]).Message);
        Assert.StartsWith("Expected the places of 10 vectors", check.Check((v, q) => [.. Right(v, q).Take(9)]).Message);
        Assert.StartsWith("Right for 0 of the 25", check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).Take(10)]).Message);
    }

    [Fact]
    public void The_search_data_hold_exact_copies_of_queries_on_both_sides()
    {
        foreach (var (query, copy) in Lesson15.SearchCopies)
        {
            Assert.Equal(Lesson15.SearchVectors[query], Lesson15.SearchVectors[copy]);
            Assert.Equal(Cos(Lesson15.SearchVectors[query], Lesson15.SearchVectors[query]), Cos(Lesson15.SearchVectors[query], Lesson15.SearchVectors[copy]));
        }
        Assert.Contains(Lesson15.SearchCopies, c => c.Copy < c.Query);
        Assert.Contains(Lesson15.SearchCopies, c => c.Copy > c.Query);
    }

    /// <summary>A reference MRR written apart from the checker's: rank = 1 + the others outside the group scoring at least the best relevant one.</summary>
    private static double Mrr(double[][] scores, int[] group, bool keepQuery = false, bool tiesForYou = false, int rankFrom = 1, bool lonelyAsZero = false, bool stableSort = false)
    {
        var reciprocal = new List<double>();
        for (var q = 0; q < group.Length; q++)
        {
            var others = Enumerable.Range(0, group.Length).Where(i => keepQuery || i != q).ToArray();
            var relevant = others.Where(i => group[i] == group[q]).ToArray();
            if (relevant.Length == 0) { if (lonelyAsZero) reciprocal.Add(0); continue; }
            if (stableSort) { reciprocal.Add(1.0 / (1 + Array.FindIndex([.. others.OrderByDescending(i => scores[q][i])], i => group[i] == group[q]))); continue; }
            var best = relevant.Max(i => scores[q][i]);
            var ahead = others.Count(i => group[i] != group[q] && (tiesForYou ? scores[q][i] > best : scores[q][i] >= best));
            reciprocal.Add(1.0 / (rankFrom + ahead));
        }
        return reciprocal.Average();
    }

    [Fact]
    public void Mrr_by_hand_on_a_small_matrix()
    {
        // Items 0, 1 in group 0; 2, 3 in group 1; 4 alone. Query 0: relevant 1 scores 0.5, item 2 ties it, so rank 2.
        // Query 1: relevant 0 scores 0.4, nothing outside ties or beats it: rank 1. Query 2: relevant 3 scores 0.2; items 0 (0.3)
        // and 4 (0.2) rank ahead: rank 3. Query 3: relevant 2 scores 0.9, and item 4 ties it: rank 2. Query 4 has nothing to find.
        double[][] scores =
        [
            [1, 0.5, 0.5, 0.1, 0],
            [0.4, 1, 0.1, 0.3, 0],
            [0.3, 0.1, 1, 0.2, 0.2],
            [0, 0, 0.9, 1, 0.9],
            [0.5, 0.5, 0.5, 0.5, 1],
        ];
        int[] group = [0, 0, 1, 1, 2];
        var expected = (1 / 2.0 + 1 + 1 / 3.0 + 1 / 2.0) / 4;
        Assert.Equal(expected, Lesson15.MeanReciprocalRankOf(scores, group), 12);
        Assert.Equal(expected, Mrr(scores, group), 12);
    }

    [Fact]
    public void The_ranking_cases_have_ties_lonely_queries_and_the_query_on_top()
    {
        var (scores, group) = Lesson15.RankingCase(15_3);
        Assert.Equal(30, group.Length);
        Assert.Contains(group, g => group.Count(x => x == g) == 1);
        Assert.All(Enumerable.Range(0, 30), q => Assert.True(scores[q].Where((_, i) => i != q).All(x => x < scores[q][q])));
        // Ties with the best relevant score are common, so a rule that counts them in the method's favour shows.
        Assert.NotEqual(Mrr(scores, group), Mrr(scores, group, tiesForYou: true));
        Assert.NotEqual(Mrr(scores, group), Mrr(scores, group, stableSort: true));
        Assert.NotEqual(Mrr(scores, group, tiesForYou: true), Mrr(scores, group, stableSort: true));
    }

    /// <summary>Each query's rank (ties against the method), for the queries with something to find.</summary>
    private static IEnumerable<double> Ranks(double[][] s, int[] g) => Enumerable.Range(0, g.Length).Where(q => g.Count(x => x == g[q]) > 1)
        .Select(q => 1.0 + Enumerable.Range(0, g.Length).Count(i => i != q && g[i] != g[q] && s[q][i] >= Enumerable.Range(0, g.Length).Where(r => r != q && g[r] == g[q]).Max(r => s[q][r])));

    /// <summary>The exercise's own solution, as a learner would write it: plain loops.</summary>
    private static double Solution(double[][] scores, int[] group)
    {
        double total = 0;
        var queries = 0;
        for (var q = 0; q < group.Length; q++)
        {
            var best = double.NegativeInfinity;
            for (var i = 0; i < group.Length; i++) if (i != q && group[i] == group[q]) best = Math.Max(best, scores[q][i]);
            if (double.IsNegativeInfinity(best)) continue;
            var ahead = 0;
            for (var i = 0; i < group.Length; i++) if (i != q && group[i] != group[q] && scores[q][i] >= best) ahead++;
            total += 1.0 / (1 + ahead);
            queries++;
        }
        return total / queries;
    }

    [Fact]
    public void Mean_reciprocal_rank_accepts_the_rule_and_names_each_known_mistake()
    {
        var check = Lesson15.MeanReciprocalRank;
        Assert.Equal(Outcome.Correct, check.Check((s, g) => Mrr(s, g)).Outcome);
        Assert.Equal(Outcome.Correct, check.Check(Solution).Outcome);
        Assert.StartsWith("Your MRR is 1: every query found itself first", check.Check((s, g) => Mrr(s, g, keepQuery: true)).Message);
        Assert.StartsWith("The query itself is among your results", check.Check((s, g) => Mrr(s, g, rankFrom: 2)).Message);
        Assert.StartsWith("Ties count in your favour", check.Check((s, g) => Mrr(s, g, tiesForYou: true)).Message);
        Assert.StartsWith("Ties are broken by place", check.Check((s, g) => Mrr(s, g, stableSort: true)).Message);
        Assert.StartsWith("Ranks start at 1", check.Check((s, g) => Mrr(s, g, rankFrom: 0)).Message);
        Assert.StartsWith("A query whose group has no other item", check.Check((s, g) => Mrr(s, g, lonelyAsZero: true)).Message);
        Assert.StartsWith("That is 1 / the mean rank", check.Check((s, g) => 1 / Ranks(s, g).Average()).Message);
        Assert.StartsWith("That is the sum of the reciprocal ranks", check.Check((s, g) => Mrr(s, g) * Enumerable.Range(0, g.Length).Count(q => g.Count(x => x == g[q]) > 1)).Message);
        Assert.Contains("For the first score matrix your function returned", check.Check((s, g) => Mrr(s, g) + 0.01).Message);
        Assert.Contains("threw InvalidOperationException", check.Check((s, g) => throw new InvalidOperationException("no")).Message);
    }

    [Fact]
    public void Zero_shot_labels_pass_with_the_solution_and_swapped_descriptions_are_named()
    {
        string[] good =
        [
            "Advertising e-mail sent in bulk to strangers: special offers, low prices, free gifts, earn money from home, lose weight, cheap loans, click here to order or to be removed from the mailing list.",
            "A reply in a mailing-list discussion between people who know each other: Linux, Red Hat, Perl, software, a bug, a patch, a server, a spam filter, a news story; it quotes the earlier message with > and is signed by a person.",
        ];
        var check = Lesson15.ZeroShotLabels;

        var right = check.Check(good);
        var swapped = check.Check([good[1], good[0]]);

        Assert.True(right.Outcome == Outcome.Correct, right.Message);
        Assert.Matches(@"label \d+ ?% of the 100 hidden messages", right.Message);   // once past the bar, the score is shown
        Assert.Contains("are they in the right order?", swapped.Message);
        Assert.DoesNotMatch(@"\d", swapped.Message);
        Assert.StartsWith("Expected two descriptions", check.Check(["only one"]).Message);
        Assert.Contains("found 3 descriptions.", check.Check(["a", "b", "c"]).Message);
        Assert.Contains("found 2 descriptions, 1 of them empty.", check.Check(["a", " "]).Message);
        Assert.Contains("found one description.", check.Check(["a"]).Message);
    }

    [Fact]
    public void A_failed_zero_shot_attempt_gets_a_direction_and_the_way_to_measure_but_not_the_hidden_score()
    {
        var failed = Lesson15.ZeroShotLabels.Check(["An unsolicited advertisement or scam: buy now, free offer, make money fast, click here.",
            "A personal e-mail or a mailing-list discussion about software, news, work or plans."]);

        Assert.Equal(Outcome.Incorrect, failed.Outcome);
        Assert.Contains("do not clear the bar", failed.Message);
        Assert.Contains("Most of their mistakes are", failed.Message);
        Assert.Contains("ZeroShotAccuracyOn(labelDescriptions, mailTest)", failed.Message);
        // The only numbers are the bar and the visible baseline: no share of the hidden messages, in either form.
        var bar = Lesson15.ZeroShotBar.ToString("P0", System.Globalization.CultureInfo.CurrentCulture);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(failed.Message, @"\d[\d.,]*\s?%?").Select(m => m.Value.Trim()),
            number => Assert.Contains(number, new[] { bar, "100", "0.660", "0.1", "5" }));
    }

    [Fact]
    public void The_zero_shot_bar_follows_from_the_lessons_published_visible_baseline()
    {
        var file = Path.Combine(Repository.Folders.Root, "tests", "expected-results", "15-embeddings-search.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var published = json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "zero_shot_accuracy").GetProperty("value").GetDouble();
        Assert.Equal(Lesson15.ZeroShotBaseline, published, 3);
        // The baseline plus two standard errors of an accuracy on the 100 hidden messages, to two decimals.
        Assert.Equal(Lesson15.ZeroShotBar, Math.Round(published + 2 * Math.Sqrt(published * (1 - published) / 100), 2), 12);
    }

    [Fact]
    public void The_lessons_own_descriptions_do_not_pass_the_bar()
    {
        var accuracy = Lesson15.ZeroShotAccuracy(
            "An unsolicited advertisement or scam: buy now, free offer, make money fast, click here.",
            "A personal e-mail or a mailing-list discussion about software, news, work or plans.");

        Assert.True(accuracy < Lesson15.ZeroShotBar, $"The lesson's descriptions already reach {accuracy:0.00} on the hidden messages: the exercise asks for nothing.");
    }
}
