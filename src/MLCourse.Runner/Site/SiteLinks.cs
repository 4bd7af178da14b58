namespace MLCourse.Runner.Site;

/// <summary>
/// Where a link on the website goes. A lesson's link to another lesson notebook goes to that lesson's page; a link to
/// any other file of the repository goes to the file on GitHub when the repository's address is known (the Pages
/// workflow knows it), and otherwise to the file in this checkout, so a site built locally works from the file system.
/// </summary>
public sealed class SiteLinks(CourseFolders folders, string siteFolder, string? repositoryUrl, IReadOnlySet<string> lessonPages)
{
    /// <summary>The page of a lesson, e.g. <c>03-explore-visualize.html</c>.</summary>
    public static string PageOf(string lesson) => lesson + ".html";

    /// <summary>A link as written in a lesson's Markdown, which is relative to <c>notebooks/</c>, as a link from a page of the site.</summary>
    public string FromNotebook(string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || Uri.TryCreate(url, UriKind.Absolute, out _)) return url;
        var cut = url.IndexOfAny(['#', '?']);
        var (path, rest) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var name = Path.GetFileNameWithoutExtension(path);
        if (!path.Contains('/') && path.EndsWith(".ipynb", StringComparison.Ordinal) && lessonPages.Contains(name))
            return PageOf(name) + rest;
        var file = Path.GetFullPath(Path.Combine(folders.Notebooks, Uri.UnescapeDataString(path)));
        return RepositoryFile(Path.GetRelativePath(folders.Root, file)) + rest;
    }

    /// <summary>A file of the repository, given by its path from the repository root.</summary>
    public string RepositoryFile(string path)
    {
        var relative = path.Replace('\\', '/');
        if (repositoryUrl is not null) return $"{repositoryUrl.TrimEnd('/')}/blob/main/{relative}";
        var local = Path.GetRelativePath(siteFolder, Path.Combine(folders.Root, relative)).Replace('\\', '/');
        return string.Join('/', local.Split('/').Select(Uri.EscapeDataString));
    }
}
