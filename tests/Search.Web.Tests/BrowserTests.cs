using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.Web.Tests;

/// <summary>
/// The pages in a real browser, each test run with page script on (enhanced navigation: content is fetched and
/// patched in) and off (plain links and forms): the pages must behave the same either way.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BrowserTests(RunningApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_facets_resolution_page_and_back_button(bool script)
    {
        await using var browser = await BrowserSession.Open(script);
        var page = browser.Page;

        await browser.Go(app.BaseUrl + "/");
        await page.FillAsync("#q", "Cartagena Action Plan");
        await page.ClickAsync("button[type=submit]");
        await browser.Navigated(url => url.Contains("q=Cartagena"));
        var results = page.Locator(".results");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("8 paragraphs");
        await Expect(results).ToContainTextAsync("Cartagena Action Plan");
        await Expect(results).ToContainTextAsync("Plan d'action de Carthagène");
        await Expect(results).ToContainTextAsync("Картахенского плана действий");
        Assert.True(await page.Locator(".hit mark", new() { HasText = "Cartagena Action Plan" }).CountAsync() > 0);
        await browser.Shot("1-search");
        var firstUrl = page.Url;

        // Tick the 2013 year facet: the URL and the counts change.
        await page.ClickAsync("a[data-facet=year][data-value='2013']");
        await browser.Navigated(url => url.Contains("year=2013"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("4 paragraphs");
        await Expect(page.Locator("a[data-facet=year][data-value='2013']")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("a[data-facet=year][data-value='2012'] .n")).ToContainTextAsync("4"); // the other year still counted
        await browser.Shot("2-year-facet");

        // Back to the previous results with the browser's back button.
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        await browser.Navigated(url => url == firstUrl);
        await Expect(page.Locator("#result-count")).ToContainTextAsync("8 paragraphs");

        // Open a resolution at its operative paragraph 3, then the parallel view.
        await page.ClickAsync("a.symbol[href$='#op3']");
        await browser.Navigated(url => url.Contains("/resolutions/") && url.EndsWith("#op3"));
        await Expect(page.Locator("#op3")).ToBeVisibleAsync();
        await Expect(page.Locator("#op3")).ToContainTextAsync("Cartagena Action Plan");
        await browser.Shot("3-resolution");
        await page.ClickAsync("#parallel-link");
        await browser.Navigated(url => url.Contains("view=parallel"));
        var row = page.Locator("tr#op3");
        await Expect(row).ToContainTextAsync("Stresses");
        var text = await row.InnerTextAsync();
        Assert.True(text.Contains("Souligne") || text.Contains("подчеркивает"));
        await browser.Shot("4-parallel");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task From_a_resolution_to_similar_clauses_and_what_changed(bool script)
    {
        await using var browser = await BrowserSession.Open(script);
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/resolutions/A/RES/68/30?lang=en");
        await page.ClickAsync("#op2 a.similar");
        await browser.Navigated(url => url.Contains("/similar?id="));
        await Expect(page.Locator("ol.hits li:first-child header")).ToContainTextAsync("A/RES/67/32");
        await browser.Shot("7-similar");
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        await browser.Navigated(url => url.Contains("/resolutions/"));
        await page.ClickAsync("#compare-link");
        await browser.Navigated(url => url.Contains("/compare?"));
        await Expect(page.Locator("tr#op2")).ToContainTextAsync("changed");
        await Expect(page.Locator("tr#op2 del").First).ToHaveTextAsync("all States");
        await Expect(page.Locator("tr#op2 ins").First).ToHaveTextAsync("the one remaining State");
        await Expect(page.Locator("tr#op3")).ToContainTextAsync("unchanged");
        await browser.Shot("8-compare");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_script_in_the_query_is_shown_as_text(bool script)
    {
        await using var browser = await BrowserSession.Open(script);
        var page = browser.Page;
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; d.DismissAsync(); };

        await browser.Go(app.BaseUrl + "/");
        await page.FillAsync("#q", "<script>alert(1)</script>");
        await page.ClickAsync("button[type=submit]");
        await browser.Navigated(url => url.Contains("q="));
        await Expect(page.Locator("#result-count")).ToBeVisibleAsync();
        await Expect(page.Locator("#q")).ToHaveValueAsync("<script>alert(1)</script>");
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.False(dialog);
        await browser.Shot("5-script-as-text");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Works_at_a_phone_width_with_cyrillic(bool script)
    {
        await using var browser = await BrowserSession.Open(script, width: 375, height: 800);
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/?q=" + Uri.EscapeDataString("Картахенский план") + "&lang=ru");
        await Expect(page.Locator(".results")).ToContainTextAsync("Картахенск");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"page is {width}px wide at a 375px viewport");
        await browser.Shot("6-phone");
    }
}
