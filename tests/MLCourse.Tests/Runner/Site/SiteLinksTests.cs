using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class SiteLinksTests
{
    private static readonly string Site = Path.Combine(Repository.Folders.Artifacts, "site");

    [Theory]
    [InlineData("04-train-models.ipynb", "04-train-models.html")]
    [InlineData("04-train-models.ipynb#exercises", "04-train-models.html#exercises")]
    [InlineData("#summary", "#summary")]
    [InlineData("", "")]
    [InlineData("https://learn.microsoft.com/dotnet/machine-learning/", "https://learn.microsoft.com/dotnet/machine-learning/")]
    [InlineData("../README.md", "../../README.md")]
    [InlineData("../data/README.md#penguins", "../../data/README.md#penguins")]
    [InlineData("../data/my%20file.csv?raw=1", "../../data/my%20file.csv?raw=1")]
    [InlineData("05-evaluate-optimize.ipynb", "../../notebooks/05-evaluate-optimize.ipynb")]   // not on this site: the file
    public void Lesson_links_go_to_pages_or_to_the_checkout(string link, string expected)
    {
        var links = new SiteLinks(Repository.Folders, Site, null, new HashSet<string> { "04-train-models" });

        Assert.Equal(expected, links.FromNotebook(link));
    }

    [Fact]
    public void With_a_repository_address_files_link_to_github()
    {
        var links = new SiteLinks(Repository.Folders, Site, "https://github.com/someone/ml-csharp/", new HashSet<string>());

        Assert.Equal("https://github.com/someone/ml-csharp/blob/main/README.md", links.FromNotebook("../README.md"));
        Assert.Equal("https://github.com/someone/ml-csharp/blob/main/notebooks/00-welcome.ipynb", links.RepositoryFile("notebooks/00-welcome.ipynb"));
    }

    [Fact]
    public void A_lesson_s_page_is_named_after_it()
    {
        Assert.Equal("03-explore-visualize.html", SiteLinks.PageOf("03-explore-visualize"));
    }
}
