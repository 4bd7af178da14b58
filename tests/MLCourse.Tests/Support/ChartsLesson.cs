using System.Text.Json.Nodes;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Support;

/// <summary>
/// The website's fixture lesson, <c>Fixtures/site/98-charts.ipynb</c>: a notebook as the real kernel executed it, with two
/// charts (one Plotly.NET, one XPlot). A test copies it into a folder of its own (changed first, if it asks) and gets it as
/// a lesson to publish: the lesson, and a passed notebook run whose executed notebook is that copy.
/// </summary>
internal static class ChartsLesson
{
    public const string Name = "98-charts";

    /// <summary>The results the run published, as the index and the lesson page show them.</summary>
    public static readonly IReadOnlyList<LessonResult> Results = [new("accuracy", "0.98", false), new("train_s", "1.5", true)];

    /// <summary>The fixture's JSON, with its outputs.</summary>
    public static JsonNode Notebook() => JsonNode.Parse(File.ReadAllText(Repository.Fixture(Path.Combine("site", Name + ".ipynb"))))!;

    /// <summary>
    /// Writes the fixture as <c>FOLDER/NAME.ipynb</c>, its cells changed by <paramref name="change"/>, and returns it with the
    /// report of a run that executed it (passed, or failed with a timeout).
    /// </summary>
    public static SiteLesson In(string folder, string name = Name, Action<JsonArray>? change = null, bool passed = true)
    {
        var notebook = Notebook();
        change?.Invoke(notebook["cells"]!.AsArray());
        var path = NotebookJson.Write(notebook, Path.Combine(folder, name + ".ipynb"));
        var charts = ExecutedNotebook.Read(path).Sum(c => c.Charts);
        return new SiteLesson(Lesson.Load(path), new LessonReport(name, Executor.Notebook, false, 3, [], charts, TimeSpan.FromSeconds(12.4),
            Results, [], passed ? [] : ["timed out after 600 s."], path));
    }
}
