namespace MLCourse.Embeddings;

/// <summary>
/// Vectors from <see cref="EmbeddingCache"/>: whether they were read from its file, how long getting them took this time,
/// how long embedding them took when they were computed (this run or the first), and the file.
/// </summary>
public sealed record CachedEmbeddings(float[][] Vectors, bool FromCache, TimeSpan Elapsed, TimeSpan EmbeddingTime, string Path);
