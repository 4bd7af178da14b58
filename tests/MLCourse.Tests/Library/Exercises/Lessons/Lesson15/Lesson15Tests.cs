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

    [Fact]
    public void Cosine_by_hand_accepts_the_rule_and_names_each_known_mistake()
    {
        // By hand: (1, 2, 2) and (2, 0, 0): dot 2, lengths 3 and 2, cosine 1/3.
        Assert.Equal(1 / 3.0, Lesson15.Cosine([1, 2, 2], [2, 0, 0]), 12);
        var check = Lesson15.CosineByHand;
        Assert.Equal(Outcome.Correct, check.Check(Cos).Outcome);
        Assert.Equal(Outcome.Correct, check.Check((a, b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b)).Outcome);   // float precision is enough
        Assert.StartsWith("That is the dot product", check.Check(DotOf).Message);
        Assert.StartsWith("That is the cosine distance", check.Check((a, b) => 1 - Cos(a, b)).Message);
        Assert.StartsWith("That is the Euclidean distance", check.Check((a, b) => Math.Sqrt(a.Zip(b, (x, y) => (double)(x - y) * (x - y)).Sum())).Message);
        Assert.StartsWith("Close: but a vector's length is the square root", check.Check((a, b) => DotOf(a, b) / (DotOf(a, a) * DotOf(b, b))).Message);
        Assert.Equal(Outcome.Incorrect, check.Check((a, b) => Cos(a, b) * 0.99).Outcome);
        Assert.Contains("threw InvalidOperationException", check.Check((a, b) => throw new InvalidOperationException("no")).Message);
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
        Assert.StartsWith("Your ranking favours long vectors",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).OrderByDescending(i => DotOf(v[q], v[i])).Take(10)]).Message);
        Assert.StartsWith("That ranks by Euclidean distance",
            check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).OrderBy(i => Math.Sqrt(v[q].Zip(v[i], (x, y) => (double)(x - y) * (x - y)).Sum())).Take(10)]).Message);
        Assert.StartsWith("The right places, in the wrong order", check.Check((v, q) => [.. Right(v, q).Reverse()]).Message);
        Assert.StartsWith("Expected the places of 10 vectors", check.Check((v, q) => [.. Right(v, q).Take(9)]).Message);
        Assert.StartsWith("Right for 0 of the 25", check.Check((v, q) => [.. Enumerable.Range(0, v.Length).Where(i => i != q).Take(10)]).Message);
    }

    [Fact]
    public void Reciprocal_rank_accepts_the_rule_and_names_each_known_mistake()
    {
        var check = Lesson15.ReciprocalRankOf;
        Assert.Equal(Outcome.Correct, check.Check((r, s) => { for (var i = 0; i < r.Length; i++) if (s.Contains(r[i])) return 1.0 / (i + 1); return 0; }).Outcome);
        Assert.StartsWith("Ranks start at 1", check.Check((r, s) => Array.FindIndex(r, s.Contains) is var i and >= 0 ? 1.0 / i : 0).Message);
        Assert.StartsWith("That is the rank itself", check.Check((r, s) => Array.FindIndex(r, s.Contains) is var i and >= 0 ? i + 1 : 0).Message);
        Assert.StartsWith("That uses the last relevant result", check.Check((r, s) => Array.FindLastIndex(r, s.Contains) is var i and >= 0 ? 1.0 / (i + 1) : 0).Message);
        Assert.StartsWith("That adds up the reciprocal ranks", check.Check((r, s) => r.Select((x, i) => s.Contains(x) ? 1.0 / (i + 1) : 0).Sum()).Message);
        // Forgetting the case with nothing relevant (here: 1 / (−1 + 1) = ∞) is caught, and the feedback names the input.
        Assert.Contains("[1, 2, 3]", check.Check((r, s) => 1.0 / (Array.FindIndex(r, s.Contains) + 1)).Message);
    }

    [Fact]
    public void Zero_shot_labels_pass_with_the_solution_and_swapped_descriptions_are_named()
    {
        string[] good =
        [
            "Advertising e-mail sent in bulk to strangers: special offers, low prices, free gifts, earn money from home, lose weight, cheap loans, click here to order or to be removed from the mailing list.",
            "A reply in a technical mailing-list discussion between people who know each other, about Linux, software, a bug, a patch, a server or the news, quoting the earlier message.",
        ];
        var check = Lesson15.ZeroShotLabels;

        var right = check.Check(good);
        var swapped = check.Check([good[1], good[0]]);

        Assert.True(right.Outcome == Outcome.Correct, right.Message);
        Assert.Contains("are they in the right order?", swapped.Message);
        Assert.StartsWith("Expected two descriptions", check.Check(["only one"]).Message);
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
