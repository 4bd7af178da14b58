using Microsoft.ML;

namespace MLCourse.Tests.Support;

/// <summary>
/// A species classifier as lessons 04 and 08 build it, for the tests that hand one to a checker: the species as the label,
/// the named measurements as features, z-scored (centred) or scaled as ML.NET does by default, a trainer, and the
/// predicted species as text (PredictedSpecies).
/// </summary>
internal static class PenguinPipeline
{
    public static IEstimator<ITransformer> Species(MLContext ml, IEstimator<ITransformer> trainer, bool centred, params string[] features) =>
        ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(ml.Transforms.Concatenate("Features", features))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: !centred))
            .Append(trainer)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));

    /// <summary>Logistic regression (LbfgsMaximumEntropy) on the z-scores of <paramref name="features"/>.</summary>
    public static IEstimator<ITransformer> Logistic(MLContext ml, params string[] features) =>
        Species(ml, ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(), centred: true, features);
}
