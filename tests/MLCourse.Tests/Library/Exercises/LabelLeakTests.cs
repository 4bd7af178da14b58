using Microsoft.ML;
using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises;

/// <summary>
/// The checkers' held-out rows still carry the label (to score against), so a model that reads the label as a feature
/// scored almost perfectly (the reviewer measured a cross-validated accuracy of 1.000 for 04.3 and 08.2, an MAE of 0.234
/// for 06.2). Each model checker must refuse it, and still accept the right answer.
/// </summary>
public sealed class LabelLeakTests
{
    private static readonly MLContext Ml = new(seed: 1);

    private const string Refused = "Your pipeline reads the label ({0}) as a feature: the checker's held-out rows still carry it";

    /// <summary>The reviewer's wrong answer: the species, one-hot encoded, is the only feature.</summary>
    private static IEstimator<ITransformer> SpeciesFromSpecies() =>
        Ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(Ml.Transforms.Categorical.OneHotEncoding("sp", "species"))
            .Append(Ml.Transforms.Concatenate("Features", "sp"))
            .Append(Ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Append(Ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));

    private static IEstimator<ITransformer> Beaks(params string[] more) => PenguinPipeline.Logistic(Ml, ["beak_length_mm", "beak_depth_mm", .. more]);

    [Fact]
    public void Beak_classifier_04_3_refuses_a_model_that_reads_the_species()
    {
        Assert.StartsWith(string.Format(Refused, "species"), Lesson04.BeakClassifier.Check(SpeciesFromSpecies()).Message);
        var beaksAndSpecies = Ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(Ml.Transforms.Categorical.OneHotEncoding("sp", "species"))
            .Append(Ml.Transforms.Concatenate("Features", "beak_length_mm", "beak_depth_mm", "sp"))
            .Append(Ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Append(Ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
        Assert.StartsWith(string.Format(Refused, "species"), Lesson04.BeakClassifier.Check(beaksAndSpecies).Message);
        Assert.Equal(Outcome.Correct, Lesson04.BeakClassifier.Check(Beaks()).Outcome);
    }

    [Fact]
    public void Robust_model_08_2_refuses_a_model_that_reads_the_species()
    {
        Assert.StartsWith(string.Format(Refused, "species"), Lesson08.RobustModel.Check(SpeciesFromSpecies()).Message);
        Assert.Equal(Outcome.Correct, Lesson08.RobustModel.Check(Beaks("flipper_length_mm", "body_mass_g")).Outcome);
    }

    private static IEstimator<ITransformer> Trees(params string[] columns) => CarPipeline.TreesOn(Ml, columns);

    [Fact]
    public void Lean_pipeline_06_2_refuses_a_model_that_reads_the_miles_per_gallon()
    {
        Assert.StartsWith(string.Format(Refused, "Miles_per_Gallon"), Lesson06.LeanPipeline.Check(Trees("Miles_per_Gallon")).Message);
        Assert.StartsWith(string.Format(Refused, "Miles_per_Gallon"), Lesson06.LeanPipeline.Check(Trees("Weight_in_lbs", "Miles_per_Gallon")).Message);
        Assert.Equal(Outcome.Correct, Lesson06.LeanPipeline.Check(Trees("Weight_in_lbs", "model_year", "Horsepower")).Outcome);
    }

    [Fact]
    public void Engineered_linear_05_3_refuses_a_model_that_reads_the_miles_per_gallon()
    {
        var leaking = Ml.Transforms.Concatenate("Features", "Weight_in_lbs", "Miles_per_Gallon")
            .Append(Ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(Ml.Regression.Trainers.Sdca(new Microsoft.ML.Trainers.SdcaRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1 }));

        Assert.StartsWith(string.Format(Refused, "Miles_per_Gallon"), Lesson05.EngineeredLinear.Check(leaking).Message);
    }

    [Fact]
    public void A_classifier_that_does_not_read_its_label_predicts_the_same_whatever_the_label_holds()
    {
        var train = LessonSplits.Penguins().Train;
        Assert.Null(Record.Exception(() => LabelLeak.RejectClassifier(Beaks().Fit(train), train, "species", "PredictedSpecies")));
        Assert.Throws<ModelRejectedException>(() => LabelLeak.RejectClassifier(SpeciesFromSpecies().Fit(train), train, "species", "PredictedSpecies"));
    }
}
