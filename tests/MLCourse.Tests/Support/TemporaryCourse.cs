using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;
using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Support;

/// <summary>
/// A course folder of its own under <c>artifacts/tests/courses/</c>, for tests that must not touch the real course:
/// <c>course.sln</c>, <c>global.json</c>, the tool manifest (unless left out), a learner's <c>.course/progress.json</c>,
/// and the lessons a test adds. It lies inside the repository, so the course's Directory.Build.props and
/// Directory.Packages.props apply to its apps.
/// </summary>
internal sealed class TemporaryCourse
{
    /// <summary>What the learner had in their progress file before any run.</summary>
    public const string LearnerProgress = """{ "01.1": { "Last": "Incorrect", "Solved": false, "When": "2026-01-02T03:04:05Z" } }""";

    public CourseFolders Folders { get; }

    public string ProgressFile => Path.Combine(Folders.Root, ".course", "progress.json");

    private TemporaryCourse(string root) => Folders = new CourseFolders(root);

    public static TemporaryCourse Create(string name, bool withToolManifest = true)
    {
        var root = Repository.TestFolder(Path.Combine("courses", name));
        foreach (var folder in new[] { ".config", ".course", "notebooks" }) Directory.CreateDirectory(Path.Combine(root, folder));
        var files = withToolManifest ? [CourseFolders.RootMarker, "global.json", CourseTools.Manifest] : new[] { CourseFolders.RootMarker, "global.json" };
        foreach (var file in files) File.Copy(Path.Combine(Repository.Folders.Root, file), Path.Combine(root, file));
        File.WriteAllText(Path.Combine(root, ".course", "progress.json"), LearnerProgress);
        return new TemporaryCourse(root);
    }

    /// <summary>The course's shared setup cell (every lesson's first code cell), with the helper library at its absolute path.</summary>
    public static string SetupCell() =>
        Repository.Lessons[0].CodeCells.First().Source.Replace("\"../src/MLCourse/bin/MLCourse.dll\"",
            $"\"{Path.Combine(Repository.Folders.Root, "src", "MLCourse", "bin", "MLCourse.dll")}\"");

    /// <summary>Writes <paramref name="notebook"/> as <c>notebooks/NAME.ipynb</c> and reads it as a lesson.</summary>
    public Lesson Add(string name, JsonNode notebook) =>
        Lesson.Load(NotebookJson.Write(notebook, Path.Combine(Folders.Notebooks, name + ".ipynb")));

    /// <summary>The lesson <c>Fixtures/90-pinned-results.ipynb</c> (one published result drawn with <paramref name="seed"/>, one real exercise), with the setup cell in place.</summary>
    public Lesson AddPinnedResultsLesson(int seed = 7)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Repository.Fixture(PinnedResults + ".ipynb")))!;
        var cells = notebook["cells"]!.AsArray();
        cells[1]!["source"] = SetupCell();
        cells[2]!["source"] = CellText.Of(cells[2]!["source"]).Replace("var seed = 7;", $"var seed = {seed};");
        return Add(PinnedResults, notebook);
    }

    public const string PinnedResults = "90-pinned-results";

    /// <summary>What the pinned-results lesson publishes with <paramref name="seed"/>, computed here, formatted as published.</summary>
    public static double SampleMean(int seed)
    {
        var random = new Random(seed);
        return double.Parse(LessonResults.Format(Enumerable.Range(0, 1000).Average(_ => random.NextDouble())), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Pins <paramref name="lesson"/>'s results.</summary>
    public void Expect(string lesson, params ExpectedResult[] results) =>
        new ExpectedResults(lesson, results).Save(ExpectedResults.FolderOf(Folders));

    public LessonEngine Engine(TimeSpan? timeout = null, LibTorchSettings? libTorch = null) => new(Folders, timeout ?? LessonRuns.Timeout, libTorch);
}
