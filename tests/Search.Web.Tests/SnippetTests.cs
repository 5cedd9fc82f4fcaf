using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Index.Application;
using Search.Index.Highlighting;
using Search.Index.Searching;
using Search.Web.Components.Shared;
using Search.Web.Startup;

namespace Search.Web.Tests;

/// <summary>The page renders the core's plain-text snippets: the text escaped, the marks as the only elements.</summary>
public class SnippetTests(SeedApp app) : IClassFixture<SeedApp>
{
    SearchHit FoundHit()
    {
        app.CreateClient(); // starts the app, which opens the store
        var result = app.Services.GetRequiredService<SearchHost>().Application.Search(new SearchQuery { Query = "\"Cartagena Action Plan\"", Languages = ["en"] });
        return result.Value!.Hits.First(h => h.Via == "match");
    }

    static async Task<string> Render(SearchHit hit)
    {
        await using var renderer = new HtmlRenderer(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<HitView>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Hit"] = hit }))).ToHtmlString());
    }

    [Fact]
    public async Task A_found_phrase_is_one_mark()
    {
        var html = await Render(FoundHit());
        Assert.Contains("<mark>Cartagena Action Plan</mark>", html);
    }

    [Fact]
    public async Task Snippets_are_escaped()
    {
        var hit = FoundHit();
        const string text = "<script>alert(1)</script> Cartagena & Co";
        var hostile = hit with { Snippet = new HighlightedText(text, [new TextSpan(text.IndexOf("Cartagena"), text.IndexOf(" &"))]) };
        var html = await Render(hostile);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<mark>Cartagena</mark> &amp; Co", html);
    }
}
