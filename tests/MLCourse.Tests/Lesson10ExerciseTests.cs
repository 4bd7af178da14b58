using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using MLCourse.Data;
using MLCourse.Evaluation;
using MLCourse.Exercises;

namespace MLCourse.Tests;

/// <summary>The lesson's spam filter, built once as lesson 10 builds it, for the model exercises' tests.</summary>
public sealed class SpamFilterFixture
{
    public MLContext Ml { get; } = new(seed: 1);
    public DataFrame Messages { get; } = CourseData.LoadSpamAssassin();
    public ITransformer Featurizer { get; }
    public BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Logistic { get; }
    public IReadOnlyList<List<(bool IsSpam, float Score)>> Folds { get; }

    public LbfgsLogisticRegressionBinaryTrainer Trainer() => Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        { LabelColumnName = "is_spam", L1Regularization = 0, L2Regularization = 0.01f, OptimizationTolerance = 1e-4f, NumberOfThreads = 1 });

    public SpamFilterFixture()
    {
        var train = StratifiedSplit.Split(Messages, "group", testFraction: 0.2, seed: 1).Train;
        Featurizer = Ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").Fit(train);
        var features = Ml.Data.Cache(Featurizer.Transform(train));
        Logistic = Trainer().Fit(features);
        Folds = Ml.BinaryClassification.CrossValidate(features, Trainer(), numberOfFolds: 5, labelColumnName: "is_spam")
            .Select(f => f.ScoredHoldOutSet.GetColumn<bool>("is_spam").Zip(f.ScoredHoldOutSet.GetColumn<float>("Score"), (s, p) => (s, p)).ToList()).ToList();
    }

    /// <summary>The lesson's rule: in each fold, the score that flags at most ⌊budget × ham⌋ real e-mails; the highest of the folds.</summary>
    public float CautiousThreshold(double budget) => Folds.Max(fold =>
    {
        var ham = fold.Where(m => !m.IsSpam).Select(m => m.Score).OrderDescending().ToList();
        return ham[(int)Math.Floor(budget * ham.Count)];
    });

    public ITransformer WithThreshold(float threshold) => Featurizer.Append(Ml.BinaryClassification.ChangeModelThreshold(Logistic, threshold));
}

public sealed class Lesson10ExerciseTests(SpamFilterFixture filter) : IClassFixture<SpamFilterFixture>
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
    public void Budget_filter_passes_with_the_lessons_rule_and_fails_at_the_default_threshold()
    {
        var solved = Lesson10.BudgetFilter.Check(filter.WithThreshold(filter.CautiousThreshold(1.0 / 500)));
        Assert.True(solved.Outcome == Outcome.Correct, solved.Message);

        var atDefault = Lesson10.BudgetFilter.Check(filter.Featurizer.Append(filter.Logistic));
        Assert.Equal(Outcome.Incorrect, atDefault.Outcome);
        Assert.Contains("On the hidden messages it flags", atDefault.Message);
        Assert.Contains("the budget is 1 in 500 (0.2%)", atDefault.Message);

        var tooCautious = Lesson10.BudgetFilter.Check(filter.WithThreshold(7f));
        Assert.Contains("asks for at least 0.70", tooCautious.Message);

        var notAClassifier = filter.Ml.Transforms.CopyColumns("copy", "subject").Fit(filter.Messages);
        Assert.StartsWith("The model's output has no PredictedLabel", Lesson10.BudgetFilter.Check(notAClassifier).Message);
    }

    [Fact]
    public void Tomorrows_mail_is_read_by_the_text_filter_and_missed_by_the_header_filter()
    {
        var groups = filter.Messages["group"].Cast<string>().ToList();
        var first = filter.Messages.Filter(new BooleanDataFrameColumn("first", groups.Select(g => g is "easy-ham-1" or "spam-1")));
        ITransformer Fit(string column, TextFeaturizingEstimator.Options options) =>
            filter.Ml.Transforms.Text.FeaturizeText("Features", options, column == "text" ? ["subject", "body"] : [column]).Append(filter.Trainer()).Fit(first);

        var text = Lesson10.TomorrowsMail.Check(Fit("text", new TextFeaturizingEstimator.Options()));
        Assert.True(text.Outcome == Outcome.Correct, text.Message);

        var headers = Lesson10.TomorrowsMail.Check(Fit("headers", new TextFeaturizingEstimator.Options { CharFeatureExtractor = null, WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 } }));
        Assert.Contains("asks for at least 0.92", headers.Message);
    }
}
