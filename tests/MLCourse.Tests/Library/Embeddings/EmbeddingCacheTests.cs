using Microsoft.Extensions.AI;
using MLCourse.Embeddings;

namespace MLCourse.Tests.Library.Embeddings;

/// <summary><see cref="EmbeddingCache"/>: computes once, reads back the same numbers, and never reads a file made for other texts.</summary>
public sealed class EmbeddingCacheTests
{
    /// <summary>A generator that makes a vector from a text's length and counts its calls.</summary>
    private sealed class CountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(new float[] { v.Length, 1f / (v.Length + 1), -2.5f }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("test", null, "counting", 3) : null;

        public void Dispose() { }
    }

    [Fact]
    public void The_second_load_reads_the_file_and_gives_the_same_numbers()
    {
        var folder = Repository.TestFolder("embedding-cache");
        var generator = new CountingGenerator();

        var first = EmbeddingCache.Load(generator, ["a", "three"], folder);
        var second = EmbeddingCache.Load(generator, ["a", "three"], folder);

        Assert.Equal((false, true, 1), (first.FromCache, second.FromCache, generator.Calls));
        Assert.Equal(first.Vectors, second.Vectors);
        Assert.Equal([5f, 1f / 6, -2.5f], second.Vectors[1]);
        Assert.StartsWith("counting-", Path.GetFileName(second.Path));
        Assert.Equal(first.EmbeddingTime.TotalSeconds, second.EmbeddingTime.TotalSeconds, 0.051);   // kept to a tenth of a second
    }

    [Fact]
    public void Is_kept_says_beforehand_whether_load_will_embed()
    {
        var folder = Repository.TestFolder("embedding-cache-kept");
        var generator = new CountingGenerator();

        var before = EmbeddingCache.IsKept(generator, ["a", "b"], folder);
        EmbeddingCache.Load(generator, ["a", "b"], folder);

        Assert.Equal((false, true, false), (before, EmbeddingCache.IsKept(generator, ["a", "b"], folder), EmbeddingCache.IsKept(generator, ["a", "c"], folder)));
        Assert.Equal(1, generator.Calls);   // asking never embeds
    }

    [Fact]
    public void Other_texts_get_another_file()
    {
        var folder = Repository.TestFolder("embedding-cache-texts");
        var generator = new CountingGenerator();

        EmbeddingCache.Load(generator, ["a", "b"], folder);
        var changed = EmbeddingCache.Load(generator, ["a", "c"], folder);
        var joined = EmbeddingCache.Load(generator, ["a" + "b"], folder);   // the same characters, cut differently

        Assert.Equal((false, false, 3), (changed.FromCache, joined.FromCache, generator.Calls));
        Assert.NotEqual(EmbeddingCache.Key(["a", "b"]), EmbeddingCache.Key(["ab"]));
    }

    [Fact]
    public void A_damaged_file_is_refused_with_what_to_do()
    {
        var folder = Repository.TestFolder("embedding-cache-damaged");
        var generator = new CountingGenerator();
        var path = EmbeddingCache.Load(generator, ["x", "y"], folder).Path;
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..10]);

        var error = Assert.Throws<InvalidDataException>(() => EmbeddingCache.Load(generator, ["x", "y"], folder));
        Assert.Contains("Delete the file", error.Message);
    }
}
