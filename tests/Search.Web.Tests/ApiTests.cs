using System.Net;
using System.Text.Json;

namespace Search.Web.Tests;

public class ApiTests(SeedApp app) : IClassFixture<SeedApp>
{
    readonly HttpClient _client = app.CreateClient();

    async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, body.Length > 0 && body[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement : default);
    }

    [Fact]
    public async Task Search_returns_the_documented_json_shape()
    {
        var (status, json) = await Get("/api/search?q=Cartagena%20Action%20Plan&size=20");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Cartagena Action Plan", json.GetProperty("query").GetString());
        Assert.Equal(8, json.GetProperty("total").GetInt32());
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(8, hits.Count);
        var first = hits[0];
        foreach (var field in new[] { "id", "symbol", "language", "session", "year", "type", "number", "verb", "text", "snippet", "score", "via" })
            Assert.True(first.TryGetProperty(field, out _), $"hit lacks '{field}'");
        Assert.Contains(hits, h => h.GetProperty("via").GetString() == "translation" && h.GetProperty("language").GetString() == "ru");
        var facets = json.GetProperty("facets");
        Assert.Equal(4, facets.GetProperty("language").GetProperty("en").GetInt32());
        Assert.Equal(4, facets.GetProperty("year").GetProperty("2013").GetInt32());
        Assert.Equal(4, facets.GetProperty("type").GetProperty("operative").GetInt32());
    }

    [Fact]
    public async Task Facet_parameters_filter_and_repeat()
    {
        var (_, json) = await Get("/api/search?year=2013&lang=fr&type=operative&size=50");
        Assert.Equal(10, json.GetProperty("total").GetInt32());
        var (_, both) = await Get("/api/search?year=2012&year=2013&size=1");
        Assert.Equal(80, both.GetProperty("total").GetInt32());
        var (_, range) = await Get("/api/search?yearFrom=2013&yearTo=2020&size=1");
        Assert.Equal(40, range.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?size=0", "size")]
    [InlineData("/api/search?size=abc", "size")]
    [InlineData("/api/search?page=0", "page")]
    [InlineData("/api/search?sort=sideways", "sort")]
    [InlineData("/api/search?lang=de", "lang:de")]
    [InlineData("/api/search?year=twenty", "year:twenty")]
    [InlineData("/api/search?yearFrom=abc", "yearFrom")]
    [InlineData("/api/search?type=footnote", "type:footnote")]
    [InlineData("/api/search?mode=telepathic", "mode")]
    [InlineData("/api/paragraphs/garbage/similar", "not a paragraph id")]
    [InlineData("/api/paragraphs/A/RES/68/30:en:op9/similar?limit=0", "limit")]
    [InlineData("/api/compare?after=nonsense", "after")]
    [InlineData("/api/compare?after=A/RES/68/30&lang=de", "lang")]
    [InlineData("/api/resolutions/not-a-symbol", "not a resolution symbol")]
    [InlineData("/api/paragraphs/garbage", "not a paragraph id")]
    public async Task Bad_parameters_get_400_with_a_message(string url, string message)
    {
        var (status, json) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Notices_carry_a_code_and_the_query_words_concerned()
    {
        var (status, json) = await Get("/api/search?q=" + Uri.EscapeDataString("mines lang:de"));
        Assert.Equal(HttpStatusCode.OK, status);
        var notice = Assert.Single(json.GetProperty("notices").EnumerateArray());
        Assert.Equal("unknownLanguage", notice.GetProperty("code").GetString());
        Assert.Equal(["lang", "de"], notice.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("lang:de is not a language held here (en, fr, ru) and was ignored.", json.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Hostile_queries_never_give_500()
    {
        foreach (var q in new[] { "\"unbalanced", "((((", "AND OR NOT", "<script>alert(1)</script>", new string('x', 9000), "%00", "lang:", "year:..", "*", "\u0001\u0002" })
        {
            var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Resolutions_and_paragraphs()
    {
        var (status, versions) = await Get("/api/resolutions/A/RES/68/30");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["en", "fr"], versions.EnumerateArray().Select(v => v.GetProperty("language").GetString()));
        Assert.Equal(20, versions[0].GetProperty("paragraphs").GetArrayLength());

        var (_, french) = await Get("/api/resolutions/A%2FRES%2F68%2F30?lang=fr");
        Assert.Equal("fr", Assert.Single(french.EnumerateArray()).GetProperty("language").GetString());

        var (_, cited) = await Get("/api/resolutions/A/RES/67/32?lang=en");
        Assert.Equal(["A/RES/68/30"], cited[0].GetProperty("citedBy").EnumerateArray().Select(c => c.GetString()));

        var (pStatus, paragraph) = await Get("/api/paragraphs/A/RES/68/30:fr:op3");
        Assert.Equal(HttpStatusCode.OK, pStatus);
        Assert.Equal("Souligne", paragraph.GetProperty("paragraph").GetProperty("verb").GetString());
        Assert.Equal("A/RES/68/30:en:op3", Assert.Single(paragraph.GetProperty("aligned").EnumerateArray()).GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/resolutions/A/RES/99/99")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/paragraphs/A/RES/68/30:fr:op99")).Status);
    }

    [Fact]
    public async Task Similar_clauses_and_comparison()
    {
        var (status, similar) = await Get("/api/paragraphs/A/RES/68/30:en:op9/similar?limit=3");
        Assert.Equal(HttpStatusCode.OK, status);
        var first = similar.GetProperty("hits")[0];
        Assert.Equal("A/RES/67/32:en:op9", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("diff").GetArrayLength() > 1);

        var (_, russian) = await Get("/api/paragraphs/A/RES/68/30:fr:op6/similar?limit=3&lang=ru");
        Assert.Contains("A/RES/67/32:ru:op6", russian.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));

        var (cStatus, comparison) = await Get("/api/compare?after=A/RES/68/30&lang=en");
        Assert.Equal(HttpStatusCode.OK, cStatus);
        Assert.Equal("A/RES/67/32", comparison.GetProperty("before").GetString());
        var changed = comparison.GetProperty("clauses").EnumerateArray().Where(c => c.GetProperty("change").GetString() == "changed").Select(c => c.GetProperty("afterKey").GetString());
        Assert.Equal(["pp1", "pp6", "pp8", "op2", "op8", "op9", "op10"], changed);

        var (sStatus, semantic) = await Get("/api/search?q=landmine%20victims&mode=semantic&size=3");
        Assert.Equal(HttpStatusCode.OK, sStatus);
        Assert.Equal("semantic", semantic.GetProperty("hits")[0].GetProperty("via").GetString());
    }

    [Fact]
    public async Task Health_openapi_and_security_headers()
    {
        var health = await Get("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("ready", health.Json.GetProperty("status").GetString());

        var (status, openapi) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = openapi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out _));

        var page = await _client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Pages_escape_what_the_user_typed()
    {
        var html = await _client.GetStringAsync("/?q=" + Uri.EscapeDataString("<script>alert(1)</script>"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Resolution_page_has_anchors_and_a_parallel_view()
    {
        var html = await _client.GetStringAsync("/resolutions/A/RES/68/30?view=parallel", TestContext.Current.CancellationToken);
        Assert.Contains("<tr id=\"op3\"", html);
        Assert.Contains("action de Carthagène", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Cartagena Action Plan", html);
        var missing = await _client.GetAsync("/resolutions/A/RES/99/99", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
