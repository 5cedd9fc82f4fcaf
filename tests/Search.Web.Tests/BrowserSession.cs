using Microsoft.Playwright;

namespace Search.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, with page script on or off (the pages must work both ways). Skips the
/// test, with a message, where no Chromium is installed (.ci/run installs it).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    const string Chromium = "/usr/bin/chromium";
    static readonly string Screenshots = Path.Combine(TestPaths.RepositoryRoot, "tests", "Search.Web.Tests", "TestResults", "screenshots");

    readonly IPlaywright _playwright;
    readonly IBrowser _browser;

    BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, bool script)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Script = script;
    }

    public IPage Page { get; }
    public bool Script { get; }

    /// <summary>Messages the browser wrote to its console, such as a content security policy refusal.</summary>
    public List<string> Console { get; } = [];

    // Retrying assertions wait this long for content to arrive: generous for a loaded 2-core machine.
    static BrowserSession() => Assertions.SetDefaultExpectTimeout(20_000);

    public static async Task<BrowserSession> Open(bool script = true, int width = 1280, int height = 900)
    {
        if (!File.Exists(Chromium)) Assert.Skip($"no browser at {Chromium} (apt-get install chromium): browser tests skipped");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        // "Script off" as a reader without script sees the pages: none of the app's scripts arrive. The browser's
        // own switch for script is not used, as the tests (and axe-core) run script of their own in the page.
        if (!script) await page.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal), route => route.AbortAsync());
        var session = new BrowserSession(playwright, browser, page, script);
        page.Console += (_, message) => { lock (session.Console) session.Console.Add(message.Text); };
        return session;
    }

    /// <summary>Opens a page and returns once its document is committed; callers then wait for what they read.</summary>
    public Task Go(string url) => Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });

    /// <summary>
    /// Waits for the address to change. With script on, enhanced navigation changes the address before the new
    /// content is patched in, so what is read next is awaited by assertions that retry (Assertions.Expect).
    /// </summary>
    public Task Navigated(Func<string, bool> url) =>
        Page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

    public async Task Shot(string name)
    {
        Directory.CreateDirectory(Screenshots);
        // The style sheet should have arrived for the picture; a missed load event must not fail the test.
        try { await Page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5000 }); }
        catch (TimeoutException) { }
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + (Script ? "" : "-noscript") + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
