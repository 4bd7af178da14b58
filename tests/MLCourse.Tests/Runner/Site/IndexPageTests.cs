using MLCourse.Runner.Engine;
using MLCourse.Runner.Reports;
using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class IndexPageTests
{
    private static IndexEntry Entry(string lesson, string title, bool passed = true) => new(lesson[..2], title, "learn things & more",
        new LessonReport(lesson, Executor.Notebook, false, 3, [], 0, TimeSpan.FromSeconds(12.6), [new("accuracy", "0.98", false), new("fit_s", "1.5", true)], [],
            passed ? [] : ["a problem"], $"{lesson}.ipynb"));

    [Fact]
    public void Lists_part_one_then_part_two_with_a_row_per_lesson()
    {
        var html = IndexPage.Body([Entry("00-welcome", "00 · Welcome"), Entry("10-text-classification", "10 · Text classification")], "../README.md");

        Assert.True(html.IndexOf("<h2>Part one: the classic path</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>Part two: beyond tables</h2>", StringComparison.Ordinal));
        Assert.Contains("<tr><td>00</td><td><a href=\"00-welcome.html\">Welcome</a></td><td>learn things &amp; more</td><td class=\"passed\">passed</td><td>13</td>" +
                        "<td class=\"results\">accuracy=0.98, fit_s≈1.5</td></tr>", html);
        Assert.Contains("<a href=\"10-text-classification.html\">Text classification</a>", html);
        Assert.Contains("<a href=\"../README.md\">its repository</a>", html);
    }

    [Fact]
    public void A_title_that_does_not_start_with_the_number_is_kept_and_a_failed_lesson_says_so()
    {
        var html = IndexPage.Body([Entry("03-explore-visualize", "Explore and visualize", passed: false)], "../README.md");

        Assert.Contains("<a href=\"03-explore-visualize.html\">Explore and visualize</a>", html);
        Assert.Contains("<td class=\"passed\">FAILED</td>", html);
        Assert.DoesNotContain("Part two", html);
    }
}
