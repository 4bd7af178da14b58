using System.Text.Json.Nodes;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// Every character a lesson's cells hold that is not ASCII (…, →, é, ✔, box-drawing lines) survives into the executed
/// notebook, unchanged and never as U+FFFD. (dotnet-repl reads a notebook in 4,096-byte blocks and once turned lesson 01's
/// "…", whose bytes straddled two blocks, into three U+FFFD; the website showed "Npgsql���".) The app and the website,
/// which are made from the lesson model, are checked without a kernel (Runner/Apps/AppFilesTests, Runner/Site/LessonPageTests).
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class NonAsciiTextTests(LessonRuns runs)
{
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Every_non_ASCII_character_of_the_lesson_survives_into_the_executed_notebook_cell_by_cell(string name)
    {
        var lesson = Repository.LessonNamed(name);
        var report = await runs.Notebook(name);
        Assert.True(report.Executed is not null, report.Describe());

        var executed = JsonNode.Parse(File.ReadAllText(report.Executed!))!["cells"]!.AsArray();
        var changed = lesson.Cells.Where(c => NonAsciiOf(CellText.Of(executed[c.Number - 1]!["source"])) != NonAsciiOf(c.Source)).Select(c => c.Number).ToList();

        Assert.True(changed.Count == 0, $"{name}: the executed notebook changed the non-ASCII text of cell(s) {string.Join(", ", changed)}.");
        NonAscii.AssertSurvives(lesson, string.Concat(executed.Take(lesson.Cells.Count).Select(c => CellText.Of(c!["source"]))), "the executed notebook");
    }

    /// <summary>The characters of <paramref name="text"/> that are not ASCII, in order.</summary>
    private static string NonAsciiOf(string text) => string.Concat(text.Where(c => c > 127));
}
