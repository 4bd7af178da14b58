namespace MLCourse.Runner.Site;

/// <summary>What a build wrote: the folder, each lesson's page with its charts, the size on disk and the time taken.</summary>
public sealed record SiteBuild(string Folder, IReadOnlyList<RenderedLesson> Lessons, long Bytes, TimeSpan Elapsed)
{
    public int Charts => Lessons.Sum(l => l.Charts.Count);
}
