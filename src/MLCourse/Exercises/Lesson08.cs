using MLCourse.Evaluation;
using Microsoft.ML;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 08, explainable AI.</summary>
public static class Lesson08
{
    /// <summary>08.1: what an interval that includes 0 means.</summary>
    public static Exercise<string?> IntervalReading { get; } = new(
        "08.1", "reading an interval",
        Checks.Text("B", ["A", "B", "C", "D"],
            ("A", "The interval includes 0 (and negative values): the data cannot tell a small reliance from none."),
            ("C", "Permutation importance describes the model, not the world: a feature can matter in reality and be ignored by a model."),
            ("D", "Only the low end of the interval is negative; the interval is consistent with no change at all.")),
        ["Does the interval include 0?", "Is permutation importance about the model or about the world?"],
        """string? intervalReading = "B";""");

    /// <summary>08.2: a classifier that does not lean on the band colour.</summary>
    public static Exercise<ITransformer?> RobustModel { get; } = new(
        "08.2", "a model that ignores the shortcut",
        Checks.Model(model => LessonSplits.SpeciesAccuracy(model,
                ShortcutFeature.AddBand(LessonSplits.Penguins().Test, "species", agreement: 0, seed: 3),
                "use columns of the clean penguins (and band_colour if you must)."),
            threshold: 0.75, "accuracy with random bands"),
        ["Which input will not hold next season?", "PenguinClassifier(\"flipper_length_mm\", \"body_mass_g\") leaves the band out. Or add the beak measurements, which carry real information."],
        """ITransformer? robustModel = PenguinClassifier("flipper_length_mm", "body_mass_g", "beak_length_mm", "beak_depth_mm").Fit(bandedTrain);""");

    /// <summary>08.3: why an explanation is not a verdict.</summary>
    public static Exercise<string?> WhyNotEnough { get; } = new(
        "08.3", "what the explanation could not say",
        Checks.Reflection(15,
            "An explanation reports what the model uses, and from the data's point of view the band colour is a genuinely " +
            "predictive feature: it does predict the species in every row the model and the test set have seen. Whether it is " +
            "legitimate depends on how the data came about and whether that will hold when the model is used, which is not in " +
            "the data. Knowing that the bands were handed out by colony, and will be random next season, is what told us."),
        ["In the training and test data, is the band colour predictive or not?", "Where does the information that the bands will be random next season come from?"],
        """string? whyNotEnough = "In the data the band really does predict the species, so the explanation can only say the model uses it; that it will not hold next season comes from knowing how the bands were handed out, which is domain knowledge, not data.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [IntervalReading, RobustModel, WhyNotEnough];
}
