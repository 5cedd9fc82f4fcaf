using static Microsoft.Playwright.Assertions;

namespace Search.Web.Tests;

/// <summary>
/// Suggestions as you type: a listbox under the search box, used with the keyboard; without script the box is a
/// plain field and the form still searches. With script, following a facet does not reload the document.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SuggestionBrowserTests(RunningApp app)
{
    [Fact]
    public async Task Suggestions_are_chosen_with_the_arrow_keys_and_enter()
    {
        await using var browser = await BrowserSession.Open();
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/");
        var box = page.Locator("#q");
        await box.FocusAsync();
        await box.PressSequentiallyAsync("victims Cartag");
        var options = page.Locator("#q-suggestions [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        var first = await options.First.GetAttributeAsync("id");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", first!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(box).ToHaveValueAsync("victims cartagena");
        await Expect(page.Locator("#q-suggestions")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Enter");
        await browser.Navigated(url => url.Contains("q=victims+cartagena") || url.Contains("q=victims%20cartagena"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("paragraph");
        // The new page's box holds the query; clear it only once that patch has landed, or the patch refills it.
        await Expect(page.Locator("#q")).ToHaveValueAsync("victims cartagena");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await box.FillAsync("");
        await Expect(box).ToHaveValueAsync("");
        await box.PressSequentiallyAsync("Cart");
        await Expect(options.First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#q-suggestions")).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Without_script_the_box_is_a_plain_search_form()
    {
        await using var browser = await BrowserSession.Open(script: false);
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/");
        await page.Locator("#q").PressSequentiallyAsync("Cartagena Action Plan");
        await Expect(page.Locator("#q-suggestions")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Enter");
        await browser.Navigated(url => url.Contains("q=Cartagena"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("8 paragraphs");
    }

    [Fact]
    public async Task With_script_a_facet_is_followed_without_reloading_the_document()
    {
        await using var browser = await BrowserSession.Open();
        var page = browser.Page;
        await browser.Go(app.BaseUrl + "/?q=Cartagena%20Action%20Plan");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("8 paragraphs");
        // Wait for the framework's script to take over the links, then mark this document.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.EvaluateAsync("() => window.sameDocument = 'yes'");

        await page.ClickAsync("a[data-facet=year][data-value='2013']");
        await browser.Navigated(url => url.Contains("year=2013"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("4 paragraphs");
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.sameDocument"));

        await page.Locator("a.symbol").First.ClickAsync();
        await browser.Navigated(url => url.Contains("/resolutions/"));
        await Expect(page.Locator("article.resolution")).ToBeVisibleAsync();
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.sameDocument"));
    }
}
