using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Search.Index.Storage;

namespace Search.Web.Tests;

/// <summary>The web app in memory on its own copy of the seed corpus, whose store the tests write to as the CLI would.</summary>
public sealed class WritableSeedApp : WebApplicationFactory<Program>
{
    public string Index { get; } = TestPaths.NewTempDirectory();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", Index);
        builder.UseSetting("Search:CorpusPath", TestPaths.Corpus);
        builder.UseSetting("Search:ApiRequestsPerMinute", "100000");
        builder.UseSetting("Search:StorePollMilliseconds", "100");
    }
}

/// <summary>
/// Answers asked for again are served from memory, and never once the index has moved on: a search that found
/// nothing must find the paragraph another process has just added, at the same URL.
/// </summary>
public class ResponseCacheTests(WritableSeedApp app) : IClassFixture<WritableSeedApp>
{
    readonly HttpClient _client = app.CreateClient();

    async Task<(string Body, bool FromCache)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Headers.Age is not null);
    }

    static int Total(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task A_page_asked_again_comes_from_the_cache_with_the_same_body()
    {
        var (first, firstCached) = await Get("/?q=Cartagena&lang=fr");
        var (second, secondCached) = await Get("/?q=Cartagena&lang=fr");
        Assert.False(firstCached);
        Assert.True(secondCached, "the second request for the same URL was made again");
        Assert.Equal(first, second);
        Assert.False((await Get("/?q=Cartagena&lang=en")).FromCache); // another URL is another answer
    }

    [Fact]
    public async Task Health_is_never_cached()
    {
        await Get("/healthz");
        Assert.False((await Get("/healthz")).FromCache);
    }

    [Fact]
    public async Task A_change_to_the_store_is_shown_at_once_at_the_same_url()
    {
        const string Word = "quokkaphilia";
        const string Page = "/?q=" + Word;
        const string Api = "/api/search?q=" + Word;
        Assert.Equal(0, Total((await Get(Api)).Body));
        var before = (await Get(Page)).Body;
        Assert.True((await Get(Api)).FromCache);

        using (var store = ResolutionStore.Open(app.Index))
        {
            var resolution = store.Get("A/RES/68/30", "en")!;
            var paragraphs = resolution.Paragraphs.ToList();
            paragraphs[0] = paragraphs[0] with { Text = paragraphs[0].Text + " " + Word };
            store.Replace([resolution with { Paragraphs = paragraphs }]);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        // Asked again and again while the app takes the change in, as a user refreshing would: an answer made
        // between the index's commit and its searchers' refresh must not be kept for the new state.
        while (Total((await Get(Api)).Body) == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(2, TestContext.Current.CancellationToken);
        Assert.True(Total((await Get(Api)).Body) > 0, "the API kept answering from before the change");
        var after = await Get(Page);
        Assert.NotEqual(before, after.Body);
        Assert.Contains("A/RES/68/30", after.Body);
    }
}
