using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 02, prepare data.</summary>
public static class Lesson02
{
    private static double MissingBoth()
    {
        var movies = CourseData.LoadMovies();
        return Enumerable.Range(0, (int)movies.Rows.Count).Count(i => movies["Rotten Tomatoes Rating"][i] is null && movies["IMDB Rating"][i] is null);
    }

    /// <summary>02.1: films with neither rating.</summary>
    public static Exercise<double?> MissingBothRatings { get; } = new(
        "02.1", "films with neither rating",
        Checks.Number(MissingBoth, tolerance: 0,
            (() => CourseData.LoadMovies()["Rotten Tomatoes Rating"].NullCount, "That counts the films without a Rotten Tomatoes rating, whatever their IMDB rating."),
            (() => CourseData.LoadMovies()["IMDB Rating"].NullCount, "That counts the films without an IMDB rating, whatever their Rotten Tomatoes rating.")),
        ["A film counts only if both ratings are missing: look at the two columns row by row.",
         "movies[\"IMDB Rating\"][i] is null tells whether row i is missing its IMDB rating."],
        """double? missingBothRatings = Enumerable.Range(0, (int)movies.Rows.Count).Count(i => movies["Rotten Tomatoes Rating"][i] is null && movies["IMDB Rating"][i] is null);""");

    /// <summary>02.2: move a trailing article to the front of a title.</summary>
    public static Exercise<Func<string, string>?> FrontArticle { get; } = new(
        "02.2", "articles at the front",
        Checks.Function<string, string>(
            [("Secret, The", "The Secret"), ("Man for All Seasons, A", "A Man for All Seasons"), ("Casablanca", "Casablanca"),
             ("Tora, Tora, Tora", "Tora, Tora, Tora"), ("The Thing", "The Thing")],
            (a, b) => a == b),
        ["Only a title that ends with \", The\" or \", A\" changes; a comma elsewhere is part of the title.",
         "title.EndsWith(\", The\") and title[..^5] (all but the last five characters) do most of the work."],
        """Func<string, string>? frontArticle = title => title.EndsWith(", The") ? "The " + title[..^5] : title.EndsWith(", A") ? "A " + title[..^3] : title;""");

    /// <summary>02.3: a z-score column.</summary>
    public static Exercise<DataFrameColumn?> FlipperZScore { get; } = new(
        "02.3", "z-score of flipper length",
        Checks.Column(() =>
        {
            var values = CourseData.LoadCleanPenguins()["flipper_length_mm"].Cast<float?>().Select(v => (double)v!.Value).ToList();
            var mean = values.Average();
            var std = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / std));
        }, tolerance: 1e-4),
        ["z = (x − mean) / standard deviation, with the sample standard deviation (divide by n − 1).",
         "CourseData.LoadCleanPenguins() has the column flipper_length_mm; name the new column flipper_z."],
        """
        var flipperValues = CourseData.LoadCleanPenguins()["flipper_length_mm"].Cast<float?>().Select(v => (double)v!.Value).ToList();
        var flipperMean = flipperValues.Average();
        var flipperStd = Math.Sqrt(flipperValues.Sum(v => (v - flipperMean) * (v - flipperMean)) / (flipperValues.Count - 1));
        DataFrameColumn? flipperZ = new DoubleDataFrameColumn("flipper_z", flipperValues.Select(v => (v - flipperMean) / flipperStd));
        """);

    /// <summary>02.4: why fit on training data only.</summary>
    public static Exercise<string?> WhyTrainOnly { get; } = new(
        "02.4", "why fit on training data only",
        Checks.Reflection(12,
            "The test set stands in for data the model has never seen. A normalizer fitted on all data has learned from the test " +
            "rows (their mean, spread or extremes), so the test no longer measures how the model does on new data and the score is " +
            "optimistic. Fitting every step on the training set keeps the test honest, and in production the model meets data no step has seen.",
            new KeyIdea("the test set stands for unseen data", "unseen", "never seen", "not seen", "new data", "held out", "held-out", "holdout", "stand in", "stands in", "stands for", "production"),
            new KeyIdea("statistics learned from the test rows leak", "leak", "statistic", "test rows", "spread", "minimum", "maximum", "peek", "contaminat", "learned from the test", "saw the test"),
            new KeyIdea("an optimistic score", "optimis", "inflat", "flatter", "too good", "overestimat", "honest", "biased", "evaluation")),
        ["What is the test set supposed to stand in for?", "What did the normalizer learn, and from which rows?"],
        """string? whyTrainOnly = "Because the test set must stand in for unseen data; a normalizer fitted on all rows learned the test rows' statistics, so the test score is optimistic.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [MissingBothRatings, FrontArticle, FlipperZScore, WhyTrainOnly];
}
