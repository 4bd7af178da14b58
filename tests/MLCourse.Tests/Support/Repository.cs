using System.Xml.Linq;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Support;

/// <summary>The repository under test: its folders, its lessons (each read once), its pinned package versions, and the test fixtures.</summary>
internal static class Repository
{
    public static CourseFolders Folders { get; } = CourseFolders.Find(AppContext.BaseDirectory);

    /// <summary>The lessons in notebooks/, read once for the whole test run.</summary>
    public static IReadOnlyList<Lesson> Lessons { get; } = Lesson.All(Folders.Notebooks);

    /// <summary>Lesson names as xunit theory data: one test case per lesson notebook, discovered.</summary>
    public static TheoryData<string> LessonNames() => new(Lessons.Select(l => l.Name));

    public static Lesson LessonNamed(string name) => Lessons.Single(l => l.Name == name);

    /// <summary>Package name → version, from Directory.Packages.props.</summary>
    public static IReadOnlyDictionary<string, string> PinnedVersions { get; } =
        XDocument.Load(Path.Combine(Folders.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    /// <summary>A file of tests/MLCourse.Tests/Fixtures/.</summary>
    public static string Fixture(string name) => Path.Combine(Folders.Root, "tests", "MLCourse.Tests", "Fixtures", name);

    /// <summary>A folder of its own under <c>artifacts/tests/</c> for a test's files, emptied first.</summary>
    public static string TestFolder(string name)
    {
        var folder = Path.Combine(Folders.Artifacts, "tests", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
