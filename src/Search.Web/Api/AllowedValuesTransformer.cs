using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Index.Application;
using Search.Index.Documents;

namespace Search.Web.Api;

/// <summary>
/// Names the values a parameter accepts in the OpenAPI document from the lists the application checks against
/// (sort orders, kinds of search, languages), so the document cannot drift from what is accepted.
/// </summary>
public sealed class AllowedValuesTransformer : IOpenApiOperationTransformer
{
    static readonly Dictionary<string, IReadOnlyList<string>> Allowed = new()
    {
        ["sort"] = SearchQuery.SortNames,
        ["mode"] = SearchQuery.ModeNames,
        ["lang"] = SupportedLanguages.All,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Name is null || !Allowed.TryGetValue(parameter.Name, out var values) || parameter.Schema is not OpenApiSchema schema) continue;
            // A repeated parameter (lang=en&lang=fr) lists the values for its items.
            var target = schema.Items as OpenApiSchema ?? schema;
            target.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
        return Task.CompletedTask;
    }
}
