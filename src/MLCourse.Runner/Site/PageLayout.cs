
namespace MLCourse.Runner.Site;

/// <summary>The frame every page of the site shares: head, the course's bar, the body, previous / next links, footer.</summary>
public static class PageLayout
{
    public static string Render(string title, string body, bool hasCharts, PageLink? previous = null, PageLink? next = null, string? footnote = null)
    {
        var scripts = hasCharts
            ? $"""
              <script src="{SiteAssets.PlotlyScript}"></script>
              <script src="{SiteAssets.ChartLoader}"></script>
              """
            : "";
        var pager = previous is null && next is null ? "" : $"""
            <nav class="pager">
            <span>{Link(previous, "← ")}</span><a href="index.html">All lessons</a><span>{Link(next, "", " →")}</span>
            </nav>
            """;
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} · {Course.Title}</title>
            <link rel="stylesheet" href="{SiteAssets.StyleSheet}">
            {scripts}
            </head>
            <body>
            <header class="site"><div class="bar"><a class="home" href="index.html">{Course.Title}</a>{Link(previous, "← ")}{Link(next, "", " →")}</div></header>
            <main>
            {body}
            </main>
            {pager}
            <footer class="site"><div class="bar">{footnote ?? ""}</div></footer>
            </body>
            </html>

            """;
    }

    private static string Link(PageLink? link, string before, string after = "") =>
        link is null ? "" : $"<a href=\"{Html.Encode(link.Href)}\">{before}{Html.Encode(link.Text)}{after}</a>";
}
