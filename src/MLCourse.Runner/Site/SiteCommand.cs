using System.Globalization;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;
using MLCourse.Runner.Reports;

namespace MLCourse.Runner.Site;

/// <summary>The runner's <c>--site</c>: builds the website from a run's reports and says where it is, or why there is none.</summary>
public static class SiteCommand
{
    /// <summary>Builds <c>artifacts/site/</c> from the lessons a run just ran; returns 0, or 1 when the run cannot be published (the reason is printed).</summary>
    public static int Build(CourseFolders folders, IReadOnlyList<SiteLesson> lessons)
    {
        // In GitHub Actions, links to the repository's files go to GitHub; elsewhere to the files of this checkout.
        var server = Environment.GetEnvironmentVariable("GITHUB_SERVER_URL");
        var repository = Environment.GetEnvironmentVariable("GITHUB_REPOSITORY");
        var builder = new SiteBuilder(folders, server is { Length: > 0 } && repository is { Length: > 0 } ? $"{server}/{repository}" : null);
        try
        {
            var site = builder.Build(lessons, builder.DefaultFolder);
            Console.WriteLine(
                $"Website: {Path.Combine(site.Folder, "index.html")}: {site.Lessons.Count} lesson pages, {site.Charts} charts, " +
                $"{(site.Bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture)} MB, built in {site.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
            return ExitCodes.Passed;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.LessonsFailed;
        }
    }

    /// <summary><c>--site --no-run</c>: builds the site from the last run's <c>artifacts/report.json</c>, matching its reports to <paramref name="lessons"/>.</summary>
    public static int FromLastRun(CourseFolders folders, IReadOnlyList<Lesson> lessons)
    {
        try
        {
            var reports = RunReport.Read(Path.Combine(folders.Artifacts, RunReport.FileName)).Lessons;
            var missing = reports.Where(r => lessons.All(l => l.Name != r.Lesson)).Select(r => r.Lesson).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"The run report names lessons that are not in notebooks/: {string.Join(", ", missing)}. Run the lessons again.");
            return Build(folders, reports.Select(r => new SiteLesson(lessons.Single(l => l.Name == r.Lesson), r)).ToList());
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.LessonsFailed;
        }
    }
}
