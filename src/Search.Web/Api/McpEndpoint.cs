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
        return McpServerTool.Create(new RefusalsAsToolErrors(function), new McpServerToolCreateOptions
        {
            Name = name, ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        });
    }

    /// <summary>
    /// The MCP library shows the caller only the message of an <see cref="McpException"/>; other failures become
    /// a bare "an error occurred". Refused arguments and arguments of the wrong kind are therefore passed on as
    /// one, so the caller reads what to correct.
    /// </summary>
    sealed class RefusalsAsToolErrors(AIFunction function) : DelegatingAIFunction(function)
    {
        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            try
            {
                return await base.InvokeCoreAsync(arguments, cancellationToken);
            }
            catch (AssistantException e)
            {
                throw new McpException(e.Message);
            }
            catch (Exception e) when (e is ArgumentException or KernelException or FormatException or InvalidCastException)
            {
                throw new McpException($"the arguments of {Name} could not be read: {e.Message}");
            }
        }
    }
}
