using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson08;

using Lesson08 = MLCourse.Exercises.Lesson08;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson08Tests
{
    /// <summary>The mean growth of the model's MAE on <paramref name="cars"/> when <paramref name="columns"/> are shuffled, together or each with its own order.</summary>
    private static double ShuffledGrowth(ITransformer model, DataFrame cars, string[] columns, int repeats, int seed, bool together = true)
    {
        var ml = new MLContext(seed: 1);
        double Mae(DataFrame d) => ml.Regression.Evaluate(model.Transform(d), "Miles_per_Gallon").MeanAbsoluteError;
        var random = new Random(seed);
        long[] Order()
        {
            var order = Enumerable.Range(0, (int)cars.Rows.Count).Select(i => (long)i).ToArray();
            random.Shuffle(order);
            return order;
        }
        var baseline = Mae(cars);
        return Enumerable.Range(0, repeats).Select(_ =>
        {
            var shuffled = cars.Clone();
            var order = Order();
            foreach (var column in columns)
                shuffled.Columns[column] = cars[column].Clone(new Int64DataFrameColumn("order", together ? order : Order()));
            return Mae(shuffled) - baseline;
        }).Average();
    }

    /// <summary>The checker's values are pinned constants (FastTree is not the helper library's): they are measured again here.</summary>
    [Fact]
    public void Engine_importance_is_the_growth_when_the_four_columns_are_shuffled_together()
    {
        var model = CarPipeline.Lesson08Model(new MLContext(seed: 1));
        var (train, test) = (LessonSplits.Cars().TrainSet.ToDataFrame(-1), LessonSplits.Cars().TestSet.ToDataFrame(-1));
        string[] engine = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs"];

        Assert.InRange(ShuffledGrowth(model, test, engine, 300, 99) - Lesson08.EngineGroupImportance, -0.05, 0.05);
        Assert.InRange(engine.Sum(c => ShuffledGrowth(model, test, [c], 300, 1)) - Lesson08.EngineColumnsOneAtATime, -0.05, 0.05);
        Assert.InRange(ShuffledGrowth(model, test, engine, 300, 99, together: false) - Lesson08.EngineColumnsEachShuffled, -0.05, 0.05);
        Assert.InRange(ShuffledGrowth(model, train, engine, 300, 99) - Lesson08.EngineGroupOnTrainingCars, -0.05, 0.05);
        Assert.InRange(new MLContext().Regression.Evaluate(model.Transform(test), "Miles_per_Gallon").MeanAbsoluteError - Lesson08.TestMae, -0.005, 0.005);

        foreach (var seed in new[] { 1, 2, 3, 4, 5 })   // the solution's way: 50 shuffles pass whatever the seed
            Assert.Equal(Outcome.Correct, Lesson08.EngineImportance.Check(ShuffledGrowth(model, test, engine, 50, seed)).Outcome);
        Assert.StartsWith("That is about what the four columns are worth one at a time", Lesson08.EngineImportance.Check(ShuffledGrowth(model, test, engine, 50, 1, together: false)).Message);
        Assert.StartsWith("That is about what the four columns are worth one at a time", Lesson08.EngineImportance.Check(4.2).Message);
        Assert.StartsWith("That is measured on the training cars", Lesson08.EngineImportance.Check(ShuffledGrowth(model, train, engine, 50, 1)).Message);
        Assert.StartsWith("That is the MAE after shuffling", Lesson08.EngineImportance.Check(7.3).Message);
    }

    private static IEstimator<ITransformer> PenguinClassifier(params string[] features)
    {
        var ml = new MLContext(seed: 1);
        return ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(ml.Transforms.Categorical.OneHotEncoding("band", "band_colour"))
            .Append(ml.Transforms.Concatenate("Features", features))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
    }

    /// <summary>
    /// Measured on the checker's five splits, with z-scores that centre (fixZero: false): flipper length and body mass reach
    /// 0.789, all four measurements 0.985. Measured before, with ML.NET's default scaling: flipper length and body mass 0.785
    /// (0.727 to 0.836 per split), beak depth and body mass 0.800, beak length alone 0.742; with beak length and another
    /// measurement 0.945 to 0.985, boosted trees on all four 0.956. The bar, 0.90, lies between. Models that use the band change their predictions when
    /// only the bands change (18 to 184 of 275 held-out predictions over the five splits), models without it never do.
    /// </summary>
    [Fact]
    public void Robust_model_needs_real_measurements_and_must_not_lean_on_the_band()
    {
        var right = Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g"));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Equal("Its accuracy with next season's random bands cross-validated on the banded training penguins (5 splits of the checker's own) is 0.985.", right.Message);
        Assert.Equal(Outcome.Correct, Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "flipper_length_mm")).Outcome);

        Assert.EndsWith("is 0.789; the exercise asks for at least 0.90.", Lesson08.RobustModel.Check(PenguinClassifier("flipper_length_mm", "body_mass_g")).Message);
        Assert.StartsWith("Your model's predictions change when only the band colours change",
            Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g", "band")).Message);
        var ml = new MLContext(seed: 1);
        var noSpecies = ml.Transforms.Conversion.MapValueToKey("Label", "species").Append(ml.Transforms.Concatenate("Features", "beak_length_mm"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
        Assert.StartsWith("The model's output has no PredictedSpecies column", Lesson08.RobustModel.Check(noSpecies).Message);
    }

    [Fact]
    public void Reflection_08_3_is_submitted_when_real_in_other_words_and_refused_when_short_or_repeated()
    {
        Reflections.AssertReads(Lesson08.WhyNotEnough, "In the data the band really predicts the species; only knowing how the bands were handed out, domain knowledge, says it will not hold next season.");
    }
}
