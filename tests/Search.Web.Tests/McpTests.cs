using System.Net;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Search.Index.Assistants;

namespace Search.Web.Tests;

/// <summary>The /mcp endpoint driven by the MCP C# client over streamable HTTP, as a desktop assistant would.</summary>
public class McpTests(SeedApp app) : IClassFixture<SeedApp>
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<McpClient> Connect()
    {
        var http = app.CreateClient();
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp,
        }, http, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: Cancel);
    }

    static async Task<JsonElement> Call(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: Cancel);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.False(result.IsError == true, text);
        return JsonDocument.Parse(text).RootElement;
    }

    static async Task<string> Refusal(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: Cancel);
        Assert.True(result.IsError);
        return Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
    }

    [Fact]
    public async Task Lists_the_four_read_only_tools_with_descriptions_and_argument_schemas()
    {
        await using var client = await Connect();
        var tools = await client.ListToolsAsync(cancellationToken: Cancel);
        Assert.Equal(ResolutionsPlugin.Functions.Order(), tools.Select(t => t.Name).Order());
        foreach (var tool in tools)
        {
            Assert.Contains("id", tool.Description);
            Assert.True(tool.ProtocolTool.Annotations?.ReadOnlyHint);
        }
        var search = tools.Single(t => t.Name == ResolutionsPlugin.SearchFunction).JsonSchema;
        var properties = search.GetProperty("properties");
        Assert.Equal(["query", "languages", "yearFrom", "yearTo", "type", "verb", "mode", "limit"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal("integer", properties.GetProperty("limit").GetProperty("type").GetString());
        Assert.Contains("en, fr, ru", properties.GetProperty("languages").GetProperty("description").GetString());
        Assert.Equal(["query"], search.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Search_returns_the_paragraphs_the_api_finds_with_their_ids()
    {
        await using var client = await Connect();
        var answer = await Call(client, ResolutionsPlugin.SearchFunction, new() { ["query"] = "Cartagena Action Plan", ["languages"] = "fr", ["limit"] = 20 });
        var api = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/search?q=Cartagena%20Action%20Plan&lang=fr&size=20", Cancel)).RootElement;
        Assert.Equal(api.GetProperty("total").GetInt32(), answer.GetProperty("total").GetInt32());
        var ids = answer.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()), ids);
        Assert.Contains("A/RES/68/30:fr:op3", ids);
        Assert.All(answer.GetProperty("paragraphs").EnumerateArray(), p => Assert.Equal("fr", p.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Results_are_compact_json_with_letters_written_as_themselves()
    {
        await using var client = await Connect();
        var result = await client.CallToolAsync(ResolutionsPlugin.SearchFunction, new Dictionary<string, object?> { ["query"] = "Cartagena Action Plan", ["languages"] = "ru" }, cancellationToken: Cancel);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("Картахенского плана действий", text);
        Assert.DoesNotContain("\\u04", text);
        Assert.DoesNotContain("\n", text);
        Assert.DoesNotContain("\"notice\":null", text);
    }

    [Fact]
    public async Task Similar_returns_clauses_of_other_resolutions()
    {
        await using var client = await Connect();
        var answer = await Call(client, ResolutionsPlugin.SimilarFunction, new() { ["id"] = "A/RES/68/30:en:op6", ["limit"] = 3 });
        Assert.Equal("A/RES/68/30:en:op6", answer.GetProperty("sourceId").GetString());
        var similar = answer.GetProperty("similar").EnumerateArray().ToList();
        Assert.InRange(similar.Count, 1, 3);
        Assert.All(similar, s => Assert.NotEqual("A/RES/68/30", s.GetProperty("symbol").GetString()));
        Assert.All(similar, s => Assert.StartsWith(s.GetProperty("symbol").GetString() + ":", s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Reads_a_paragraph_with_its_translations_and_compares_two_resolutions()
    {
        await using var client = await Connect();
        var paragraph = await Call(client, ResolutionsPlugin.ParagraphFunction, new() { ["id"] = "A/RES/68/30:en:op3" });
        Assert.Equal("A/RES/68/30:fr:op3", paragraph.GetProperty("translations")[0].GetProperty("id").GetString());
        var comparison = await Call(client, ResolutionsPlugin.CompareFunction, new() { ["after"] = "A/RES/68/30", ["before"] = "A/RES/67/32" });
        Assert.True(comparison.GetProperty("unchanged").GetInt32() > 0);
        Assert.Contains(comparison.GetProperty("changes").EnumerateArray(), c => c.GetProperty("change").GetString() == "changed");
    }

    [Theory]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"Cartagena","limit":500}""", "limit 500 is out of range: ask for 1 to 50")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"Cartagena","languages":"de"}""", "language 'de' is not held here: use en, fr, ru")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"Cartagena","limit":"many"}""", "'limit' must be a whole number, not \"many\"")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"Cartagena","yearFrom":2012.5}""", "'yearFrom' must be a whole number, not 2012.5")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":["a","b"]}""", "'query' must be a string")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"Cartagena","year":2013}""", "'year' is not an argument of this tool; its arguments are query, languages, yearFrom, yearTo")]
    [InlineData(ResolutionsPlugin.ParagraphFunction, """{"id":"68/30 paragraph 3"}""", "'68/30 paragraph 3' is not a paragraph id such as A/RES/68/30:fr:op3")]
    [InlineData(ResolutionsPlugin.SimilarFunction, """{"id":"A/RES/68/30:en:op99"}""", "no paragraph A/RES/68/30:en:op99 is held")]
    [InlineData(ResolutionsPlugin.CompareFunction, """{"after":"A/RES/68/30","before":"yesterday"}""", "before must be a resolution symbol such as A/RES/67/32")]
    public async Task Bad_arguments_give_an_error_result_that_says_what_is_wrong(string tool, string json, string message)
    {
        await using var client = await Connect();
        var arguments = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);
        var text = await Refusal(client, tool, arguments);
        Assert.Contains(message, text);
    }

    [Fact]
    public async Task A_missing_required_argument_is_named()
    {
        await using var client = await Connect();
        var text = await Refusal(client, ResolutionsPlugin.ParagraphFunction, []);
        Assert.Contains("'id' is required", text);
    }

    [Fact]
    public async Task An_unknown_tool_is_refused_by_name()
    {
        await using var client = await Connect();
        var error = await Assert.ThrowsAnyAsync<McpException>(() => client.CallToolAsync("delete_everything", new Dictionary<string, object?>(), cancellationToken: Cancel).AsTask());
        Assert.Contains("delete_everything", error.Message);
    }
}

/// <summary>The endpoint shares the API's limit per client address: past it, requests are turned away with 429.</summary>
public class McpRateLimitTests
{
    sealed class StrictApp : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        readonly string _index = TestPaths.NewTempDirectory();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Search:IndexPath", _index);
            builder.UseSetting("Search:CorpusPath", TestPaths.Corpus);
            builder.UseSetting("Search:ApiRequestsPerMinute", "4");
        }
    }

    [Fact]
    public async Task Requests_past_the_limit_get_429()
    {
        await using var app = new StrictApp();
        var http = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
            {
                Content = new StringContent($$$"""{"jsonrpc":"2.0","id":{{{i}}},"method":"tools/list","params":{}}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }
        Assert.All(statuses.Take(4), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(4), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
