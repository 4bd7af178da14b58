using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Support;

/// <summary>The lesson's spam filter, built once as lesson 10 builds it, for the model exercises' tests.</summary>
public sealed class SpamFilter
{
    public MLContext Ml { get; } = new(seed: 1);
    public DataFrame Messages { get; } = CourseData.LoadSpamAssassin();
    public ITransformer Featurizer { get; }
    public BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Logistic { get; }
    public IReadOnlyList<List<(bool IsSpam, float Score)>> Folds { get; }

    public LbfgsLogisticRegressionBinaryTrainer Trainer() => Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        { LabelColumnName = "is_spam", L1Regularization = 0, L2Regularization = 0.01f, OptimizationTolerance = 1e-4f, NumberOfThreads = 1 });

    public SpamFilter()
    {
        var train = StratifiedSplit.Split(Messages, "group", testFraction: 0.2, seed: 1).Train;
        Featurizer = Ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").Fit(train);
        Logistic = Trainer().Fit(Ml.Data.Cache(Featurizer.Transform(train)));
        var wholeFilter = Ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body").AppendCacheCheckpoint(Ml).Append(Trainer());
        Folds = Ml.BinaryClassification.CrossValidate(train, wholeFilter, numberOfFolds: 5, labelColumnName: "is_spam", seed: 1)
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
