using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using MLCourse.Data;
using MLCourse.Evaluation;
using MLCourse.Exercises;
using MLCourse.Tests.Support;
using MLCourse.Text;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson10;

using Lesson10 = MLCourse.Exercises.Lesson10;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson10Tests(SpamFilter filter) : IClassFixture<SpamFilter>
{
    [Fact]
    public void TfIdf_weight_is_one_count_times_ln_four_thirds()
    {
        Assert.Equal(Outcome.Correct, Lesson10.TfIdfWeight.Check(0.2877).Outcome);   // ln(4/3) = 0.28768
        Assert.StartsWith("That is its weight among the first three messages", Lesson10.TfIdfWeight.Check(0.4055).Message);   // ln(3/2)
        Assert.StartsWith("That uses the base-10 logarithm", Lesson10.TfIdfWeight.Check(0.1249).Message);
        Assert.StartsWith("That is scikit-learn's default (smoothed) IDF", Lesson10.TfIdfWeight.Check(1.2231).Message);   // ln(5/4) + 1
        Assert.StartsWith("That is scikit-learn's IDF without smoothing", Lesson10.TfIdfWeight.Check(1.2877).Message);
        // Message 2 then weighs cash 0.2877, prize ln 4 = 1.3863, win 2 ln 2 = 1.3863: length 1.9815, so cash is 0.1452 normalized.
        Assert.StartsWith("That is the weight after L2 normalization", Lesson10.TfIdfWeight.Check(0.1452).Message);
        Assert.StartsWith("That is N / df without the logarithm", Lesson10.TfIdfWeight.Check(4.0 / 3).Message);
        Assert.Contains("too low", Lesson10.TfIdfWeight.Check(0.2).Message);
    }

    [Fact]
    public void TfIdf_weight_is_accepted_to_two_decimals()
    {
        Assert.Equal(Outcome.Correct, Lesson10.TfIdfWeight.Check(0.29).Outcome);
        Assert.Equal(Outcome.Correct, Lesson10.TfIdfWeight.Check(0.288).Outcome);
        Assert.Contains("too high", Lesson10.TfIdfWeight.Check(0.31).Message);
        Assert.StartsWith("0.3 is the answer rounded to 1 decimal", Lesson10.TfIdfWeight.Check(0.3).Message);
    }

    /// <summary>The out-of-fold scores the 10.2 checker judges a threshold on (cross-validated once per test run) are the lesson's cvFolds.</summary>
    [Fact]
    public void Out_of_fold_scores_in_the_checker_are_the_lessons()
    {
        Assert.Equal(filter.Folds.Count, Lesson10.OutOfFoldScores.Count);
        for (var fold = 0; fold < filter.Folds.Count; fold++) Assert.Equal(filter.Folds[fold], Lesson10.OutOfFoldScores[fold]);
    }

    /// <summary>The cost of a threshold on some scores, computed here apart from the checker: 20 per ham flagged, 1 per spam missed (or other prices).</summary>
    private static double Cost(IEnumerable<(bool IsSpam, float Score)> scored, float t, double flag = 20, double miss = 1) =>
        scored.Where(m => !m.IsSpam && m.Score > t).Count() * flag + scored.Where(m => m.IsSpam && m.Score <= t).Count() * miss;

    private static float Cheapest(IReadOnlyList<(bool IsSpam, float Score)> scored, double flag = 20, double miss = 1)
    {
        var best = float.NaN;
        var bestCost = double.PositiveInfinity;
        foreach (var t in scored.Select(m => m.Score).Distinct().Order())
            if (Cost(scored, t, flag, miss) < bestCost) (best, bestCost) = (t, Cost(scored, t, flag, miss));
        return best;
    }

    private List<(bool IsSpam, float Score)> Pooled => filter.Folds.SelectMany(f => f).ToList();

    /// <summary>The hidden messages' scores the 10.2 checker prices a threshold on are those of the lesson's refitted filter (featurizer, then logistic).</summary>
    [Fact]
    public void Hidden_scores_in_the_checker_are_the_lessons_refitted_filter()
    {
        var scored = filter.Featurizer.Append(filter.Logistic).Transform(CourseData.LoadSpamAssassinHoldout());
        Assert.Equal(scored.GetColumn<bool>("is_spam").Zip(scored.GetColumn<float>("Score")).ToList(), Lesson10.HiddenScores);
    }

    private static Verdict Judged(Func<IReadOnlyList<(bool IsSpam, float Score)>, float> rule) => Lesson10.CostRule.Check(rule);

    [Fact]
    public void Cost_rule_passes_when_it_picks_the_cheapest_threshold_anywhere_in_its_gap()
    {
        float Midway(IReadOnlyList<(bool IsSpam, float Score)> scores)
        {
            var cheapest = Cheapest(scores);
            var above = scores.Select(m => m.Score).Where(s => s > cheapest).DefaultIfEmpty(cheapest + 1).Min();
            return (cheapest + above) / 2;
        }
        var hidden = filter.Featurizer.Append(filter.Logistic).Transform(CourseData.LoadSpamAssassinHoldout());
        var hiddenScores = hidden.GetColumn<bool>("is_spam").Zip(hidden.GetColumn<float>("Score")).ToList();
        foreach (var rule in new Func<IReadOnlyList<(bool IsSpam, float Score)>, float>[] { s => Cheapest(s), Midway })
        {
            var solved = Judged(rule);
            Assert.True(solved.Outcome == Outcome.Correct, solved.Message);
            // The cost on the hidden messages, computed here from the test's own refitted filter and cost.
            Assert.Contains($"cost per 100 hidden messages (20 per real e-mail flagged, 1 per spam missed) with your rule's threshold on section 3's filter is " +
                $"{100 * Cost(hiddenScores, rule(Pooled)) / hiddenScores.Count:0.000}.", solved.Message);
        }
    }

    [Fact]
    public void Cost_rule_that_picks_the_next_score_up_is_one_message_off()
    {
        static float NextUp(IReadOnlyList<(bool IsSpam, float Score)> scores)
        {
            var cheapest = Cheapest(scores);   // once: the search over every score is quadratic
            return scores.Select(m => m.Score).Where(s => s > cheapest).Min();
        }
        Assert.True(Cost(Pooled, NextUp(Pooled)) > Cost(Pooled, Cheapest(Pooled)));   // one more ham or spam on the other side
        var above = Judged(NextUp);
        Assert.Equal(Outcome.Incorrect, above.Outcome);
        Assert.StartsWith("Your threshold", above.Message);
        Assert.Contains("ML.NET flags only scores strictly above the threshold", above.Message);
    }

    /// <summary>A learner who counts a message scored exactly at t as flagged (Score >= t) picks a threshold one score too high for ML.NET.</summary>
    [Fact]
    public void Cost_rule_says_why_a_threshold_counted_with_at_or_above_is_one_score_off()
    {
        static float AtOrAbove(IReadOnlyList<(bool IsSpam, float Score)> scores) =>
            scores.Select(m => m.Score).MinBy(t => scores.Where(m => !m.IsSpam && m.Score >= t).Count() * 20.0 + scores.Where(m => m.IsSpam && m.Score < t).Count());
        Assert.True(Cost(Pooled, AtOrAbove(Pooled)) > Cost(Pooled, Cheapest(Pooled)));   // really wrong for ML.NET
        var judged = Judged(AtOrAbove);
        Assert.Equal(Outcome.Incorrect, judged.Outcome);
        Assert.StartsWith("Your threshold", judged.Message);
        Assert.Contains("(Score >= t)", judged.Message);
        Assert.Contains("ML.NET flags only scores strictly above the threshold", judged.Message);
    }

    /// <summary>
    /// Scores where two thresholds tie for the cheapest: a ham at 0, twenty spam at 0.01 … 0.20, a ham at 0.5, a spam at
    /// 0.9. Flagging all but the lowest ham (t = 0) costs 20 (one ham); flagging only the top spam (t = 0.5) misses twenty: 20 too.
    /// </summary>
    private static readonly List<(bool IsSpam, float Score)> Tied =
        [(false, 0f), .. Enumerable.Range(1, 20).Select(i => (true, i / 100f)), (false, 0.5f), (true, 0.9f)];

    [Theory]
    [InlineData(0f)]      // the lowest cheapest
    [InlineData(0.5f)]    // the other cheapest, tied
    [InlineData(0.7f)]    // in the gap above it
    public void Cost_rule_accepts_any_threshold_that_ties_for_the_cheapest(float threshold)
    {
        Assert.Equal(20, Cost(Tied, threshold));
        Lesson10.RejectCostlierThreshold(Tied, threshold);   // does not throw
    }

    [Theory]
    [InlineData(0.9f)]    // >= 0.9 flags the top spam only: 20
    [InlineData(0.01f)]   // >= 0.01 flags every spam and the ham at 0.5: 20
    public void Cost_rule_names_the_at_or_above_mistake_on_tied_scores(float threshold)
    {
        Assert.Equal(21, Cost(Tied, threshold));
        var e = Assert.Throws<ModelRejectedException>(() => Lesson10.RejectCostlierThreshold(Tied, threshold));
        Assert.Contains("strictly above the threshold", e.Message);
    }

    [Fact]
    public void Cost_rule_rejects_each_known_wrong_rule_with_its_own_message()
    {
        var cheapestCost = Cost(Pooled, Cheapest(Pooled));
        void Rejected(Func<IReadOnlyList<(bool IsSpam, float Score)>, float> rule, string message)
        {
            Assert.True(Cost(Pooled, rule(Pooled)) > cheapestCost, $"{rule(Pooled)} should cost more than the cheapest");   // the rule really is wrong
            var judged = Judged(rule);
            Assert.Equal(Outcome.Incorrect, judged.Outcome);
            Assert.StartsWith(message, judged.Message);
        }

        Rejected(_ => 0f, "Your rule returns the default threshold, 0");
        Rejected(_ => filter.CautiousThreshold(1.0 / 200), "That is section 3's threshold for the 1-in-200 budget");
        Rejected(s => Cheapest(s, 1, 1), "That threshold is the cheapest if both mistakes cost the same");
        Rejected(s => Cheapest(s, 1, 20), "That threshold is the cheapest if a missed spam cost 20");
        Rejected(_ => filter.Folds.Max(f => Cheapest(f)), "That is the most cautious of the five folds' own cheapest thresholds");

        // Chosen on the test set: no message of its own, but rejected, with the out-of-fold cost the checker counted.
        var test = StratifiedSplit.Split(filter.Messages, "group", testFraction: 0.2, seed: 1).Test;
        var scoredTest = filter.Featurizer.Append(filter.Logistic).Transform(test);
        var onTest = Cheapest(scoredTest.GetColumn<bool>("is_spam").Zip(scoredTest.GetColumn<float>("Score")).ToList());
        Rejected(_ => onTest, $"At its threshold, {onTest:0.00}, the out-of-fold messages of cvFolds cost {Cost(Pooled, onTest):0}");
        Assert.Contains("another threshold costs less", Judged(_ => onTest).Message);
    }

    /// <summary>The right threshold, found once and returned whatever the scores: it is a number, not a rule, and the short lists show it.</summary>
    [Fact]
    public void Cost_rule_that_returns_a_fixed_number_is_rejected_even_when_the_number_is_right()
    {
        var found = Cheapest(Pooled);
        var judged = Judged(_ => found);
        Assert.Equal(Outcome.Incorrect, judged.Outcome);
        Assert.StartsWith("Your rule picks a cheapest threshold on the out-of-fold scores, but not on this short list", judged.Message);
        Assert.Contains("try every score in the list as the threshold", judged.Message);
    }

    [Fact]
    public void Cost_rule_that_throws_or_returns_no_number_is_told_so()
    {
        Assert.StartsWith("On section 3's pooled out-of-fold scores your rule threw InvalidOperationException", Judged(s => s.Where(m => m.Score > 1e9f).Min(m => m.Score)).Message);
        Assert.StartsWith("On section 3's pooled out-of-fold scores your rule returned NaN", Judged(_ => float.NaN).Message);
        Assert.Equal(Outcome.NotAttempted, Lesson10.CostRule.Check(null).Outcome);
    }

    private static readonly TextFeaturizingEstimator.Options HeaderWords = new() { CharFeatureExtractor = null, WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 } };

    private IEstimator<ITransformer> HeaderPipeline(params string[] removed) =>
        HeaderLines.Removing(filter.Ml, "kept_headers", "headers", removed)
            .Append(filter.Ml.Transforms.Text.FeaturizeText("Features", HeaderWords, "kept_headers")).AppendCacheCheckpoint(filter.Ml).Append(filter.Trainer());

    [Fact]
    public void Untraced_headers_pass_and_the_lessons_leaky_header_models_fail()
    {
        var solved = Lesson10.UntracedHeaders.Check(HeaderPipeline("Subject", "Received", "Delivered-To", "Return-Path", "Date", "Delivery-Date", "X-Original-Date"));
        Assert.True(solved.Outcome == Outcome.Correct, solved.Message);

        var lessonsHeaders = Lesson10.UntracedHeaders.Check(HeaderPipeline("Subject"));   // section 5's headers-only model
        Assert.Contains("asks for at least 0.85", lessonsHeaders.Message);

        var allHeaders = Lesson10.UntracedHeaders.Check(filter.Ml.Transforms.Text.FeaturizeText("Features", HeaderWords, "headers").Append(filter.Trainer()));
        Assert.Contains("asks for at least 0.85", allHeaders.Message);

        var text = Lesson10.UntracedHeaders.Check(filter.Ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").Append(filter.Trainer()));
        Assert.StartsWith("The pipeline needs a column the checker does not give it", text.Message);
    }

    /// <summary>The group and the id name the message's pile ("spam-2/…"), so they carry the label: the checker does not give them.</summary>
    [Theory]
    [InlineData("group")]
    [InlineData("id")]
    public void Untraced_headers_cannot_read_the_label_from_the_group_or_the_id(string column)
    {
        var trigrams = new TextFeaturizingEstimator.Options { WordFeatureExtractor = null };
        var leaky = filter.Ml.Transforms.Text.FeaturizeText("Features", trigrams, column).AppendCacheCheckpoint(filter.Ml).Append(filter.Trainer());
        var judged = Lesson10.UntracedHeaders.Check(leaky);
        Assert.Equal(Outcome.Incorrect, judged.Outcome);
        Assert.StartsWith($"The pipeline needs a column the checker does not give it (Could not find input column '{column}')", judged.Message);
        Assert.Contains("it gets only \"headers\" and \"is_spam\"", judged.Message);

        var withHeaders = filter.Ml.Transforms.Text.FeaturizeText("Features", trigrams, "headers", column).AppendCacheCheckpoint(filter.Ml).Append(filter.Trainer());
        Assert.StartsWith("The pipeline needs a column the checker does not give it", Lesson10.UntracedHeaders.Check(withHeaders).Message);
    }

    /// <summary>The second collection is scored from its headers alone (its labels kept aside): a pipeline that copies or featurizes is_spam fails.</summary>
    [Fact]
    public void Untraced_headers_that_read_the_label_are_rejected()
    {
        var copy = Lesson10.UntracedHeaders.Check(filter.Ml.Transforms.CopyColumns("PredictedLabel", "is_spam"));
        Assert.Equal(Outcome.Incorrect, copy.Outcome);
        Assert.StartsWith("The model reads the label to predict (Could not find input column 'is_spam')", copy.Message);

        var featurized = Lesson10.UntracedHeaders.Check(filter.Ml.Transforms.Conversion.ConvertType("label_feature", "is_spam", DataKind.Single)
            .Append(filter.Ml.Transforms.Text.FeaturizeText("words", HeaderWords, "headers"))
            .Append(filter.Ml.Transforms.Concatenate("Features", "words", "label_feature"))
            .AppendCacheCheckpoint(filter.Ml).Append(filter.Trainer()));
        Assert.Equal(Outcome.Incorrect, featurized.Outcome);
        Assert.StartsWith("The model reads the label to predict (Could not find input column 'is_spam')", featurized.Message);
    }

    [Fact]
    public void Untraced_headers_gets_only_the_headers_and_the_label()
    {
        var given = Lesson10.HeadersOnly(filter.Messages, Lesson10.IsFirst);
        Assert.Equal(["headers", "is_spam"], given.Columns.Select(c => c.Name));
        Assert.Equal(filter.Messages["group"].Cast<string>().Count(Lesson10.IsFirst), given.Rows.Count);
    }
}
