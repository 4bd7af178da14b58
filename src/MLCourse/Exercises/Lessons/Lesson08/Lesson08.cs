using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 08, explainable AI.</summary>
public static class Lesson08
{
    /// <summary>
    /// How much lesson 08's model's test MAE grows when Cylinders, Displacement, Horsepower and Weight_in_lbs are shuffled
    /// together, and the values of the usual mistakes: each measured with 1,000 shuffles on the lesson's model and test cars
    /// (FastTree lives outside this library, so the tests rebuild the model and measure them again). A mean of 50 shuffles
    /// lands within 0.15 of the first (the standard deviation of one shuffle is about 0.42 MPG).
    /// </summary>
    internal const double EngineGroupImportance = 5.28, EngineColumnsOneAtATime = 4.20, EngineColumnsEachShuffled = 4.40,
        EngineGroupOnTrainingCars = 6.05, TestMae = 2.00;

    private const string OneAtATime = "That is about what the four columns are worth one at a time (their importances add up to about 4.2, and " +
        "shuffling each with an order of its own gives about 4.4). Use one order for all four, so that each car gets another car's whole engine.";

    /// <summary>08.1: the permutation importance of four correlated columns shuffled together.</summary>
    public static Exercise<double?> EngineImportance { get; } = new(
        "08.1", "shuffle them together",
        Checks.Number(() => EngineGroupImportance, tolerance: 0.25,
            (() => EngineColumnsOneAtATime, OneAtATime),
            (() => EngineColumnsEachShuffled, OneAtATime),
            (() => EngineGroupOnTrainingCars, "That is measured on the training cars, which the model has learned: importance is measured on held-out cars, testCarFrame."),
            (() => TestMae + EngineGroupImportance, "That is the MAE after shuffling; the importance is how much it grew: subtract the MAE of the cars as they are.")),
        ["One shuffle: an order of the rows, Enumerable.Range(0, n).Select(i => (long)i).ToArray(), shuffled with random.Shuffle(order). Then, in a clone of testCarFrame, replace each of the four columns with testCarFrame[column].Clone(new Int64DataFrameColumn(\"order\", order)).",
         "The importance of one shuffle is TestMae(shuffled) − TestMae(testCarFrame). Repeat it at least 50 times with the same Random, and average.",
         "The same order for all four columns: shuffle once per repeat, outside the loop over the columns."],
        """
        string[] engineColumns = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs" };
        var shuffleRandom = new Random(1);
        var groupIncreases = Enumerable.Range(0, 100).Select(_ =>
        {
            var order = Enumerable.Range(0, (int)testCarFrame.Rows.Count).Select(i => (long)i).ToArray();
            shuffleRandom.Shuffle(order);
            var shuffled = testCarFrame.Clone();
            foreach (var column in engineColumns)
                shuffled.Columns[column] = testCarFrame[column].Clone(new Int64DataFrameColumn("order", order));
            return TestMae(shuffled) - TestMae(testCarFrame);
        }).ToList();
        double? engineImportance = groupIncreases.Average();
        """);

    private const string PenguinAdvice = "use columns of the clean penguins (and band_colour if you must).";

    /// <summary>
    /// 08.2's score: five times, a fifth of the banded training penguins (stratified, the checker's own seeds) is held out, the
    /// pipeline is fitted on the rest, and the held-out penguins get next season's random bands; the mean accuracy. A model
    /// whose predictions change when only the bands change is rejected: it still leans on them.
    /// </summary>
    internal static double NextSeasonAccuracy(IEstimator<ITransformer> pipeline)
    {
        var bandedTrain = ShortcutFeature.AddBand(LessonSplits.Penguins().Train, "species", agreement: 0.85, seed: 1);   // as the lesson builds it
        var accuracies = new List<double>();
        for (var repeat = 1; repeat <= 5; repeat++)
        {
            var (fit, heldOut) = StratifiedSplit.Split(bandedTrain, "species", testFraction: 0.2, seed: 100 + repeat);
            var model = pipeline.Fit(fit);
            heldOut.Columns.Remove("band_colour");
            var nextSeason = ShortcutFeature.AddBand(heldOut, "species", agreement: 0, seed: 200 + repeat);
            accuracies.Add(LessonSplits.SpeciesAccuracy(model, nextSeason, PenguinAdvice));
            LabelLeak.RejectClassifier(model, nextSeason, "species", "PredictedSpecies");
            var otherBands = ShortcutFeature.AddBand(heldOut, "species", agreement: 0, seed: 300 + repeat);
            if (!Predicted(model, nextSeason).SequenceEqual(Predicted(model, otherBands)))
                throw new ModelRejectedException("Your model's predictions change when only the band colours change: it still leans on band_colour, " +
                    "which will be random next season. Leave the band out of the Features.");
        }
        return accuracies.Average();
    }

    private static List<string> Predicted(ITransformer model, DataFrame penguins) =>
        model.Transform(penguins).GetColumn<string>("PredictedSpecies").ToList();

    /// <summary>08.2: a classifier that does not lean on the band colour and still tells the species apart next season.</summary>
    public static Exercise<IEstimator<ITransformer>?> RobustModel { get; } = new(
        "08.2", "a model for next season",
        Checks.Pipeline(NextSeasonAccuracy, threshold: 0.90, "accuracy with next season's random bands",
            "the banded training penguins (5 splits of the checker's own)"),
        ["Which input will not hold next season? Leave it out of the Features.",
         "Flipper length and body mass barely tell Adelie from Chinstrap. Lesson 03 showed which measurement does.",
         "Section 4's PenguinClassifier(…) builds the whole pipeline from the columns you name, and returns it unfitted: name the measurements you keep, and hand it over without Fit."],
        """IEstimator<ITransformer>? robustPipeline = PenguinClassifier("beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g");""");

    /// <summary>08.3: why an explanation is not a verdict.</summary>
    public static Exercise<string?> WhyNotEnough { get; } = new(
        "08.3", "what the explanation could not say",
        Checks.Reflection(15,
            "An explanation reports what the model uses, and from the data's point of view the band colour is a genuinely " +
            "predictive feature: it does predict the species in every row the model and the test set have seen. Whether it is " +
            "legitimate depends on how the data came about and whether that will hold when the model is used, which is not in " +
            "the data. Knowing that the bands were handed out by colony, and will be random next season, is what told us.",
            new KeyIdea("that in the data the band really predicts", "predictive", "does predict", "really predict", "correlat", "in the data", "informative", "accurate", "test set", "every row", "valid in", "genuine"),
            new KeyIdea("that legitimacy is not in the data", "legitimate", "caus", "not in the data", "cannot tell", "can't tell", "cannot know", "can't know", "judge", "valid", "spurious", "artefact", "artifact"),
            new KeyIdea("how the bands were handed out", "domain", "knowledge", "handed", "assigned", "colony", "colonies", "collect", "fieldwork", "field team", "next season", "deploy", "logistic", "how the data", "context")),
        ["In the training and test data, is the band colour predictive or not?", "Where does the information that the bands will be random next season come from?"],
        """string? whyNotEnough = "In the data the band really does predict the species, so the explanation can only say the model uses it, not whether that is legitimate; that it will not hold next season comes from knowing how the bands were handed out, which is domain knowledge, not data.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [EngineImportance, RobustModel, WhyNotEnough];
}
