using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 04, select and train models.</summary>
public static class Lesson04
{
    private static double MajorityShare(bool ofTest = true)
    {
        var (train, test) = LessonSplits.Penguins();
        var majority = train["species"].Cast<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        var part = ofTest ? test : train;
        return part["species"].Cast<string>().Count(s => s == majority) / (double)part.Rows.Count;
    }

    private static double BeakAccuracy(ITransformer model)
    {
        var test = LessonSplits.Penguins().Test;
        var beaksOnly = new DataFrame(test["species"].Clone(), test["beak_length_mm"].Clone(), test["beak_depth_mm"].Clone());
        return LessonSplits.SpeciesAccuracy(model, beaksOnly, "train it on beak_length_mm and beak_depth_mm only.");
    }

    /// <summary>04.1: the accuracy of always answering the most common species.</summary>
    public static Exercise<double?> BaselineAccuracy { get; } = new(
        "04.1", "the baseline to beat",
        Checks.Number(() => MajorityShare(), tolerance: 0.002,
            (() => 1.0 / 3, "That would be right if the three species were equally common; they are not."),
            (() => 100 * MajorityShare(), "Give it as a share between 0 and 1, as the lesson's accuracies are."),
            (() => MajorityShare(ofTest: false), "That is the share in the training set; the baseline, like every model, is scored on the test set.")),
        ["Which species is the most common in trainFrame? A model that always answers it is right exactly for the test penguins of that species.",
         "trainFrame[\"species\"].Cast<string>() and testFrame[\"species\"].Cast<string>() are the labels; GroupBy and Count do the rest."],
        """
        var mostCommon = trainFrame["species"].Cast<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        double? baselineAccuracy = testFrame["species"].Cast<string>().Count(s => s == mostCommon) / (double)testFrame.Rows.Count;
        """);

    /// <summary>04.2: the vote of k nearest neighbours, ties to the nearest.</summary>
    public static Exercise<Func<string[], string>?> NeighbourVote { get; } = new(
        "04.2", "the neighbours' vote",
        Checks.Function<string[], string>(
            [(["Gentoo"], "Gentoo"),
             (["Adelie", "Gentoo", "Gentoo"], "Gentoo"),
             (["Chinstrap", "Adelie"], "Chinstrap"),
             (["Adelie", "Gentoo", "Gentoo", "Adelie", "Chinstrap"], "Adelie"),
             (["Gentoo", "Chinstrap", "Chinstrap", "Adelie", "Adelie"], "Chinstrap")],
            (a, b) => a == b),
        ["Count the votes of each species; the most votes wins. Then think about a tie: which of the tied species has the nearest neighbour?",
         "The labels come nearest first, so the first label (in list order) whose count equals the highest count is the winner.",
         "labels.GroupBy(l => l) keeps the groups in the order their first member appears."],
        """Func<string[], string>? neighbourVote = labels => labels.GroupBy(l => l).OrderByDescending(g => g.Count()).First().Key;   // OrderByDescending is stable: ties keep the nearest first""");

    /// <summary>04.3: a classifier from the two beak measurements.</summary>
    public static Exercise<ITransformer?> BeakClassifier { get; } = new(
        "04.3", "a classifier from beaks alone",
        Checks.Model(BeakAccuracy, threshold: 0.95, "accuracy"),
        ["Start from TrainAndTest's pipeline, but concatenate only \"beak_length_mm\" and \"beak_depth_mm\" into Features, and Fit it on trainFrame.",
         "With default settings, logistic regression lands just below the bar. Remember what the lesson said about its regularization.",
         "LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f) regularizes far less than the default."],
        """
        ITransformer? beakModel = ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(ml.Transforms.Concatenate("Features", "beak_length_mm", "beak_depth_mm"))
            .Append(ml.Transforms.NormalizeMeanVariance("Features"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"))
            .Fit(trainFrame);
        """);

    /// <summary>04.4: why k-means mixes Adelie and Chinstrap.</summary>
    public static Exercise<string?> WhyClustersMix { get; } = new(
        "04.4", "why the clusters mix two species",
        Checks.Reflection(15,
            "k-means groups penguins by distance over all four normalized measurements, each counting equally. Adelie and Chinstrap " +
            "differ mainly in beak length and overlap in the other three, so by overall distance they form one elongated cloud, and " +
            "k-means may cut it somewhere else, e.g. into lighter and heavier birds. A classifier is told the species and learns to " +
            "weight beak length; k-means never sees the labels, so it finds the strongest structure, not the one we care about."),
        ["In how many of the four measurements do Adelie and Chinstrap differ (lesson 03)?", "What does the classifier know that k-means does not?"],
        """string? whyClustersMix = "k-means only sees distances over all four measurements, and Adelie and Chinstrap overlap in three of them, differing mainly in beak length, so they form one cloud it splits elsewhere; a classifier is given the labels and learns that beak length is what matters.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [BaselineAccuracy, NeighbourVote, BeakClassifier, WhyClustersMix];
}
