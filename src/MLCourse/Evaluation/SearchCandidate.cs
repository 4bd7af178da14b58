using Microsoft.ML;

namespace MLCourse.Evaluation;

/// <summary>
/// A family of pipelines an <see cref="AutoSearch"/> may try: a name (usually the trainer's), how to draw random settings,
/// and how to build the pipeline for a setting. Settings are any record or anonymous object, as in <see cref="HyperparameterSearch"/>.
/// </summary>
public sealed class SearchCandidate
{
    private readonly Func<Random, (object Settings, IEstimator<ITransformer> Pipeline)> draw;

    private SearchCandidate(string name, Func<Random, (object, IEstimator<ITransformer>)> draw) => (Name, this.draw) = (name, draw);

    /// <summary>The family's name, shown in the leaderboard.</summary>
    public string Name { get; }

    /// <summary>A candidate whose settings <paramref name="sample"/> draws and <paramref name="build"/> turns into a pipeline.</summary>
    public static SearchCandidate Of<T>(string name, Func<Random, T> sample, Func<T, IEstimator<ITransformer>> build) where T : notnull =>
        new(name, random =>
        {
            var settings = sample(random);
            return (settings, build(settings));
        });

    internal (object Settings, IEstimator<ITransformer> Pipeline) Draw(Random random) => draw(random);
}
