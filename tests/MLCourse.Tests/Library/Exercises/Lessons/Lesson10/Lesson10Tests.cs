using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
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

    [Fact]
    public void Cost_filter_passes_with_the_cheapest_pooled_threshold_anywhere_in_its_gap()
    {
        var cheapest = Cheapest(Pooled);
        var next = Pooled.Select(m => m.Score).Where(s => s > cheapest).Min();
        foreach (var t in new[] { cheapest, (cheapest + next) / 2 })
        {
            var solved = Lesson10.CostFilter.Check(filter.WithThreshold(t));
            Assert.True(solved.Outcome == Outcome.Correct, solved.Message);
            Assert.Contains("cost per 100 messages", solved.Message);
        }
        var above = Lesson10.CostFilter.Check(filter.WithThreshold(next));   // one more ham or spam on the other side
        Assert.Equal(Outcome.Incorrect, above.Outcome);
        Assert.StartsWith("Your threshold", above.Message);
        Assert.Contains("ML.NET flags only scores strictly above the threshold", above.Message);
    }

    /// <summary>A learner who counts a message scored exactly at t as flagged (Score >= t) picks a threshold one score too high for ML.NET.</summary>
    [Fact]
    public void Cost_filter_says_why_a_threshold_counted_with_at_or_above_is_one_score_off()
    {
        double CostAtOrAbove(float t) => Pooled.Where(m => !m.IsSpam && m.Score >= t).Count() * 20.0 + Pooled.Where(m => m.IsSpam && m.Score < t).Count();
        var learners = Pooled.Select(m => m.Score).MinBy(CostAtOrAbove);
        Assert.True(Cost(Pooled, learners) > Cost(Pooled, Cheapest(Pooled)));   // really wrong for ML.NET
        var judged = Lesson10.CostFilter.Check(filter.WithThreshold(learners));
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
    public void Cost_filter_accepts_any_threshold_that_ties_for_the_cheapest(float threshold)
    {
        Assert.Equal(20, Cost(Tied, threshold));
        Lesson10.RejectCostlierThreshold(Tied, threshold);   // does not throw
    }

    [Theory]
    [InlineData(0.9f)]    // >= 0.9 flags the top spam only: 20
    [InlineData(0.01f)]   // >= 0.01 flags every spam and the ham at 0.5: 20
    public void Cost_filter_names_the_at_or_above_mistake_on_tied_scores(float threshold)
    {
        Assert.Equal(21, Cost(Tied, threshold));
        var e = Assert.Throws<ModelRejectedException>(() => Lesson10.RejectCostlierThreshold(Tied, threshold));
        Assert.Contains("strictly above the threshold", e.Message);
    }

    /// <summary>The hidden messages are scored without is_spam, group and id: a filter that reads the label cannot score them.</summary>
    [Theory]
    [InlineData("is_spam")]
    [InlineData("group")]
    public void Cost_filter_that_reads_the_label_is_rejected(string column)
    {
        var train = StratifiedSplit.Split(filter.Messages, "group", testFraction: 0.2, seed: 1).Train;
        var leakyFeatures = column == "is_spam"
            ? filter.Ml.Transforms.Conversion.ConvertType("label_feature", column, DataKind.Single).Append(filter.Ml.Transforms.Concatenate("Features", "label_feature"))
            : (IEstimator<ITransformer>)filter.Ml.Transforms.Text.FeaturizeText("Features", column);
        var featurizer = leakyFeatures.Fit(train);
        var logistic = filter.Trainer().Fit(featurizer.Transform(train));
        var judged = Lesson10.CostFilter.Check(featurizer.Append(filter.Ml.BinaryClassification.ChangeModelThreshold(logistic, Cheapest(Pooled))));
        Assert.Equal(Outcome.Incorrect, judged.Outcome);
        Assert.StartsWith($"The model reads the label to predict (Could not find input column '{column}')", judged.Message);
    }

    [Fact]
    public void Cost_filter_rejects_each_known_wrong_rule_with_its_own_message()
    {
        var cheapestCost = Cost(Pooled, Cheapest(Pooled));
        void Rejected(float threshold, string message)
        {
            Assert.True(Cost(Pooled, threshold) > cheapestCost, $"{threshold} should cost more than the cheapest");   // the rule really is wrong
            var judged = Lesson10.CostFilter.Check(filter.WithThreshold(threshold));
            Assert.Equal(Outcome.Incorrect, judged.Outcome);
            Assert.StartsWith(message, judged.Message);
        }

        Assert.StartsWith("Its threshold is the default, 0", Lesson10.CostFilter.Check(filter.Featurizer.Append(filter.Logistic)).Message);
        Rejected(0f, "Its threshold is the default, 0");
        Rejected(filter.CautiousThreshold(1.0 / 200), "That is section 3's threshold for the 1-in-200 budget");
        Rejected(Cheapest(Pooled, 1, 1), "That threshold is the cheapest if both mistakes cost the same");
        Rejected(Cheapest(Pooled, 1, 20), "That threshold is the cheapest if a missed spam cost 20");
        Rejected(filter.Folds.Max(f => Cheapest(f)), "That is the most cautious of the five folds' own cheapest thresholds");

        // Chosen on the test set: no message of its own, but rejected, with the out-of-fold cost the checker counted.
        var test = StratifiedSplit.Split(filter.Messages, "group", testFraction: 0.2, seed: 1).Test;
        var scoredTest = filter.Featurizer.Append(filter.Logistic).Transform(test);
        var testScores = scoredTest.GetColumn<bool>("is_spam").Zip(scoredTest.GetColumn<float>("Score")).ToList();
        var onTest = Cheapest(testScores);
        Rejected(onTest, $"At its threshold, {onTest:0.00}, the out-of-fold messages of cvFolds cost {Cost(Pooled, onTest):0}");
        Assert.Contains("another threshold costs less", Lesson10.CostFilter.Check(filter.WithThreshold(onTest)).Message);

        // The model with the right threshold but without the featurizer: it cannot read text, and the message says to hand over the whole filter.
        var modelOnly = filter.Ml.BinaryClassification.ChangeModelThreshold(filter.Logistic, Cheapest(Pooled));
        var judgedModelOnly = Lesson10.CostFilter.Check(modelOnly);
        Assert.Equal(Outcome.Incorrect, judgedModelOnly.Outcome);
        Assert.Contains("Hand over the whole filter, from text to verdict", judgedModelOnly.Message);

        var notAClassifier = filter.Ml.Transforms.CopyColumns("copy", "subject").Fit(filter.Messages);
        Assert.StartsWith("The filter does not end with a binary classifier", Lesson10.CostFilter.Check(notAClassifier).Message);
    }

    [Fact]
    public void Cost_filter_with_the_right_threshold_on_another_model_is_judged_on_the_hidden_messages()
    {
        // The lesson's features, but a model fitted to a tenth of the training messages: the threshold is right for cvFolds, not for it.
        var train = StratifiedSplit.Split(filter.Messages, "group", testFraction: 0.2, seed: 1).Train;
        var few = StratifiedSplit.Split(train, "group", testFraction: 0.9, seed: 1).Train;
        var weak = filter.Trainer().Fit(filter.Featurizer.Transform(few));
        var judged = Lesson10.CostFilter.Check(filter.Featurizer.Append(filter.Ml.BinaryClassification.ChangeModelThreshold(weak, Cheapest(Pooled))));
        Assert.Equal(Outcome.Incorrect, judged.Outcome);
        Assert.Contains("the exercise asks for at most 6", judged.Message);
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
