using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>
/// The training and test sets of lessons 04 and 05, rebuilt exactly as the lessons build them, so that a checker judges
/// an answer on the same rows the learner worked with (both splits depend only on their seed, not on the lesson's MLContext).
/// </summary>
internal static class LessonSplits
{
    /// <summary>The clean penguins, stratified by species, a fifth held out, seed 1.</summary>
    public static (DataFrame Train, DataFrame Test) Penguins() => StratifiedSplit.Split(CourseData.LoadCleanPenguins(), "species", testFraction: 0.2, seed: 1);

    /// <summary>The cars with known fuel economy and horsepower, with a numeric model_year; a fifth held out, seed 1.</summary>
    public static DataOperationsCatalog.TrainTestData Cars()
    {
        var cars = CourseData.LoadCars();
        var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
        known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
        known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
        return new MLContext().Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);
    }

    /// <summary>The mean absolute error of a fitted fuel-economy model on the held-out cars.</summary>
    public static double CarTestMae(ITransformer model, string advice)
    {
        var scored = Checks.TransformHeldOut(model, Cars().TestSet, "cars", advice);
        return new MLContext().Regression.Evaluate(scored, labelColumnName: "Miles_per_Gallon").MeanAbsoluteError;
    }

    /// <summary>The accuracy of a fitted penguin classifier (with a PredictedSpecies output) on held-out penguins.</summary>
    public static double SpeciesAccuracy(ITransformer model, DataFrame penguins, string advice)
    {
        var scored = Checks.TransformHeldOut(model, penguins, "penguins", advice);
        if (scored.Schema.GetColumnOrNull("PredictedSpecies") is null)
            throw new ModelRejectedException("The model's output has no PredictedSpecies column: end the pipeline with " +
                "ml.Transforms.Conversion.MapKeyToValue(\"PredictedSpecies\", \"PredictedLabel\"), as the lesson's pipelines do.");
        return ClassificationReport.From(scored, "species", "PredictedSpecies").Accuracy;
    }
}
