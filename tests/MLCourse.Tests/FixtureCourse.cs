using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

/// <summary>
/// A course folder of its own under <c>artifacts/tests/</c> (course.sln, the tool manifest, a learner's
/// <c>.course/progress.json</c>, one lesson, its expected results), for runner tests that must not touch the real course:
/// the fixture lesson <c>Fixtures/90-pinned-results.ipynb</c> with the course's shared setup cell put in place.
/// </summary>
internal sealed class FixtureCourse
{
    public const string LessonName = "90-pinned-results";

    /// <summary>What the fixture's learner had in their progress file before any run.</summary>
    public static readonly string LearnerProgress = """{ "01.1": { "Last": "Incorrect", "Solved": false, "When": "2026-01-02T03:04:05Z" } }""";

    public CourseFolders Folders { get; }
    public Lesson Lesson { get; }
    public string ProgressFile => Path.Combine(Folders.Root, ".course", "progress.json");
    public LessonEngine Engine => new(Folders, TimeSpan.FromMinutes(5));

    private FixtureCourse(CourseFolders folders, Lesson lesson) => (Folders, Lesson) = (folders, lesson);

    /// <summary>A new fixture course; <paramref name="seed"/> is the seed the lesson's published result is drawn with.</summary>
    public static FixtureCourse Create(string name, int seed = 7)
    {
        var root = Path.Combine(Repository.Folders.Artifacts, "tests", "fixture-courses", name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        foreach (var folder in new[] { ".config", ".course", "notebooks" }) Directory.CreateDirectory(Path.Combine(root, folder));
        foreach (var file in new[] { CourseFolders.RootMarker, "global.json", DotnetRepl.ToolManifest })
            File.Copy(Path.Combine(Repository.Folders.Root, file), Path.Combine(root, file));
        File.WriteAllText(Path.Combine(root, ".course", "progress.json"), LearnerProgress);

        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Fixture(LessonName + ".ipynb")))!;
        var setup = SharedSetup().Replace("\"../src/MLCourse/bin/MLCourse.dll\"",
            $"\"{Path.Combine(Repository.Folders.Root, "src", "MLCourse", "bin", "MLCourse.dll")}\"");
        var cells = notebook["cells"]!.AsArray();
        cells[1]!["source"] = setup;
        cells[2]!["source"] = ExecutedNotebook.Text(cells[2]!["source"]).Replace("var seed = 7;", $"var seed = {seed};");
        var lesson = Path.Combine(root, "notebooks", LessonName + ".ipynb");
        File.WriteAllText(lesson, notebook.ToJsonString());
        return new FixtureCourse(new CourseFolders(root), new Lesson(lesson));
    }

    /// <summary>What the fixture publishes with <paramref name="seed"/>, computed here in the test process, formatted as published.</summary>
    public static double SampleMean(int seed)
    {
        var random = new Random(seed);
        return double.Parse(LessonResults.Format(Enumerable.Range(0, 1000).Average(_ => random.NextDouble())), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Pins the fixture's result at <paramref name="value"/>.</summary>
    public void Expect(double value) =>
        new ExpectedResults(LessonName, [new ExpectedResult("sample_mean", value, 0, null)]).Save(Path.Combine(Folders.Root, "tests", "expected-results"));

    private static string SharedSetup()
    {
        var lesson = JsonNode.Parse(File.ReadAllText(Repository.Lessons[0].Path))!;
        return ExecutedNotebook.Text(lesson["cells"]!.AsArray().First(c => (string?)c!["cell_type"] == "code")!["source"]);
    }
}
