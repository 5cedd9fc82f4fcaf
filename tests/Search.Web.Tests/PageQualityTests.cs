using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.Web.Tests;

/// <summary>
/// Every kind of page, as the browser sees it, with page script on and off: accessible by axe-core's rules and
/// by keyboard, attribute values escaped exactly once, and nothing the content security policy refuses.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PageQualityTests(RunningApp app)
{
    /// <summary>Each page type, and an element that shows its content has arrived.</summary>
    public static readonly TheoryData<string, string, string> PageTypes = new()
    {
        { "search with results", "/?q=Cartagena%20Action%20Plan", "ol.hits" },
        { "no results", "/?q=zzyzxqwv", ".results h1" },
        { "a resolution", "/resolutions/A/RES/68/30?lang=en", "#op3" },
        { "the parallel view", "/resolutions/A/RES/68/30?view=parallel", "table.parallel" },
        { "similar clauses", "/similar?id=A/RES/68/30:en:op2", "ol.hits" },
        { "compare", "/compare?after=A/RES/68/30&lang=en", "table.comparison" },
        { "an unknown resolution", "/resolutions/A/RES/99/99", "[role=alert]" },
    };

    public static IEnumerable<TheoryDataRow<string, string, string, bool>> PageTypesBothWays() =>
        PageTypes.SelectMany(row => new[] { true, false }.Select(script =>
            new TheoryDataRow<string, string, string, bool>(row.Data.Item1, row.Data.Item2, row.Data.Item3, script)));

    [Theory]
    [MemberData(nameof(PageTypesBothWays))]
    public async Task Has_no_serious_or_critical_accessibility_violation(string kind, string path, string ready, bool script)
    {
        await using var browser = await BrowserSession.Open(script);
        await browser.Go(app.BaseUrl + path);
        await Expect(browser.Page.Locator(ready).First).ToBeVisibleAsync();

        var result = await browser.Page.RunAxe();
        var grave = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(grave.Count == 0, $"{kind} ({path}):\n" + string.Join("\n", grave));
        Assert.NotEmpty(result.Passes); // axe did run over the page
    }

    /// <summary>Text that would show an entity to the reader, or a link parameter named after one (amp;lang).</summary>
    const string FindDoubleEscaping = """
        () => {
            const entity = /&(amp|quot|lt|gt|apos|#\d+|#x[0-9a-f]+);/i;
            const faults = [];
            for (const element of document.querySelectorAll('*'))
                for (const attribute of element.attributes)
                    if (entity.test(attribute.value)) faults.push(`${element.tagName}@${attribute.name}=${attribute.value}`);
            for (const link of document.querySelectorAll('a[href]'))
                for (const key of new URL(link.href).searchParams.keys())
                    if (key.startsWith('amp;') || entity.test(key)) faults.push(`A@href parameter ${key} in ${link.href}`);
            return faults;
        }
        """;

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Attribute_values_reach_the_browser_escaped_once(string kind, string path, string ready)
    {
        await using var browser = await BrowserSession.Open();
        await browser.Go(app.BaseUrl + path);
        await Expect(browser.Page.Locator(ready).First).ToBeVisibleAsync();
        var faults = await browser.Page.EvaluateAsync<string[]>(FindDoubleEscaping);
        Assert.True(faults.Length == 0, $"{kind} ({path}):\n" + string.Join("\n", faults));
    }

    [Fact]
    public async Task The_placeholder_and_the_compare_links_say_what_they_mean()
    {
        await using var browser = await BrowserSession.Open();
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/resolutions/A/RES/68/30?lang=fr");
        await Expect(page.Locator("#compare-link")).ToBeVisibleAsync();
        var compare = new Uri(await page.EvaluateAsync<string>("document.querySelector('#compare-link').href"));
        var parameters = System.Web.HttpUtility.ParseQueryString(compare.Query);
        Assert.Equal("fr", parameters["lang"]);
        Assert.Equal("A/RES/68/30", parameters["after"]);
        Assert.Equal(["after", "lang"], parameters.AllKeys.Order());

        await browser.Go(app.BaseUrl + "/similar?id=A/RES/68/30:en:op2");
        await Expect(page.Locator("ol.hits a.similar").First).ToBeVisibleAsync();
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('ol.hits a.similar')].map(a => a.href)");
        Assert.All(links, link =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
            Assert.Equal(["after", "before", "lang"], query.AllKeys.Order());
            Assert.Equal("en", query["lang"]);
        });

        await browser.Go(app.BaseUrl + "/");
        await Expect(page.Locator("#q")).ToHaveAttributeAsync("placeholder", "e.g. \"Cartagena Action Plan\" or ratif* year:2013");
    }

    [Fact]
    public async Task The_pages_need_nothing_the_content_security_policy_refuses()
    {
        await using var browser = await BrowserSession.Open();
        var page = browser.Page;
        foreach (var (_, path, ready) in PageTypes.Select(r => r.Data))
        {
            await browser.Go(app.BaseUrl + path);
            await Expect(page.Locator(ready).First).ToBeVisibleAsync();
        }
        // Enhanced navigation and suggestions fetch from the app: they must be allowed too.
        await browser.Go(app.BaseUrl + "/?q=Cartagena");
        await page.ClickAsync("a[data-facet=year][data-value='2013']");
        await browser.Navigated(url => url.Contains("year=2013"));
        await Expect(page.Locator("a[data-facet=year][data-value='2013']")).ToHaveAttributeAsync("aria-current", "true");
        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressSequentiallyAsync("Carta");
        await Expect(page.Locator("#q-suggestions [role=option]").First).ToBeVisibleAsync();
        var refused = browser.Console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Facets_and_results_are_reached_and_followed_with_the_keyboard(bool script)
    {
        await using var browser = await BrowserSession.Open(script);
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/?q=Cartagena%20Action%20Plan");
        await Expect(page.Locator("ol.hits")).ToBeVisibleAsync();

        // The first Tab reaches the skip link, which leads past the masthead.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        await TabUntil(page, "a[data-facet=year][data-value='2013']");
        await page.Keyboard.PressAsync("Enter");
        await browser.Navigated(url => url.Contains("year=2013"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("4 paragraphs");

        await page.Locator("#q").FocusAsync();
        await TabUntil(page, "ol.hits a.symbol");
        var target = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await browser.Navigated(url => url.Contains("/resolutions/"));
        Assert.EndsWith(target, page.Url);
        await Expect(page.Locator("article.resolution")).ToBeVisibleAsync();
    }

    /// <summary>Presses Tab until the focused element matches, as a keyboard user would; fails after 80 presses.</summary>
    static async Task TabUntil(IPage page, string selector)
    {
        for (int i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }
        Assert.Fail($"Tab never reached {selector}");
    }
}
