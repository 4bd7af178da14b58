using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(MLCourse.Tests.Support.SiteInspector))]

namespace MLCourse.Tests.Support;

/// <summary>
/// Opens the website's pages from the file system in headless Chromium (Debian's chromium, driven by Playwright) with
/// the network blocked, and lists what is wrong: a chart the runner counted that is not drawn (no plotly SVG, or an
/// empty one), a JavaScript error in the console, a request that left the file system, a link that leads nowhere.
/// Every problem names the page (the lesson) and, for a chart, its number, title and cell. One browser serves the whole
/// test run (an xunit assembly fixture); it starts when a test first asks for it.
/// </summary>
public sealed class SiteInspector : IAsyncDisposable
{
    /// <summary>Where Chromium is looked for: <c>MLCOURSE_CHROMIUM</c>, then the usual Linux paths.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The browser, started on first use.</summary>
    private async Task<IBrowser> BrowserAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (browser is not null) return browser;
            var chromium = Environment.GetEnvironmentVariable("MLCOURSE_CHROMIUM") is { Length: > 0 } configured
                ? configured
                : Candidates.FirstOrDefault(File.Exists)
                  ?? throw new InvalidOperationException(
                      $"No Chromium found (looked for {string.Join(", ", Candidates)}). The website's browser test needs one: " +
                      "on Debian or Ubuntu 'apt-get install chromium' (.ci/run does it), or set MLCOURSE_CHROMIUM to a Chromium or Chrome executable.");
            playwright = await Playwright.CreateAsync();
            return browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                // --no-sandbox: Chromium refuses to run as root with its sandbox (CI runs as root). The rest keep it from calling home.
                Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Checks every page of the site: each lesson page must hold and draw the charts <paramref name="charts"/> counts for it.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string siteFolder, IReadOnlyDictionary<string, int> charts)
    {
        var problems = new List<string>();
        problems.AddRange(await CheckPageAsync(Path.Combine(siteFolder, "index.html"), "index", 0));
        foreach (var (lesson, count) in charts)
            problems.AddRange(await CheckPageAsync(Path.Combine(siteFolder, lesson + ".html"), lesson, count));
        return problems;
    }

    /// <summary>
    /// Checks one page: <paramref name="expectedCharts"/> charts drawn, no errors, no requests off the file system, no broken
    /// links. A chart is an element matching <paramref name="chartSelector"/>: the site's and the tests' pages mark each
    /// output that holds one; a program's chart page holds one chart in its body.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckPageAsync(string file, string name, int expectedCharts, string chartSelector = ".output.chart")
    {
        var problems = new List<string>();
        if (!File.Exists(file)) return [$"{name}: the page {Path.GetFileName(file)} is missing."];

        await using var context = await (await BrowserAsync()).NewContextAsync();
        await BlockNetworkAsync(context, problems, name);
        var page = await context.NewPageAsync();
        var failed = new TaskCompletionSource();   // a script failed: some chart will never be drawn, so stop waiting
        page.Console += (_, message) => { if (message.Type == "error") { lock (problems) problems.Add($"{name}: console error: {message.Text}"); failed.TrySetResult(); } };
        page.PageError += (_, error) => { lock (problems) problems.Add($"{name}: JavaScript error: {error}"); failed.TrySetResult(); };
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        const string chartsDrawn = "selector => [...document.querySelectorAll(selector)].every(c => c.querySelector('svg.main-svg'))";
        var drawn = page.WaitForFunctionAsync(chartsDrawn, chartSelector, new PageWaitForFunctionOptions { Timeout = 20_000 });
        _ = drawn.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);   // a timeout: which charts were not drawn is reported below
        await Task.WhenAny(drawn, failed.Task);

        var found = await page.EvaluateAsync<ChartState[]>("""
            selector => [...document.querySelectorAll(selector)].map(c => {
                const plot = c.querySelector('.js-plotly-plot');
                const svg = c.querySelector('svg.main-svg');
                const box = svg ? svg.getBoundingClientRect() : null;
                return {
                    number: +(c.dataset.chart || 1), cell: +(c.dataset.cell || 0), name: c.dataset.name || '',
                    svg: !!svg, width: box ? box.width : 0, height: box ? box.height : 0,
                    marks: svg ? svg.querySelectorAll('*').length : 0,
                    traces: plot && plot._fullData ? plot._fullData.length : 0,
                };
            })
            """, chartSelector);
        if (found.Length != expectedCharts)
            problems.Add($"{name}: the runner counted {expectedCharts} charts in the executed notebook, but the page holds {found.Length}.");
        foreach (var chart in found)
        {
            var which = $"{name}: chart {chart.Number} {chart.Name} (cell {chart.Cell})";
            if (!chart.Svg) problems.Add($"{which} was not drawn: no plotly SVG in its output.");
            else if (chart.Width < 1 || chart.Height < 1 || chart.Marks < 5) problems.Add($"{which} is an empty SVG ({chart.Width:0} × {chart.Height:0} px, {chart.Marks} elements).");
            else if (chart.Traces == 0) problems.Add($"{which} was drawn with no data: its figure has no traces plotly could read.");
        }

        var links = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => e.getAttribute('href') ?? e.getAttribute('src'))");
        problems.AddRange(links.Distinct().Select(link => BrokenLink(file, link)).OfType<string>().Select(p => $"{name}: {p}"));
        return problems;
    }

    /// <summary>Lets the page read files only; every other request is aborted and, when <paramref name="problems"/> is given, counted as a failure.</summary>
    private static Task BlockNetworkAsync(IBrowserContext context, List<string> problems, string name = "") =>
        context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            lock (problems) problems.Add($"{name}: tried to load {url} (the network is blocked: the site must work offline).");
            await route.AbortAsync();
        });

    /// <summary>Null when a relative link leads to a file of the site (or the checkout) and, with a #fragment, to an element with that id.</summary>
    private static string? BrokenLink(string page, string link)
    {
        if (link.Length == 0 || Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto" or "data")
            return null;
        var cut = link.IndexOf('#');
        var (path, fragment) = cut < 0 ? (link, "") : (link[..cut], link[(cut + 1)..]);
        var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (!File.Exists(target)) return $"the link '{link}' leads nowhere: there is no {target}.";
        if (fragment.Length > 0 && !File.ReadAllText(target).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
            return $"the link '{link}' points at #{fragment}, but {Path.GetFileName(target)} has no element with that id.";
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>What the page says about one chart (Playwright fills it from the page's JSON: settable properties).</summary>
    private sealed class ChartState
    {
        public int Number { get; set; }
        public int Cell { get; set; }
        public string Name { get; set; } = "";
        public bool Svg { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public int Marks { get; set; }
        public int Traces { get; set; }
    }
}
