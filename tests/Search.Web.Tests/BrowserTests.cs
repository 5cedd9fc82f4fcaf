using Microsoft.Playwright;

namespace Search.Web.Tests;

/// <summary>
/// The pages in a real browser: Debian's Chromium driven by Playwright. Skipped, with a message, where no
/// Chromium is installed (.ci/run installs it).
/// </summary>
public class BrowserTests(RunningApp app) : IClassFixture<RunningApp>
{
    const string Chromium = "/usr/bin/chromium";
    static readonly string Screenshots = Path.Combine(TestPaths.RepositoryRoot, "tests", "Search.Web.Tests", "TestResults", "screenshots");

    async Task<(IPlaywright, IBrowser, IPage)> Open()
    {
        if (!File.Exists(Chromium)) Assert.Skip($"no browser at {Chromium} (apt-get install chromium): browser tests skipped");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        return (playwright, browser, page);
    }

    static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        // The style sheet should have arrived for the picture; a missed load event must not fail the test.
        try { await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5000 }); }
        catch (TimeoutException) { }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Waits for the address to change, that is for the new document to be committed; the elements a test reads
    /// are then awaited by the calls that read them. Waiting for the browser's load events as well was flaky on a
    /// loaded machine: now and then the event was never reported although the page had arrived.
    /// </summary>
    static Task Navigated(IPage page, Func<string, bool> url) =>
        page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

    [Fact]
    public async Task Search_facets_resolution_page_and_back_button()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.FillAsync("#q", "Cartagena Action Plan");
        await page.ClickAsync("button[type=submit]");
        await Navigated(page, url => url.Contains("q=Cartagena"));
        var results = await page.InnerTextAsync(".results");
        Assert.Contains("Cartagena Action Plan", results);
        Assert.Contains("Plan d'action de Carthagène", results);
        Assert.Contains("Картахенского плана действий", results);
        Assert.Contains("8 paragraphs", results);
        Assert.Equal(1, await page.Locator(".hit mark", new() { HasText = "Cartagena Action Plan" }).CountAsync() > 0 ? 1 : 0);
        await Shot(page, "1-search");
        var firstUrl = page.Url;

        // Tick the 2013 year facet: the URL and the counts change.
        await page.ClickAsync("a[data-facet=year][data-value='2013']");
        await Navigated(page, url => url.Contains("year=2013"));
        Assert.Contains("4 paragraphs", await page.InnerTextAsync("#result-count"));
        Assert.Equal("true", await page.GetAttributeAsync("a[data-facet=year][data-value='2013']", "aria-current"));
        Assert.Contains("4", await page.InnerTextAsync("a[data-facet=year][data-value='2012'] .n")); // the other year still counted
        await Shot(page, "2-year-facet");

        // Back to the previous results with the browser's back button.
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(firstUrl, page.Url);
        Assert.Contains("8 paragraphs", await page.InnerTextAsync("#result-count"));

        // Open a resolution at its operative paragraph 3, then the parallel view.
        await page.ClickAsync("a.symbol[href$='#op3']");
        await Navigated(page, url => url.Contains("/resolutions/") && url.EndsWith("#op3"));
        Assert.True(await page.Locator("#op3").IsVisibleAsync());
        Assert.Contains("Cartagena Action Plan", await page.InnerTextAsync("#op3"));
        await Shot(page, "3-resolution");
        await page.ClickAsync("#parallel-link");
        await Navigated(page, url => url.Contains("view=parallel"));
        var row = await page.InnerTextAsync("tr#op3");
        Assert.Contains("Stresses", row);
        Assert.True(row.Contains("Souligne") || row.Contains("подчеркивает"));
        await Shot(page, "4-parallel");
    }

    [Fact]
    public async Task From_a_resolution_to_similar_clauses_and_what_changed()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(app.BaseUrl + "/resolutions/A/RES/68/30?lang=en", new() { WaitUntil = WaitUntilState.Commit });
        await page.ClickAsync("#op2 a.similar");
        await Navigated(page, url => url.Contains("/similar?id="));
        Assert.Contains("A/RES/67/32", await page.InnerTextAsync("ol.hits li:first-child header"));
        await Shot(page, "7-similar");
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        await page.ClickAsync("#compare-link");
        await Navigated(page, url => url.Contains("/compare?"));
        var op2 = await page.InnerTextAsync("tr#op2");
        Assert.Contains("changed", op2);
        Assert.Equal("all States", await page.InnerTextAsync("tr#op2 del"));
        Assert.Equal("the one remaining State", await page.InnerTextAsync("tr#op2 ins"));
        Assert.Contains("unchanged", await page.InnerTextAsync("tr#op3"));
        await Shot(page, "8-compare");
    }

    [Fact]
    public async Task A_script_in_the_query_is_shown_as_text()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; d.DismissAsync(); };

        await page.GotoAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.FillAsync("#q", "<script>alert(1)</script>");
        await page.ClickAsync("button[type=submit]");
        await Navigated(page, url => url.Contains("q="));
        Assert.Equal("<script>alert(1)</script>", await page.InputValueAsync("#q"));
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.False(dialog);
        await Shot(page, "5-script-as-text");
    }

    [Fact]
    public async Task Works_at_a_phone_width_with_cyrillic()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync(app.BaseUrl + "/?q=" + Uri.EscapeDataString("Картахенский план") + "&lang=ru", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains("Картахенск", await page.InnerTextAsync(".results"));
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"page is {width}px wide at a 375px viewport");
        await Shot(page, "6-phone");
    }
}
