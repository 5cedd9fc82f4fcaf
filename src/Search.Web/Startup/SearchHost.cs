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

    public SearchEngine Engine { get; } = new(UnAnalysis.Instance) { Logger = logger };

    /// <summary>The engine's functions and embedding generators, for assistants (the MCP endpoint); made at start.</summary>
    public Kernel Kernel => field ??= SearchKernel.Create(Engine, () => Application, options.Value.EmbeddingService(), loggerFactory);

    public bool IsReady => _store is not null && Engine.IsReady;

    /// <summary>Names what every answer is made from: the generation the searchers show and the semantic model in use.</summary>
    public string SnapshotKey => $"{Engine.Index.SearchableGeneration}:{Engine.SemanticVersion}";

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
                foreach (var warning in f.Warnings) logger.LogWarning("{File}: {Warning}", f.Path, warning);
            }));
            logger.LogInformation("Ingested {Documents} resolution versions, {Paragraphs} paragraphs", report.Documents, report.Paragraphs);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var index = Engine.Open(store, indexPath, logger);
        logger.LogInformation("Keyword index ready: {Paragraphs} paragraphs in {Ms} ms ({Role})", Engine.ParagraphCount, clock.ElapsedMilliseconds,
            index.IsOwner ? "kept up to date by this process" : "owned by another process");
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
                // Training or reading the model goes through every text once; give that memory back to the system
                // now rather than keep it for the life of the process.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                logger.LogInformation("Semantic model {Model} ready for {Paragraphs} paragraphs", semantic.ModelId, semantic.Vectors.Count);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning("Semantic model not ready: {Reason}", e.Message);
            }
        }, CancellationToken.None);
        _ = FollowStoreAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Another process (the CLI's index command) may add resolutions to the store while the app runs: the store's
    /// generation is looked at a few times a second, and what changed is indexed and made searchable.
    /// </summary>
    async Task FollowStoreAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.StorePollMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    Engine.Refresh();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    logger.LogError(e, "Could not bring the keyword index up to the store; trying again");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Relative paths are taken from the content root, or from the repository root when run from src/Search.Web.</summary>
    string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        var fromRepository = Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", path));
        return Directory.Exists(fromRoot) || !Directory.Exists(fromRepository) ? fromRoot : fromRepository;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        Engine.Dispose();
        _store?.Dispose();
    }
}
