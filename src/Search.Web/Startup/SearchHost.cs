using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Assistants;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Suggestions;

namespace Search.Web.Startup;

/// <summary>
/// Opens the store and the index when the app starts. The first time (an empty store) it ingests the built-in
/// corpus, logging what it read and refused; afterwards it opens the saved index, rebuilding it only when the
/// store has changed.
/// </summary>
public sealed class SearchHost(IOptions<SearchOptions> options, IHostEnvironment environment, ILogger<SearchHost> logger, ILoggerFactory loggerFactory) : IHostedService, IDisposable
{
    ResolutionStore? _store;
    SearchApplication? _application;

    public SearchEngine Engine { get; } = new(UnAnalysis.Instance);

    /// <summary>The engine's functions and embedding generators, for assistants (the MCP endpoint); made at start.</summary>
    public Kernel Kernel => field ??= SearchKernel.Create(Engine, () => Application, options.Value.EmbeddingService(), loggerFactory);

    public bool IsReady => _store is not null && Engine.IsReady;

    public ResolutionStore Store => _store ?? throw new InvalidOperationException("the store is still opening");

    /// <summary>The use cases the API and the pages call, on this store and engine.</summary>
    public SearchApplication Application => _application ?? throw new InvalidOperationException("the store is still opening");

    StoreSuggestions? _suggestions;

    /// <summary>Completions for the search box, made from the store (see <see cref="StoreSuggestions"/>).</summary>
    public StoreSuggestions Suggestions => _suggestions ??= new StoreSuggestions(Store);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var indexPath = Resolve(options.Value.IndexPath);
        var store = ResolutionStore.Open(indexPath);
        if (store.List().Count == 0)
        {
            var corpus = Resolve(options.Value.CorpusPath);
            logger.LogInformation("Empty store at {IndexPath}: ingesting the corpus in {Corpus}", indexPath, corpus);
            var report = new SearchApplication(store, Engine).Ingest([corpus], new Progress<FileReport>(f =>
            {
                if (f.Refused) logger.LogWarning("Refused {File}: {Reason}", f.Path, f.Refusal);
                else logger.LogInformation("Read {File}: {Count} resolution versions", f.Path, f.Added.Count);
            }));
            logger.LogInformation("Ingested {Documents} resolution versions, {Paragraphs} paragraphs", report.Documents, report.Paragraphs);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var snapshot = Engine.Open(store, indexPath);
        logger.LogInformation("Index ready: {Paragraphs} paragraphs in {Ms} ms", snapshot.Count, clock.ElapsedMilliseconds);
        if (Kernel.UseExternalEmbeddings(Engine, store) is { } model)
            logger.LogInformation("Semantic search uses {Model}", model);
        _application = new SearchApplication(store, Engine);
        _store = store;
        // The semantic model is read from the store (or trained) in the background, so that the first semantic
        // search or similar-clause request does not wait for it; keyword search is ready already.
        _ = Task.Run(() =>
        {
            try
            {
                var semantic = Engine.Semantic;
                logger.LogInformation("Semantic model {Model} ready for {Paragraphs} paragraphs", semantic.ModelId, semantic.Vectors.Count);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning("Semantic model not ready: {Reason}", e.Message);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Relative paths are taken from the content root, or from the repository root when run from src/Search.Web.</summary>
    string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        var fromRepository = Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", path));
        return Directory.Exists(fromRoot) || !Directory.Exists(fromRepository) ? fromRoot : fromRepository;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _store?.Dispose();
}
