using System.Globalization;
using System.Text;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Site;

/// <summary>
/// The site's front page: the course's lesson table, part one then part two, with what each lesson teaches (the
/// README's words), and from the run: status, seconds, and the lesson's headline results (timings marked ≈).
/// </summary>
public static class IndexPage
{
    public static string Body(IReadOnlyList<IndexEntry> lessons, string repositoryLink)
    {
        var html = new StringBuilder($"""
            <h1>{Course.Title}</h1>
            <p>A self-paced course that teaches practical machine learning in C# and .NET, in notebooks. These pages are the
            lessons <b>as a run of the course executed them</b>: every output, table and chart below was produced by the code
            above it, in the real notebook kernel, and the run passed every check the lessons state. Read a lesson here before
            (or instead of) running it; to run it yourself, get the course from <a href="{Html.Encode(repositoryLink)}">its repository</a>.</p>

            """);
        foreach (var part in lessons.GroupBy(l => CourseOutline.Part(l.Number)))
        {
            html.Append($"""
                <h2>{Html.Encode(part.Key)}</h2>
                <table class="lessons">
                <thead><tr><th>#</th><th>lesson</th><th>you learn to</th><th>status</th><th>seconds</th><th>headline results</th></tr></thead>
                <tbody>

                """);
            foreach (var lesson in part)
            {
                var report = lesson.Report;
                html.Append($"""
                    <tr><td>{lesson.Number}</td><td><a href="{SiteLinks.PageOf(report.Lesson)}">{Html.Encode(WithoutNumber(lesson.Title, lesson.Number))}</a></td><td>{Html.Encode(lesson.Teaches)}</td><td class="passed">{(report.Passed ? "passed" : "FAILED")}</td><td>{report.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)}</td><td class="results">{Html.Encode(string.Join(", ", report.Results))}</td></tr>

                    """);
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("<p>Seconds are the wall-clock time of each lesson in the run that produced these pages, on a shared machine; results marked ≈ are timings, which vary from run to run.</p>\n");
        return html.ToString();
    }

    /// <summary>"03 · Explore and visualize" in the row of lesson 03 reads "Explore and visualize": the number has its own column.</summary>
    private static string WithoutNumber(string title, string number) =>
        title.StartsWith(number, StringComparison.Ordinal) ? title[number.Length..].TrimStart(' ', '·', '-', ':', '.') : title;
}
