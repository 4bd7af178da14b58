using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace MLCourse.Tests.Support;

/// <summary>
/// The cars' boosted trees as lessons 06 to 08 build them, once for every test that needs them: FastTree with 100 trees
/// of 4 leaves (learning rate 0.1, at least 5 cars per leaf, one thread, so that every run gives the same trees), on
/// the columns of <c>LessonSplits.Cars()</c> (which adds the numeric model_year).
/// </summary>
internal static class CarPipeline
{
    /// <summary>The column the trees predict.</summary>
    public const string Label = "Miles_per_Gallon";

    /// <summary>The numeric columns lessons 05 to 08 predict from.</summary>
    public static IReadOnlyList<string> Features { get; } = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year"];

    /// <summary>The trainer alone, for a test that needs the fitted trees themselves.</summary>
    public static FastTreeRegressionTrainer Trees(MLContext ml) => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        { LabelColumnName = Label, NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 });

    /// <summary>Lesson 08's preparation: the origin one-hot encoded, then every feature in one vector, centred and scaled.</summary>
    public static IEstimator<ITransformer> Preparation(MLContext ml) =>
        ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
            .Append(ml.Transforms.Concatenate("Features", [.. Features, "OriginVector"]))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));

    /// <summary>Lesson 08's model: <see cref="Preparation"/> and the trees, fitted on the training cars.</summary>
    public static ITransformer Lesson08Model(MLContext ml) => Preparation(ml).Append(Trees(ml)).Fit(MLCourse.Exercises.LessonSplits.Cars().TrainSet);

    /// <summary>The trees on <paramref name="columns"/> only, as a learner hands in a pipeline for 06.2 (Origin one-hot encoded when named).</summary>
    public static IEstimator<ITransformer> TreesOn(MLContext ml, params string[] columns)
    {
        IEstimator<ITransformer> features = columns.Contains("Origin")
            ? ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin").Append(ml.Transforms.Concatenate("Features", columns.Select(c => c == "Origin" ? "OriginVector" : c).ToArray()))
            : ml.Transforms.Concatenate("Features", columns);
        return features.Append(Trees(ml));
    }
}
