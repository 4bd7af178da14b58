using Microsoft.ML;

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
             ([9, 9], 2)],
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

    /// <summary>06.2: fit the best pipeline.</summary>
    public static Exercise<ITransformer?> BestModel { get; } = new(
        "06.2", "from the leaderboard to a model",
        Checks.Model(model => LessonSplits.CarTestMae(model, "fit the search's pipeline on trainCars, which has every column the cars come with."),
            threshold: 2.2, "MAE (MPG)", higherIsBetter: false),
        ["search.Best is the best trial; its Pipeline is an estimator, not yet fitted.", "Fit it on trainCars: the whole training part, not a fold."],
        """ITransformer? bestModel = search.Best.Pipeline.Fit(trainCars);""");

    /// <summary>06.3: what AutoML cannot decide.</summary>
    public static Exercise<string?> WhatAutoMlCannotDo { get; } = new(
        "06.3", "what AutoML cannot do for you",
        Checks.Reflection(15,
            "It cannot decide what to predict and why (the target and the question), which metric matches the cost of mistakes " +
            "(lesson 05: accuracy hides rare classes), or which data may be used: it cannot see leakage such as a feature computed " +
            "from the whole data or from the future (lesson 02), and it will happily use a spurious or unfair feature. It does not " +
            "clean data (the century-late film dates), keep a test set untouched, or check that the data represents the cases the " +
            "model will meet."),
        ["Think of lesson 02: could a search have noticed that some dates were a century off, or that a normalizer was fitted on the test rows?",
         "Think of lesson 05: who decided that MAE, not accuracy or RMSE, was the right measure?"],
        """string? whatAutoMlCannotDo = "It cannot choose the question and the metric that matches the cost of errors, and it cannot see leakage or bad data: a normalizer fitted on test rows or dates a century off would look like good features to it.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [TrialsRun, BestModel, WhatAutoMlCannotDo];
}
