using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 06, AutoML.</summary>
public static class Lesson06
{
    /// <summary>06.1: the early-stopping rule as a function.</summary>
    public static Exercise<Func<double[], int>?> TrialsRun { get; } = new(
        "06.1", "when does early stopping stop?",
        Checks.Function<double[], int>(
            [([5, 4, 3], 3),
             ([5, 6, 7, 8, 1], 4),
             ([5, 4, 4, 4, 4, 1], 5),
             ([3, 2, 5, 1, 6, 7, 8, 0], 7),
             ([9, 9], 2),
             ([1, 5, 4, 3, 2], 4)],   // each trial beats the one before it, never the first: catches a comparison with the previous score
            (a, b) => a == b),
        ["Walk through the scores keeping two things: the best score so far, and how many trials in a row have not beaten it.",
         "A score equal to the best is not an improvement. When the count reaches 3, the trial just run is the last: return its position (1-based).",
         "If the loop ends without stopping, every trial ran: return the number of scores."],
        """
        Func<double[], int>? trialsRun = scores =>
        {
            var best = double.PositiveInfinity;
            var sinceImprovement = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] < best) { best = scores[i]; sinceImprovement = 0; }
                else if (++sinceImprovement == 3) return i + 1;
            }
            return scores.Length;
        };
        """);

    /// <summary>The columns a car comes with, as the lessons prepare them (model_year is computed from Year).</summary>
    private static readonly string[] CarColumns = ["Name", "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "Year", "Origin", "model_year"];

    /// <summary>The checker's own folds: not the lesson's (seed 1), so that a pipeline is not judged on folds it was searched on.</summary>
    private const int CheckerFoldSeed = 7;

    /// <summary>
    /// 06.2's score: the pipeline's 5-fold cross-validated MAE on the training cars, after checking that, fitted, it needs at
    /// most three of the car's columns and predicts a number.
    /// </summary>
    internal static double LeanCrossValidatedMae(IEstimator<ITransformer> pipeline)
    {
        var ml = new MLContext(seed: 1);
        var train = LessonSplits.Cars().TrainSet;
        var model = pipeline.Fit(train);
        if (model.GetOutputSchema(train.Schema).GetColumnOrNull("Score")?.Type != NumberDataViewType.Single)   // also fails when the pipeline asks for a column the cars do not have
            throw new ModelRejectedException("The pipeline's output has no Score column: end it with a regression trainer, such as ml.Regression.Trainers.FastTree, with labelColumnName \"Miles_per_Gallon\".");
        LabelLeak.RejectRegressor(model, train, "Miles_per_Gallon");
        var needed = ModelInputs.Needed(model, train, CarColumns);
        if (needed.Count > 3)
            throw new ModelRejectedException($"Your pipeline needs {needed.Count} of the car's columns ({string.Join(", ", needed)}); the exercise asks for at most 3. " +
                "A column counts as soon as the pipeline reads it, even if the model gives it no weight: concatenate (and encode) only the columns you keep.");
        return ml.Regression.CrossValidate(train, pipeline, numberOfFolds: 5, labelColumnName: "Miles_per_Gallon", seed: CheckerFoldSeed)
            .Average(fold => fold.Metrics.MeanAbsoluteError);
    }

    /// <summary>06.2: a pipeline that needs at most three of the car's columns and still predicts well.</summary>
    public static Exercise<IEstimator<ITransformer>?> LeanPipeline { get; } = new(
        "06.2", "search the columns too",
        Checks.Pipeline(LeanCrossValidatedMae, threshold: 2.45, "MAE (MPG)", "the training cars (5 folds of the checker's own)", higherIsBetter: false),
        ["Make a list of column sets to try, each a string such as \"Weight_in_lbs+Horsepower+Displacement\" (a dozen you find promising, or all 35 sets of three of the seven columns), and a candidate whose settings Pick one of them: columns = Pick(r, columnSets).",
         "The candidate's pipeline concatenates only those columns into Features (one-hot encode Origin first if it is among them), then appends the boosted trees. AutoSearch.Run(new[] { candidate }, CrossValidateCars, higherIsBetter: false, …), then hand over the search's Best.Pipeline.",
         "Cylinders, displacement, horsepower and weight say much the same thing (lesson 03): three of them together add little. Look at the leaderboard for the column the best trials have in common."],
        """
        string[] carColumns = carFeatures.Append("Origin").ToArray();
        var columnSets = (from a in Enumerable.Range(0, 7) from b in Enumerable.Range(a + 1, 6 - a) from c in Enumerable.Range(b + 1, 6 - b)
                          select $"{carColumns[a]}+{carColumns[b]}+{carColumns[c]}").ToArray();   // all 35 sets of three columns
        IEstimator<ITransformer> FeaturesFrom(string[] columns) => columns.Contains("Origin")
            ? ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin").Append(ml.Transforms.Concatenate("Features", columns.Select(c => c == "Origin" ? "OriginVector" : c).ToArray()))
            : ml.Transforms.Concatenate("Features", columns);
        var threeColumns = SearchCandidate.Of("boosted trees on three columns",
            r => new { columns = Pick(r, columnSets), leaves = Pick(r, 4, 8), learningRate = LogUniform(r, 0.05, 0.2) },
            s => FeaturesFrom(s.columns.Split('+')).Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
                { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = s.leaves, LearningRate = s.learningRate, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 })));
        var leanSearch = AutoSearch.Run(new[] { threeColumns }, CrossValidateCars, higherIsBetter: false,
            budget: TimeSpan.FromMinutes(5), maxTrials: 15, patience: 8, seed: 1);   // bounded by its trials, as in section 3
        display(leanSearch.ToLeaderboard("MAE").Head(5));
        IEstimator<ITransformer>? leanPipeline = leanSearch.Best.Pipeline;
        """);

    /// <summary>06.3: what AutoML cannot decide.</summary>
    public static Exercise<string?> WhatAutoMlCannotDo { get; } = new(
        "06.3", "what AutoML cannot do for you",
        Checks.Reflection(15,
            "It cannot decide what to predict and why (the target and the question), which metric matches the cost of mistakes " +
            "(lesson 05: accuracy hides rare classes), or which data may be used: it cannot see leakage such as a feature computed " +
            "from the whole data or from the future (lesson 02), and it will happily use a spurious or unfair feature. It does not " +
            "clean data (the century-late film dates), keep a test set untouched, or check that the data represents the cases the " +
            "model will meet.",
            new KeyIdea("the metric that fits the question", "metric", "target", "what question", "the question", "goal", "objective", "what to predict", "mae", "rmse", "accuracy", "cost of", "measure of success"),
            new KeyIdea("leakage (which data may be used)", "leak", "future", "test set", "test rows", "fitted on", "look ahead", "peek", "contaminat"),
            new KeyIdea("the quality of the data", "clean", "bad data", "dirty", "wrong data", "wrong values", "typo", "century", "missing", "outlier", "duplicate", "quality", "represent"),
            new KeyIdea("features the model should not use", "fair", "bias", "spurious", "shortcut", "ethic", "should not use", "shouldn't use", "legitimate", "allowed")),
        ["Think of lesson 02: could a search have noticed that some dates were a century off, or that a normalizer was fitted on the test rows?",
         "Think of lesson 05: who decided that MAE, not accuracy or RMSE, was the right measure?"],
        """string? whatAutoMlCannotDo = "It cannot choose the question and the metric that matches the cost of errors, and it cannot see leakage or bad data: a normalizer fitted on test rows or dates a century off would look like good features to it, and so would a spurious or unfair one.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [TrialsRun, LeanPipeline, WhatAutoMlCannotDo];
}
