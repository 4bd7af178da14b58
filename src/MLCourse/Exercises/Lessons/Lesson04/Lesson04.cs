using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 04, select and train models.</summary>
public static class Lesson04
{
    /// <summary>The report of always answering the training set's most common species, on the test penguins (or the training ones).</summary>
    private static ClassificationReport MajorityBaseline(bool ofTest = true)
    {
        var (train, test) = LessonSplits.Penguins();
        var majority = train["species"].Cast<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        var actual = (ofTest ? test : train)["species"].Cast<string>().ToList();
        return ClassificationReport.From(actual, actual.Select(_ => majority).ToList());
    }

    /// <summary>Cross-validated on the training penguins, with only the species and the two beak columns: the test set stays unseen.</summary>
    private static double BeakAccuracy(IEstimator<ITransformer> pipeline)
    {
        var train = LessonSplits.Penguins().Train;
        var beaksOnly = new DataFrame(train["species"].Clone(), train["beak_length_mm"].Clone(), train["beak_depth_mm"].Clone());
        return LessonSplits.CrossValidated(pipeline, beaksOnly, "beak-only penguins",
            (model, fold) =>
            {
                var accuracy = LessonSplits.SpeciesAccuracy(model.Transform(fold));
                LabelLeak.RejectClassifier(model, fold.ToDataFrame(-1), "species", "PredictedSpecies");
                return accuracy;
            }, "build the features from beak_length_mm and beak_depth_mm only.");
    }

    /// <summary>04.1: the macro-F1 of always answering the most common species.</summary>
    public static Exercise<double?> BaselineMacroF1 { get; } = new(
        "04.1", "the baseline to beat",
        Checks.Number(() => MajorityBaseline().MacroF1, tolerance: 0.002,
            (() => MajorityBaseline().Accuracy, "That is the baseline's accuracy, the majority species' share of the test set. Macro-F1 is the mean of the three species' F1 scores."),
            (() => MajorityBaseline().PerClass.Max(c => c.F1), "That is the F1 of the species the baseline always answers. Macro-F1 averages over all three species, including the two it never finds."),
            (() => 100 * MajorityBaseline().MacroF1, "Give it as a number between 0 and 1, as the lesson's table does."),
            (() => MajorityBaseline(ofTest: false).MacroF1, "That is its macro-F1 on the training set; the baseline, like every model, is scored on the test set.")),
        ["Which species is the most common in trainFrame? Predict it for every test penguin, then compare with the test penguins' species.",
         "ClassificationReport.From(actual, predicted) takes two lists of species, as section 2 uses it for k-NN; its MacroF1 is the number asked for.",
         "A species that is never predicted has no precision to speak of; the report counts its precision, and so its F1, as 0."],
        """
        var mostCommon = trainFrame["species"].Cast<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        var actualSpecies = testFrame["species"].Cast<string>().ToList();
        double? baselineMacroF1 = ClassificationReport.From(actualSpecies, actualSpecies.Select(_ => mostCommon).ToList()).MacroF1;
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

    /// <summary>04.3: a classifier from the two beak measurements, judged by cross-validation on the training penguins.</summary>
    public static Exercise<IEstimator<ITransformer>?> BeakClassifier { get; } = new(
        "04.3", "a classifier from beaks alone",
        Checks.Score<IEstimator<ITransformer>>(BeakAccuracy, threshold: 0.90, "cross-validated accuracy",
            failure: "The pipeline failed while the checker cross-validated it ({0}). Check its input and output column names."),
        ["Start from Prepare()'s steps, but concatenate only \"beak_length_mm\" and \"beak_depth_mm\" into Features; then one of the lesson's ML.NET trainers (logistic regression or the SVM: the course's k-NN and decision tree are not ML.NET estimators and cannot go in a pipeline), and the MapKeyToValue step of TrainAndTest.",
         "Leave out Fit: the checker fits your pipeline itself, once per fold, on training penguins only.",
         "Keep the z-score step (NormalizeMeanVariance with fixZero: false): without centring, the default penalties of logistic regression and the SVM hold back the large weights such narrow features need."],
        """
        IEstimator<ITransformer>? beakPipeline = ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(ml.Transforms.Concatenate("Features", "beak_length_mm", "beak_depth_mm"))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
        """);

    /// <summary>04.4: why k-means mixes Adelie and Chinstrap.</summary>
    public static Exercise<string?> WhyClustersMix { get; } = new(
        "04.4", "why the clusters mix two species",
        Checks.Reflection(15,
            "k-means never sees the species: it groups penguins by distance over all four z-scored measurements, each counting " +
            "equally, and only minimizes inertia. Adelie and Chinstrap overlap in beak depth, flipper length and body mass and " +
            "differ mainly in beak length, so by overall distance some Adelies are nearer the Chinstraps' centre than their own, " +
            "and a run that starts badly can settle in a worse local optimum that merges the two. A classifier is told the " +
            "species and learns to rely on beak length.",
            new KeyIdea("distance over all four features", "distance", "closest", "nearest", "all four", "four measurements", "every feature", "each feature", "equally", "overlap", "inertia", "compact"),
            new KeyIdea("a local optimum", "local", "optimum", "optima", "initiali", "seed", "poor start", "bad start", "starting point"),
            new KeyIdea("no labels", "label", "unsupervised", "never sees the species", "does not know the species", "doesn't know the species", "not told", "never told", "which bird is which")),
        ["In how many of the four measurements do Adelie and Chinstrap differ (lesson 03)? How much does that one count in a distance over four?",
         "What does the classifier know that k-means does not? And what does k-means promise to find: the best grouping, or a local one?"],
        """string? whyClustersMix = "k-means only sees distances over all four measurements, and Adelie and Chinstrap overlap in three of them, differing mainly in beak length, so some Adelies sit nearer the Chinstrap centre; a run can also stop in a local optimum that merges them. A classifier is given the labels and learns that beak length is what matters.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [BaselineMacroF1, NeighbourVote, BeakClassifier, WhyClustersMix];
}
