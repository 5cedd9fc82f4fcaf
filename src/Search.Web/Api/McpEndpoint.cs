using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Search.Index.Assistants;
using Search.Web.Startup;

namespace Search.Web.Api;

/// <summary>
/// The Model Context Protocol endpoint (streamable HTTP, stateless) at /mcp: the functions of the kernel's
/// resolutions plugin as tools, so that an assistant pointed at a running instance can search and cite
/// paragraphs. Limited per client address like the JSON API.
/// </summary>
public static class McpEndpoint
{
    public const string Path = "/mcp";

    public static IServiceCollection AddSearchMcp(this IServiceCollection services)
    {
        services.AddMcpServer(o =>
            {
                o.ServerInfo = new Implementation { Name = "un-resolutions-search", Title = "UN Resolutions Search", Version = "1.0" };
                o.ServerInstructions = "Search United Nations resolutions in English, French and Russian, read paragraphs with their translations, " +
                                       "find similar clauses and compare resolutions. Cite paragraph ids such as A/RES/68/30:fr:op3 in answers.";
            })
            .WithHttpTransport(o => o.Stateless = true);
        // The tools come from the host's kernel, made once the container can give the host.
        foreach (var name in ResolutionsPlugin.Functions)
            services.AddSingleton(sp => Tool(sp.GetRequiredService<SearchHost>().Kernel, name));
        return services;
    }

    public static IEndpointConventionBuilder MapSearchMcp(this IEndpointRouteBuilder app) =>
        app.MapMcp(Path).RequireRateLimiting(RateLimits.Api);

    /// <summary>The kernel's function as a tool under its own name (as an AI function it is prefixed by the plugin's name).</summary>
    static McpServerTool Tool(Kernel kernel, string name)
    {
        var function = kernel.Plugins[ResolutionsPlugin.Name].AsAIFunctions(kernel).Single(f => f.Name == $"{ResolutionsPlugin.Name}_{name}");
        return McpServerTool.Create(new CheckedTool(function), new McpServerToolCreateOptions
        {
            Name = name, ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        });
    }

    /// <summary>
    /// A kernel function as a tool. The MCP library shows the caller only the message of an
    /// <see cref="McpException"/>; other failures become a bare "an error occurred". Arguments are therefore
    /// checked against the tool's schema first (unknown, missing or of the wrong kind, each named), and refusals
    /// of the engine's checks are passed on as such, so the caller reads what to correct. Results are written as
    /// compact JSON with letters as themselves: an escaped Cyrillic letter costs a model six characters.
    /// </summary>
    sealed class CheckedTool(AIFunction function) : DelegatingAIFunction(function)
    {
        static readonly JsonSerializerOptions Compact = Search.Index.Application.JsonOutput.Configure(new(JsonSerializerDefaults.Web)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        });

        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            if (ArgumentProblem(JsonSchema, arguments) is { } problem) throw new McpException(problem);
            try
            {
                var result = await base.InvokeCoreAsync(arguments, cancellationToken);
                return JsonSerializer.Serialize(result, Compact);
            }
            catch (AssistantException e)
            {
                throw new McpException(e.Message);
            }
            catch (Exception e) when (e is ArgumentException or KernelException or FormatException or InvalidCastException)
            {
                throw new McpException($"the arguments could not be read: {e.Message}");
            }
        }

        static string? ArgumentProblem(JsonElement schema, AIFunctionArguments arguments)
        {
            var properties = schema.GetProperty("properties");
            var known = properties.EnumerateObject().Select(p => p.Name).ToList();
            foreach (var (name, value) in arguments)
            {
                if (!properties.TryGetProperty(name, out var property))
                    return $"'{name}' is not an argument of this tool; its arguments are {string.Join(", ", known)}";
                if (value is not JsonElement json || json.ValueKind == JsonValueKind.Null) continue;
                var types = property.TryGetProperty("type", out var type)
                    ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()]
                    : [];
                if (types.Contains("integer") && !(json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out _)))
                    return $"'{name}' must be a whole number, not {json.GetRawText()}";
                if (types.Contains("string") && json.ValueKind != JsonValueKind.String)
                    return $"'{name}' must be a string, not {json.GetRawText()}";
            }
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!arguments.ContainsKey(name)) return $"'{name}' is required";
            return null;
        }
    }
}
