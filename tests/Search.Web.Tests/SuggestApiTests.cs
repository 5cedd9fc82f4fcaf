using System.Net;
using System.Text.Json;

namespace Search.Web.Tests;

/// <summary>GET /api/suggest over the seed corpus, and how the OpenAPI document describes it.</summary>
public class SuggestApiTests(SeedApp app) : IClassFixture<SeedApp>
{
    readonly HttpClient _client = app.CreateClient();

    async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, body.Length > 0 && body[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement : default);
    }

    static List<(string Query, string Completion, string Kind)> Suggestions(JsonElement json) =>
        json.GetProperty("suggestions").EnumerateArray()
            .Select(s => (s.GetProperty("query").GetString()!, s.GetProperty("completion").GetString()!, s.GetProperty("kind").GetString()!))
            .ToList();

    [Fact]
    public async Task Completes_the_last_word_with_words_verbs_and_symbols()
    {
        var (status, words) = await Get("/api/suggest?q=" + Uri.EscapeDataString("victims Cartag"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("victims Cartag", words.GetProperty("query").GetString());
        Assert.Contains(("victims cartagena", "cartagena", "word"), Suggestions(words));

        var (_, verbs) = await Get("/api/suggest?q=urg");
        Assert.Contains(Suggestions(verbs), s => s is { Completion: "urges", Kind: "verb" });

        var (_, symbols) = await Get("/api/suggest?q=" + Uri.EscapeDataString("A/RES/68"));
        Assert.Contains(("symbol:A/RES/68/30", "A/RES/68/30", "symbol"), Suggestions(symbols));

        var (_, russian) = await Get("/api/suggest?q=" + Uri.EscapeDataString("Картахен"));
        Assert.Contains(Suggestions(russian), s => s.Completion.StartsWith("картахен", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Limit_is_kept_and_nothing_is_suggested_for_a_finished_word()
    {
        var (_, one) = await Get("/api/suggest?q=co&limit=1");
        Assert.Single(Suggestions(one));
        var (_, finished) = await Get("/api/suggest?q=" + Uri.EscapeDataString("landmines "));
        Assert.Empty(Suggestions(finished));
        var (_, empty) = await Get("/api/suggest");
        Assert.Empty(Suggestions(empty));
    }

    [Theory]
    [InlineData("/api/suggest?q=co&limit=0", "limit must be a whole number from 1 to 20")]
    [InlineData("/api/suggest?q=co&limit=21", "limit must be a whole number from 1 to 20")]
    public async Task Bad_parameters_get_400_with_a_message(string url, string message)
    {
        var (status, json) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_refused()
    {
        var (status, json) = await Get("/api/suggest?q=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("q is longer than 200 characters", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_parameters_and_the_answer()
    {
        var (_, openapi) = await Get("/openapi/v1.json");
        var get = openapi.GetProperty("paths").GetProperty("/api/suggest").GetProperty("get");
        var parameters = get.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["limit", "q"], parameters.Keys.Order());
        Assert.Equal(200, parameters["q"].GetProperty("schema").GetProperty("maxLength").GetInt32());
        var limit = parameters["limit"].GetProperty("schema");
        Assert.Equal(1, limit.GetProperty("minimum").GetInt32());
        Assert.Equal(20, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(8, limit.GetProperty("default").GetInt32());
        var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.EndsWith("SuggestionList", ok.GetProperty("$ref").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }
}
