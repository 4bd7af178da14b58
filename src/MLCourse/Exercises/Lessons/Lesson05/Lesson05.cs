using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 05, evaluate and optimize.</summary>
public static class Lesson05
{
    private static double BaselineMae(bool meanOfTest = false)
    {
        var split = LessonSplits.Cars();
        var test = split.TestSet.GetColumn<float>("Miles_per_Gallon").ToList();
        var guess = (meanOfTest ? test : split.TrainSet.GetColumn<float>("Miles_per_Gallon")).Average(v => (double)v);
        return test.Average(v => Math.Abs(v - guess));
    }

    /// <summary>Cross-validated on the training cars, with their original columns only: the test cars stay unseen.</summary>
    private static double LinearMae(IEstimator<ITransformer> pipeline) =>
        LessonSplits.CrossValidated(pipeline, LessonSplits.Cars().TrainSet, "training cars", (model, fold) =>
        {
            var trainer = Steps(model).OfType<ISingleFeaturePredictionTransformer<object>>().LastOrDefault()
                ?? throw new ModelRejectedException("The pipeline has no trainer: append a regression trainer (e.g. Linear(), ML.NET's Sdca) to it.");
            if (trainer.Model is not LinearRegressionModelParameters)
                throw new ModelRejectedException($"The pipeline's trainer produces {trainer.Model.GetType().Name}; the exercise asks for a linear regression " +
                    "(Sdca, Ols or OnlineGradientDescent): improve it with features, not with a different model.");
            LabelLeak.RejectRegressor(model, fold, "Miles_per_Gallon");
            return new MLContext().Regression.Evaluate(model.Transform(fold), labelColumnName: "Miles_per_Gallon").MeanAbsoluteError;
        }, "new cars arrive with their original columns only, so compute new features inside the pipeline (ml.Transforms.Expression) " +
            "and the model computes them too.");

    private static IEnumerable<ITransformer> Steps(ITransformer model) =>
        model is IEnumerable<ITransformer> chain ? chain.SelectMany(Steps) : [model];

    private static readonly (bool Actual, bool Predicted)[] OnlyNegatives = [(false, false), (false, true)];

    /// <summary>05.1: the error of always predicting the mean.</summary>
    public static Exercise<double?> BaselineMaeOfMean { get; } = new(
        "05.1", "the error of always predicting the mean",
        Checks.Number(() => BaselineMae(), tolerance: 0.005,
            (() => BaselineMae(meanOfTest: true), "That predicts the mean of the test cars, which no model can know in advance: use the training cars' mean.")),
        ["The baseline predicts, for every test car, the mean MPG of the training cars (trainCars).",
         "trainCars.GetColumn<float>(\"Miles_per_Gallon\") and carSplit.TestSet.GetColumn<float>(\"Miles_per_Gallon\") give the values; MAE is the mean of |actual − prediction|."],
        """
        var trainMeanMpg = trainCars.GetColumn<float>("Miles_per_Gallon").Average(v => (double)v);
        double? baselineMae = carSplit.TestSet.GetColumn<float>("Miles_per_Gallon").Average(v => Math.Abs(v - trainMeanMpg));
        """);

    /// <summary>05.2: recall from actual and predicted labels.</summary>
    public static Exercise<Func<IReadOnlyList<(bool Actual, bool Predicted)>, double>?> Recall { get; } = new(
        "05.2", "recall, by hand",
        Checks.Function<IReadOnlyList<(bool Actual, bool Predicted)>, double>(
            [([(true, true), (true, false), (true, false), (false, false)], 1.0 / 3),
             ([(true, true), (false, true), (false, true), (false, false)], 1.0),
             ([(true, true), (true, true), (true, false), (false, true), (false, false)], 2.0 / 3),
             (OnlyNegatives, 0.0)],
            (a, b) => Math.Abs(a - b) < 1e-9),
        ["Recall: of the actual positives, the share the model found. Precision is the other way round.",
         "Count the pairs with Actual true, and of those the ones with Predicted true too.",
         "With no actual positives there is nothing to find: 0/0. Return 0 then, as scikit-learn does."],
        """
        Func<IReadOnlyList<(bool Actual, bool Predicted)>, double>? recall = pairs =>
            pairs.Count(p => p.Actual) == 0 ? 0 : pairs.Count(p => p.Actual && p.Predicted) / (double)pairs.Count(p => p.Actual);
        """);

    /// <summary>05.3: a linear regression improved by features inside its pipeline, judged by cross-validation on the training cars.</summary>
    public static Exercise<IEstimator<ITransformer>?> EngineeredLinear { get; } = new(
        "05.3", "a better linear model, features inside the pipeline",
        Checks.Score<IEstimator<ITransformer>>(LinearMae, threshold: 2.35, "cross-validated MAE (MPG)", higherIsBetter: false,
            failure: "The pipeline failed while the checker cross-validated it ({0}). Check its input and output column names."),
        ["Section 7's squared features bring a linear model below the bar; here they must be computed inside the pipeline: ml.Transforms.Expression(\"weight_squared\", \"w => w * w / 1000000\", \"Weight_in_lbs\").",
         "Append the Expression steps, then PrepareCars(squaredFeatures), then Linear(); leave out Fit, the checker fits the pipeline once per fold.",
         "A linear regression needs centred features to reach the least-squares fit: keep PrepareCars' NormalizeMeanVariance with fixZero: false."],
        """
        IEstimator<ITransformer>? engineeredLinear = ml.Transforms.Expression("weight_squared", "w => w * w / 1000000", "Weight_in_lbs")
            .Append(ml.Transforms.Expression("horsepower_squared", "h => h * h / 10000", "Horsepower"))
            .Append(ml.Transforms.Expression("year_squared", "y => (y - 1976) * (y - 1976)", "model_year"))
            .Append(PrepareCars(squaredFeatures))
            .Append(Linear());
        """);

    /// <summary>05.4: why the best of many trials flatters.</summary>
    public static Exercise<string?> WhyBestIsOptimistic { get; } = new(
        "05.4", "why the best of 200 flatters",
        Checks.Reflection(15,
            "Each setting's score is its true quality plus luck (which rows happened to be in the test set). Picking the best of 200 " +
            "picks the one with the best luck as much as the best quality, so its score overstates how it will do on new data. " +
            "Choosing on the test set makes it part of training. Choose by cross-validation on the training data, then score the " +
            "one chosen model on an untouched test set once.",
            new KeyIdea("selection picks noise", "luck", "noise", "noisy", "chance", "by accident", "variance", "lucki", "best of", "maximum", "selection", "multiple comparison"),
            new KeyIdea("the test set was used for choosing", "used to choose", "used for choosing", "used the test", "chosen on the test", "no longer unseen", "not unseen", "part of training", "leak", "peek", "contaminat", "tuned on the test"),
            new KeyIdea("cross-validate, then test once", "cross-validat", "cross validat", "validation set", "validation", "test once", "only once", "untouched", "held-out", "holdout", "nested", "fresh")),
        ["Every score is quality plus noise. Which of the 200 noises did you pick?", "After the choice, is the test set still unseen?"],
        """string? whyBestIsOptimistic = "Every score has noise; choosing the best of 200 on the test set picks the luckiest as much as the best, so that score overstates new data, and the test set has been used for choosing. Choose by cross-validation, then test the chosen model once.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [BaselineMaeOfMean, Recall, EngineeredLinear, WhyBestIsOptimistic];
}
