using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Search.Web.Tests;

/// <summary>The OpenAPI document says what the endpoints really bind: every parameter, with its type and limits, and every response.</summary>
public class OpenApiTests(SeedApp app) : IClassFixture<SeedApp>
{
    readonly HttpClient _client = app.CreateClient();

    async Task<JsonElement> Document()
    {
        var response = await _client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    /// <summary>The API's endpoints as routing holds them, with the names of the query and route values each binds.</summary>
    List<(string Path, HashSet<string> Parameters)> Endpoints()
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        return sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{**", "{"),
                e.Metadata.OfType<IParameterBindingMetadata>().Where(p => !IsService(p)).Select(BoundName).ToHashSet()))
            .ToList();
    }

    /// <summary>The name in the URL: the one [FromQuery]/[FromRoute] gives, else the parameter's own.</summary>
    static string BoundName(IParameterBindingMetadata p) =>
        p.ParameterInfo.GetCustomAttributes(true).OfType<IFromQueryMetadata>().FirstOrDefault()?.Name
        ?? p.ParameterInfo.GetCustomAttributes(true).OfType<IFromRouteMetadata>().FirstOrDefault()?.Name
        ?? p.Name;

    static bool IsService(IParameterBindingMetadata p) => p.ParameterInfo.ParameterType.Name is "SearchHost" or "HttpContext";

    [Fact]
    public async Task Every_bound_parameter_is_described()
    {
        var paths = (await Document()).GetProperty("paths");
        var endpoints = Endpoints();
        Assert.Equal(6, endpoints.Count);
        foreach (var (path, parameters) in endpoints)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            var described = item.GetProperty("get").TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet() : [];
            Assert.True(parameters.SetEquals(described), $"{path}: bound [{string.Join(", ", parameters.Order())}] but described [{string.Join(", ", described.Order())}]");
        }
    }

    [Fact]
    public async Task Numbers_have_their_type_default_and_limits()
    {
        var search = (await Document()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var size = search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "size").GetProperty("schema");
        Assert.Contains("integer", size.GetProperty("type").ToString());
        Assert.Equal(10, size.GetProperty("default").GetInt32());
        Assert.Equal(1, size.GetProperty("minimum").GetInt32());
        Assert.Equal(100, size.GetProperty("maximum").GetInt32());
        var sort = search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "sort").GetProperty("schema");
        Assert.Equal("relevance", sort.GetProperty("default").GetString());
    }

    [Fact]
    public async Task Every_endpoint_describes_its_answer_and_its_failures()
    {
        var paths = (await Document()).GetProperty("paths");
        foreach (var (path, _) in Endpoints())
        {
            var responses = paths.GetProperty(path).GetProperty("get").GetProperty("responses");
            // Suggestions look nothing up by name, so they have no "not found".
            foreach (var status in path == "/api/suggest" ? ["200", "400", "503"] : new[] { "200", "400", "404", "503" })
                Assert.True(responses.TryGetProperty(status, out _), $"{path} does not describe {status}");
            Assert.True(responses.GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), $"{path}: 200 has no schema");
        }
    }

    static JsonElement Schema(JsonElement paths, string path, string parameter) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == parameter).GetProperty("schema");

    static IEnumerable<string?> Allowed(JsonElement schema) =>
        (schema.TryGetProperty("items", out var items) ? items : schema).GetProperty("enum").EnumerateArray().Select(v => v.GetString());

    [Fact]
    public async Task Allowed_values_are_the_lists_the_application_checks()
    {
        var paths = (await Document()).GetProperty("paths");
        Assert.Equal(Search.Index.Documents.SupportedLanguages.All, Allowed(Schema(paths, "/api/compare", "lang")));
        Assert.Equal(Search.Index.Documents.SupportedLanguages.Default, Schema(paths, "/api/compare", "lang").GetProperty("default").GetString());
        Assert.Equal(Search.Index.Documents.SupportedLanguages.All, Allowed(Schema(paths, "/api/search", "lang")));
        Assert.Equal(Search.Index.Application.SearchQuery.SortNames, Allowed(Schema(paths, "/api/search", "sort")));
        Assert.Equal(Search.Index.Application.SearchQuery.ModeNames, Allowed(Schema(paths, "/api/search", "mode")));
    }
}
