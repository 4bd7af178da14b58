using MLCourse.Runner.Site;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// Every lesson, as the test run ran it once (<see cref="LessonRuns"/>: as shipped, then with the solutions), rendered into
/// the website (the pages show the lessons as shipped) and opened in headless Chromium with the network blocked: every chart
/// the runner counted is drawn, no console errors, no broken links.
/// </summary>
[Trait("Category", KernelGuard.Category)]
[Trait("Category", "Browser")]
public sealed class CourseSiteTests(LessonRuns runs, SiteInspector inspector)
{
    [Fact]
    public async Task Every_lesson_page_draws_every_chart_offline_with_no_errors_and_no_broken_links()
    {
        var reports = await Task.WhenAll(Repository.Lessons.Select(l => runs.Notebook(l.Name)));
        var lessons = Repository.Lessons.Zip(reports, (lesson, report) => new SiteLesson(lesson, report)).ToList();

        var site = new SiteBuilder(Repository.Folders).Build(lessons, Repository.TestFolder("site"));
        var problems = await inspector.CheckAsync(site.Folder, lessons.ToDictionary(l => l.Report.Lesson, l => l.Report.Charts));

        Assert.True(problems.Count == 0, $"{problems.Count} problems on the website:\n" + string.Join("\n", problems));
        Assert.Equal(lessons.Sum(l => l.Report.Charts), site.Charts);
    }
}
