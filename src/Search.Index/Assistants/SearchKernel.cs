using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Search.Index.Application;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Storage;

namespace Search.Index.Assistants;

/// <summary>
/// The Semantic Kernel of the application, composed in one place for the web app and the tests: the embedding
/// generators (the engine's model as the default one, the external service under its own key when one is
/// configured) and the resolutions plugin.
/// </summary>
public static class SearchKernel
{
    /// <summary>The key of the external service's generator among the kernel's services.</summary>
    public const string ExternalEmbeddings = "external";

    /// <param name="application">The use cases the functions call, asked for when a function runs (the store may still be opening when the kernel is made).</param>
    /// <param name="external">An OpenAI-compatible embedding service; null for the local model.</param>
    /// <param name="configure">Further services, e.g. a chat completion service for an assistant.</param>
    public static Kernel Create(SearchEngine engine, Func<SearchApplication> application, EmbeddingEndpointOptions? external = null,
        ILoggerFactory? loggerFactory = null, Action<IKernelBuilder>? configure = null)
    {
        var builder = Kernel.CreateBuilder();
        if (loggerFactory is not null) builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new EngineEmbeddingGenerator(engine));
        if (external is not null)
            builder.Services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(ExternalEmbeddings, new OpenAiEmbeddingGenerator(external, loggerFactory));
        builder.Plugins.AddFromObject(new ResolutionsPlugin(new ResolutionQueries(application)), ResolutionsPlugin.Name);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>
    /// Points the engine at the kernel's external embedding service, if it has one; its vectors are kept in the
    /// store, so only new or changed texts are sent. Returns the service's model id, or null for the local model.
    /// </summary>
    public static string? UseExternalEmbeddings(this Kernel kernel, SearchEngine engine, ResolutionStore store)
    {
        if (kernel.Services.GetKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(ExternalEmbeddings) is not OpenAiEmbeddingGenerator generator)
            return null;
        engine.UseExternalEmbeddings(generator, generator.ModelId);
        return generator.ModelId;
    }
}
