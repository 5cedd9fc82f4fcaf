using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Search.Web.Tests;

/// <summary>
/// A hybrid search's count, in the browser and in the API: the number counts the paragraphs shown (those the
/// words match and those found by meaning only), says how it divides, and the facets count the same paragraphs.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HybridCountTests(RunningApp app)
{
    const string Query = "landmine victims";

    async Task<JsonElement> Api(string mode)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        return await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(Query)}&mode={mode}&size=100", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_api_total_counts_the_hits_and_the_facets_count_them_too()
    {
        var hybrid = await Api("hybrid");
        var keyword = await Api("keyword");
        int total = hybrid.GetProperty("total").GetInt32();
        var hits = hybrid.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(hits.Count, total); // the seed corpus's results fit on one page
        Assert.Equal(total, hybrid.GetProperty("facets").GetProperty("language").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(keyword.GetProperty("total").GetInt32(), hybrid.GetProperty("foundByWords").GetInt32());
        Assert.Equal(total - keyword.GetProperty("total").GetInt32(), hybrid.GetProperty("foundByMeaning").GetInt32());
        Assert.Equal("hybrid", hybrid.GetProperty("mode").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_page_says_what_the_number_counts(bool script)
    {
        var api = await Api("hybrid");
        int total = api.GetProperty("total").GetInt32(), byWords = api.GetProperty("foundByWords").GetInt32();
        await using var browser = await BrowserSession.Open(script);
        await browser.Go($"{app.BaseUrl}/?q={Uri.EscapeDataString(Query)}&mode=hybrid");
        var count = browser.Page.Locator("#result-count");
        await Expect(count).ToContainTextAsync($"{total} paragraphs: {byWords} match the words, {total - byWords} more by meaning");
        Assert.True(total > byWords, "the query finds paragraphs by meaning that its words do not match");
        await browser.Shot("hybrid-count");
    }
}
