using System.Net.Http.Headers;

namespace Search.Web.Tests;

/// <summary>
/// Search by meaning streams: asked for by the framework's script (enhanced navigation), the page sends the
/// results by words first and the full results after them in the same response; asked for plainly (no script),
/// it sends the full results once.
/// </summary>
public class StreamingTests(SeedApp app) : IClassFixture<SeedApp>
{
    const string Hybrid = "/?q=Cartagena%20Action%20Plan&mode=hybrid";

    async Task<string> Page(string url, bool enhanced)
    {
        var client = app.CreateClient();
        // The semantic model is made in the background at start; a search by meaning waits for it.
        (await client.GetAsync("/api/search?q=landmine&mode=semantic&size=1", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(enhanced ? MediaTypeWithQualityHeaderValue.Parse("text/html; blazor-enhanced-nav=on") : new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task With_script_words_come_first_and_meaning_streams_in_after()
    {
        var html = await Page(Hybrid, enhanced: true);
        int pending = html.IndexOf("id=\"meaning-pending\"", StringComparison.Ordinal);
        int streamed = html.IndexOf("<blazor-ssr>", StringComparison.Ordinal);
        Assert.True(pending >= 0, "the first part says results by meaning are on their way");
        Assert.True(streamed > pending, "the full results follow in a streamed update");
        var update = html[streamed..];
        Assert.DoesNotContain("id=\"meaning-pending\"", update);
        Assert.Contains("id=\"result-count\"", html[..streamed]); // the results by words, before the update
        Assert.Contains("class=\"hits\"", update);                // and the full results in it
    }

    [Fact]
    public async Task Without_script_the_full_results_come_at_once()
    {
        var html = await Page(Hybrid, enhanced: false);
        Assert.DoesNotContain("<blazor-ssr>", html);
        Assert.DoesNotContain("meaning-pending", html);
        Assert.Contains("class=\"hits\"", html);
    }

    [Fact]
    public async Task Search_by_words_alone_never_streams()
    {
        var html = await Page("/?q=landmine%20victims", enhanced: true);
        Assert.DoesNotContain("<blazor-ssr>", html);
        Assert.DoesNotContain("meaning-pending", html);
    }
}
