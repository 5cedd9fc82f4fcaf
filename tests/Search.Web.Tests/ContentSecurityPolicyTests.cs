using Search.Web.Startup;

namespace Search.Web.Tests;

/// <summary>
/// The content security policy sent with every response: only what the pages use. That the pages really need no
/// more is checked in the browser (<see cref="PageQualityTests"/> counts violation reports).
/// </summary>
public class ContentSecurityPolicyTests(SeedApp app) : IClassFixture<SeedApp>
{
    readonly HttpClient _client = app.CreateClient();

    static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=Cartagena")]
    [InlineData("/resolutions/A/RES/68/30")]
    [InlineData("/api/search?q=Cartagena")]
    [InlineData("/api/suggest?q=Cart")]
    [InlineData("/site.css")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Every_response_carries_the_policy(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public void Only_own_files_run_and_nothing_else_is_allowed()
    {
        var directives = Directives(SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal(["'none'"], directives["default-src"]);
        // Scripts and styles: files from this app only; no inline code, no eval, no other origin.
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v.Contains("unsafe") || v == "*" || v.StartsWith("http") || v == "data:");
    }

    [Fact]
    public async Task The_framework_script_the_pages_load_is_served_from_the_app()
    {
        var page = await _client.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("<script src=\"_framework/blazor.web.js\"></script>", page);
        Assert.DoesNotContain("<script>", page); // nothing inline, which the policy would block
        var script = await _client.GetAsync("/_framework/blazor.web.js", TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
