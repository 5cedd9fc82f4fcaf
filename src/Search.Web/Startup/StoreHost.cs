using Microsoft.Extensions.Options;
using Search.Index.Ingestion;
using Search.Index.Storage;

namespace Search.Web.Startup;

/// <summary>
/// Opens the store when the app starts and, the first time (an empty store), ingests the built-in corpus,
/// logging what it read and what it refused.
/// </summary>
public sealed class StoreHost(IOptions<SearchOptions> options, IHostEnvironment environment, ILogger<StoreHost> logger) : IHostedService, IDisposable
{
    ResolutionStore? _store;

    public bool IsReady => _store is not null;

    public ResolutionStore Store => _store ?? throw new InvalidOperationException("the store is still opening");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var indexPath = Resolve(options.Value.IndexPath);
        var store = ResolutionStore.Open(indexPath);
        if (store.List().Count == 0)
        {
            var corpus = Resolve(options.Value.CorpusPath);
            logger.LogInformation("Empty store at {IndexPath}: ingesting the corpus in {Corpus}", indexPath, corpus);
            var report = new Ingestor(store).Ingest([corpus], new Progress<FileReport>(f =>
            {
                if (f.Refused) logger.LogWarning("Refused {File}: {Reason}", f.Path, f.Refusal);
                else logger.LogInformation("Read {File}: {Count} resolution versions", f.Path, f.Added.Count);
            }));
            logger.LogInformation("Ingested {Documents} resolution versions, {Paragraphs} paragraphs", report.Documents, report.Paragraphs);
        }
        else
        {
            logger.LogInformation("Opened the store at {IndexPath}", indexPath);
        }
        _store = store;
        return Task.CompletedTask;
    }

    /// <summary>Relative paths are taken from the content root, so the app finds corpus/ wherever it is started from.</summary>
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
