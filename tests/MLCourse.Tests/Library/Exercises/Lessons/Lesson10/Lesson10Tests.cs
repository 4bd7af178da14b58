using Microsoft.ML;
using Microsoft.ML.Transforms.Text;
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
        Assert.Contains("too high", Lesson10.TfIdfWeight.Check(0.30).Message);
    }

    /// <summary>
    /// The threshold the 10.2 checker holds an answer to (cross-validated once per test run, and reused by the next test) is
    /// the lesson's rule, computed here from the lesson's own folds.
    /// </summary>
    [Fact]
    public void Budget_rule_threshold_in_the_checker_is_the_lessons()
    {
        Assert.Equal(filter.CautiousThreshold(1.0 / 500), Lesson10.BudgetThreshold);
        Assert.True(filter.CautiousThreshold(1.0 / 500) > filter.CautiousThreshold(1.0 / 200));
    }

    [Fact]
    public void Budget_filter_passes_with_the_lessons_rule_and_fails_with_the_1_in_200_threshold_or_the_default()
    {
        var solved = Lesson10.BudgetFilter.Check(filter.WithThreshold(filter.CautiousThreshold(1.0 / 500)));
        Assert.True(solved.Outcome == Outcome.Correct, solved.Message);

        var lessonsBudget = Lesson10.BudgetFilter.Check(filter.WithThreshold(filter.CautiousThreshold(1.0 / 200)));
        Assert.Equal(Outcome.Incorrect, lessonsBudget.Outcome);
        Assert.Contains("lower than section 3's rule gives for 1 in 500", lessonsBudget.Message);

        var atDefault = Lesson10.BudgetFilter.Check(filter.Featurizer.Append(filter.Logistic));
        Assert.Equal(Outcome.Incorrect, atDefault.Outcome);
        Assert.Contains("Its threshold is 0.00", atDefault.Message);

        var tooCautious = Lesson10.BudgetFilter.Check(filter.WithThreshold(7f));
        Assert.Contains("asks for at least 0.65", tooCautious.Message);

        var notAClassifier = filter.Ml.Transforms.CopyColumns("copy", "subject").Fit(filter.Messages);
        Assert.StartsWith("The filter does not end with a binary classifier", Lesson10.BudgetFilter.Check(notAClassifier).Message);
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
}
