using System.Xml.Linq;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>The repository under test: its folders, lessons, and pinned package versions.</summary>
internal static class Repository
{
    public static CourseFolders Folders { get; } = CourseFolders.Find(AppContext.BaseDirectory);

    public static IReadOnlyList<Lesson> Lessons => Lesson.All(Folders.Notebooks);

    /// <summary>Lesson names as xunit theory data: one test case per lesson notebook, discovered.</summary>
    public static TheoryData<string> LessonNames() => new(Lessons.Select(l => l.Name));

    public static Lesson LessonNamed(string name) => Lessons.Single(l => l.Name == name);

    /// <summary>Package name → version, from Directory.Packages.props.</summary>
    public static IReadOnlyDictionary<string, string> PinnedVersions { get; } =
        XDocument.Load(Path.Combine(Folders.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    public static string Fixture(string name) => Path.Combine(Folders.Root, "tests", "MLCourse.Tests", "Fixtures", name);
}

/// <summary>Tests that start the real kernel run one at a time: each is a heavy process on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelCollection
{
    public const string Name = "real kernel";
}
