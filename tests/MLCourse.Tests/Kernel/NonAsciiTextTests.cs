using System.Text;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// Every character a lesson's cells hold that is not ASCII (…, →, é, ✔, box-drawing lines) survives into the executed
/// notebook, the app and the website, unchanged and never as U+FFFD. (dotnet-repl reads a notebook in 4,096-byte blocks and
/// once turned lesson 01's "…", whose bytes straddled two blocks, into three U+FFFD; the website showed "Npgsql���".)
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class NonAsciiTextTests(LessonRuns runs)
{
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public async Task Every_non_ASCII_character_of_the_lesson_survives_into_the_executed_notebook_the_app_and_the_website(string name)
    {
        var lesson = Repository.LessonNamed(name);
        var report = await runs.Notebook(name);
        Assert.True(report.Executed is not null, report.Describe());

        var json = File.ReadAllText(report.Executed!);
        var executed = System.Text.Json.Nodes.JsonNode.Parse(json)!["cells"]!.AsArray();
        var changed = lesson.Cells.Where(c => NonAscii(CellText.Of(executed[c.Number - 1]!["source"])) != NonAscii(c.Source)).Select(c => c.Number).ToList();
        Assert.True(changed.Count == 0, $"{name}: the executed notebook changed the non-ASCII text of cell(s) {string.Join(", ", changed)}.");
        Assert.DoesNotContain('\uFFFD', json);

        var app = AppFiles.Export(lesson, Repository.Folders).Text;
        var page = new SiteBuilder(Repository.Folders).Build([new SiteLesson(lesson, report)], Repository.TestFolder(Path.Combine("non-ascii", name))).Folder;
        var html = File.ReadAllText(Path.Combine(page, SiteLinks.PageOf(name)));
        foreach (var (where, text) in new[] { ("the app", app), ("the website", System.Net.WebUtility.HtmlDecode(html)) })
        {
            var missing = Counts(string.Concat(lesson.Cells.Select(c => c.Source)))
                .Where(c => Counts(text).GetValueOrDefault(c.Key) < c.Value)
                .Select(c => $"'{c.Key}' ({c.Value} in the lesson, {Counts(text).GetValueOrDefault(c.Key)} in {where})").ToList();
            Assert.True(missing.Count == 0, $"{name}: {where} lost characters: {string.Join(", ", missing)}");
            Assert.DoesNotContain('\uFFFD', text);
        }
    }

    /// <summary>The non-ASCII characters of <paramref name="text"/>, in order.</summary>
    private static string NonAscii(string text) => string.Concat(text.EnumerateRunes().Where(r => r.Value > 127).Select(r => r.ToString()));

    private static Dictionary<string, int> Counts(string text) =>
        text.EnumerateRunes().Where(r => r.Value > 127).GroupBy(r => r.ToString()).ToDictionary(g => g.Key, g => g.Count());
}
