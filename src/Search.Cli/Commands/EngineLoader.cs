using Search.Cli.Output;
using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Assistants;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Storage;

namespace Search.Cli.Commands;

/// <summary>The application on a store, with the engine on its saved index when a command searches.</summary>
public sealed class EngineLoader(SearchApplication application) : IDisposable
{
    public SearchApplication Application => application;

    /// <summary>Opens the store and, when <paramref name="withIndex"/>, the keyword index, brought up to the store (or built) unless a running web app owns it.</summary>
    /// <param name="warnings">Where the engine's warnings go (a damaged stored model trained again).</param>
    public static EngineLoader Open(string directory, TextWriter warnings, bool withIndex = true)
    {
        var store = ResolutionStore.Open(directory);
        try
        {
            var engine = new SearchEngine(UnAnalysis.Instance) { Logger = new ErrorStreamLogger(warnings) };
            if (withIndex) engine.Open(store, directory);
            var application = new SearchApplication(store, engine);
            // The same composition as the web app's: the kernel decides which embedding model the engine uses.
            SearchKernel.Create(engine, () => application, ExternalEmbeddings()).UseExternalEmbeddings(engine, store);
            return new EngineLoader(application);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>An OpenAI-compatible embedding service named by $SEARCH_EMBEDDING_ENDPOINT (with $SEARCH_EMBEDDING_MODEL and $SEARCH_EMBEDDING_API_KEY); none for the local model.</summary>
    static EmbeddingEndpointOptions? ExternalEmbeddings() =>
        Uri.TryCreate(Environment.GetEnvironmentVariable("SEARCH_EMBEDDING_ENDPOINT"), UriKind.Absolute, out var endpoint)
            ? new()
            {
                Endpoint = endpoint,
                Model = Environment.GetEnvironmentVariable("SEARCH_EMBEDDING_MODEL") is { Length: > 0 } model ? model : "text-embedding-3-small",
                ApiKey = Environment.GetEnvironmentVariable("SEARCH_EMBEDDING_API_KEY") is { Length: > 0 } key ? key : "none",
            }
            : null;

    public void Dispose()
    {
        application.Engine.Dispose();
        application.Store.Dispose();
    }
}
