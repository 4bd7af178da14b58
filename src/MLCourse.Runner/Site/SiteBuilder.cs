using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MLCourse.Charts;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Site;

/// <summary>
/// Builds the course website from a run: <c>index.html</c> (the lesson table) and one page per lesson, rendered from
/// the executed notebook, with the charts drawn by the one copy of plotly.js the site ships (it works from the file
/// system with the network off). Only a run in which every lesson passed is published: otherwise nothing is written
/// and a site from an earlier run is removed, so a stale site is never mistaken for this run's.
/// </summary>
public sealed class SiteBuilder(CourseFolders folders, string? repositoryUrl = null)
{
    /// <summary>Where the runner writes the site.</summary>
    public string DefaultFolder => Path.Combine(folders.Artifacts, "site");

    /// <exception cref="InvalidOperationException">A lesson failed, or has no executed notebook; the message names each one.</exception>
    public SiteBuild Build(IReadOnlyList<SiteLesson> lessons, string folder)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var clock = Stopwatch.StartNew();
        var refused = lessons.Count == 0
            ? ["the run holds no lessons"]
            : lessons.Where(l => !l.Report.Passed || l.Report.Executor != Executor.Notebook || l.Report.Executed is null || !File.Exists(l.Report.Executed))
                .Select(l => !l.Report.Passed ? l.Report.Describe() : l.Report.Executor != Executor.Notebook
                    ? $"{l.Report.Label} ran as an app, which has no executed notebook to show: run the notebooks"
                    : $"{l.Report.Lesson} has no executed notebook")
                .ToList();
        if (refused.Count > 0)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException(
                "The website is built only from a run in which every lesson passed, and this one did not; no site was written.\n" +
                string.Join("\n", refused));
        }

        // Write next to the target, then swap: a build that throws half-way leaves no half-built site behind.
        var partial = folder.TrimEnd('/', '\\') + ".partial";
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        Directory.CreateDirectory(partial);
        var links = new SiteLinks(folders, partial, repositoryUrl, lessons.Select(l => l.Report.Lesson).ToHashSet());
        var outline = File.Exists(Path.Combine(folders.Root, "README.md"))
            ? CourseOutline.Read(File.ReadAllText(Path.Combine(folders.Root, "README.md")))
            : new Dictionary<string, OutlineEntry>();

        var rendered = lessons
            .Select(l => LessonPage.Render(l.Lesson, Load(l.Report.Executed!), links, folders.Root))
            .ToList();
        SiteAssets.Write(partial);
        var footnote = $"Rendered by the course runner from the executed notebooks of one run. Charts: plotly.js {PlotlyJs.Version} " +
                       $"(<a href=\"{SiteAssets.PlotlyScript}.LICENSE.txt\">MIT licence</a>), shipped with these pages; nothing is loaded from the internet.";
        for (var i = 0; i < rendered.Count; i++)
        {
            var (lesson, page) = (lessons[i], rendered[i]);
            var body = RunSummary(lesson, page, links) + page.Html;
            File.WriteAllText(Path.Combine(partial, SiteLinks.PageOf(lesson.Report.Lesson)), PageLayout.Render(
                page.Title, body, page.Charts.Count > 0,
                i > 0 ? new PageLink(SiteLinks.PageOf(rendered[i - 1].Lesson), rendered[i - 1].Title) : null,
                i < rendered.Count - 1 ? new PageLink(SiteLinks.PageOf(rendered[i + 1].Lesson), rendered[i + 1].Title) : null,
                footnote));
        }
        var entries = lessons.Zip(rendered, (l, page) => new IndexEntry(l.Lesson.Number, l.Lesson.Title,
            outline.TryGetValue(l.Lesson.Number, out var row) ? row.Teaches : "", l.Report)).ToList();
        File.WriteAllText(Path.Combine(partial, "index.html"), PageLayout.Render(
            "Lessons", IndexPage.Body(entries, links.RepositoryFile("README.md")), hasCharts: false, footnote: footnote));

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.Move(partial, folder);
        var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new SiteBuild(folder, rendered, bytes, clock.Elapsed);
    }

    /// <summary>The box at the top of a lesson page: when it ran, how long, what it drew and published, and its source.</summary>
    private string RunSummary(SiteLesson lesson, RenderedLesson page, SiteLinks links)
    {
        var report = lesson.Report;
        var results = report.Results.Count == 0 ? "" : $" · results: {Html.Encode(string.Join(", ", report.Results))}";
        var source = links.RepositoryFile(Path.GetRelativePath(folders.Root, lesson.Lesson.Path));
        return $"<div class=\"run\"><b>Executed</b> in the real notebook kernel in {report.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s: " +
               $"{report.CodeCells} code cells, {page.Charts.Count} chart{(page.Charts.Count == 1 ? "" : "s")}, no errors{results}. " +
               $"<a href=\"{Html.Encode(source)}\">The notebook</a> to run it yourself.</div>\n";
    }

    private static JsonNode Load(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"'{path}' is not a notebook.");
}
