using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>
/// The training and test sets of lessons 04 and 05, rebuilt exactly as the lessons build them (both splits depend only on
/// their seed, not on the lesson's MLContext), and the ways a checker scores a model exercise on them.
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
    public static double SpeciesAccuracy(ITransformer model, DataFrame penguins, string advice) =>
        SpeciesAccuracy(Checks.TransformHeldOut(model, penguins, "penguins", advice));

    /// <summary>The accuracy of a classifier's output (with a PredictedSpecies column) against its species column.</summary>
    public static double SpeciesAccuracy(IDataView scored)
    {
        if (scored.Schema.GetColumnOrNull("PredictedSpecies") is null)
            throw new ModelRejectedException("The model's output has no PredictedSpecies column: end the pipeline with " +
                "ml.Transforms.Conversion.MapKeyToValue(\"PredictedSpecies\", \"PredictedLabel\"), as the lesson's pipelines do.");
        return ClassificationReport.From(scored, "species", "PredictedSpecies").Accuracy;
    }

    /// <summary>
    /// How a model exercise judges a pipeline without the test set the lesson shows: 5-fold cross-validation on
    /// <paramref name="rows"/> (training rows only). Each fold fits the pipeline on four fifths and scores the fitted model
    /// on the fifth it did not see; the result is the mean score. A missing input column becomes feedback ending with
    /// <paramref name="advice"/>.
    /// </summary>
    public static double CrossValidated(IEstimator<ITransformer> pipeline, IDataView rows, string rowsName, Func<ITransformer, IDataView, double> score, string advice)
    {
        var folds = new MLContext(seed: 1).Data.CrossValidationSplit(rows, numberOfFolds: 5, seed: 1);
        return folds.Average(fold =>
        {
            ITransformer model;
            try
            {
                model = pipeline.Fit(fold.TrainSet);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ModelRejectedException($"The pipeline needs a column the {rowsName} do not have ({e.Message.Split(" (")[0]}): {advice}");
            }
            return score(model, fold.TestSet);
        });
    }
}
