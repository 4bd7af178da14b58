using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ScoreCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("score-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Lists =
        [[(true, 1.5f), (false, -0.25f), (true, float.Epsilon)], [], [(false, 3.4028235E+38f)]];

    private string DataFile(string text)
    {
        var path = Path.Combine(_folder, "data.bin");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Lists_are_computed_once_then_read_back_exactly()
    {
        var data = DataFile("messages, version 1");
        var computed = 0;
        IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Compute() { computed++; return Lists; }
        var first = ScoreCache.Load(Path.Combine(_folder, "cache"), "scores-v1", data, Compute);
        var second = ScoreCache.Load(Path.Combine(_folder, "cache"), "scores-v1", data, Compute);
        Assert.Equal(1, computed);
        Assert.Same(Lists, first);
        Assert.Equal(Lists.Count, second.Count);
        for (var i = 0; i < Lists.Count; i++) Assert.Equal(Lists[i], second[i]);
    }

    [Fact]
    public void Changed_data_or_another_name_is_computed_again_never_read_from_the_old_file()
    {
        var cache = Path.Combine(_folder, "cache");
        var computed = 0;
        IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Compute() { computed++; return Lists; }
        ScoreCache.Load(cache, "scores-v1", DataFile("messages, version 1"), Compute);
        ScoreCache.Load(cache, "scores-v2", DataFile("messages, version 1"), Compute);
        ScoreCache.Load(cache, "scores-v1", DataFile("messages, version 2"), Compute);
        Assert.Equal(3, computed);
        Assert.Equal(3, Directory.GetFiles(cache, "*.scores").Length);
        Assert.Empty(Directory.GetFiles(cache, "*.partial"));
    }

    [Fact]
    public void A_damaged_file_says_what_was_expected_and_to_delete_it()
    {
        var data = DataFile("messages");
        var cache = Path.Combine(_folder, "cache");
        ScoreCache.Load(cache, "scores-v1", data, () => Lists);
        var path = ScoreCache.PathOf(cache, "scores-v1", data);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^3]);
        var e = Assert.Throws<InvalidDataException>(() => ScoreCache.Load(cache, "scores-v1", data, () => throw new InvalidOperationException("not computed again")));
        Assert.StartsWith($"Expected scored messages in '{path}'", e.Message);
        Assert.EndsWith("Delete the file; the next check computes the scores again.", e.Message);
    }
}
