using Search.Index.Indexing;
using Search.Index.Querying.Model;
using Search.Index.Semantics;
using Search.Index.Storage;

namespace Search.Index.Searching;

/// <summary>
/// Holds the current snapshot. Searches take the snapshot that is current when they start and finish on it;
/// a rebuild makes a new snapshot from the store and publishes it with one reference swap.
/// </summary>
public sealed class SearchEngine(ITermSource analysis)
{
    Searcher? _current;
    readonly Lock _rebuild = new();

    public ITermSource Analysis => analysis;

    public Searcher Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("no index has been built yet");

    public bool IsReady => Volatile.Read(ref _current) is not null;

    IReadOnlyList<IReadOnlyList<(string Language, string Text)>> _alignedText = [];
    ResolutionStore? _store;

    /// <summary>Builds a new snapshot from the store and publishes it. The store must stay open while the engine is in use: the local model and its vectors are kept there.</summary>
    public IndexSnapshot Rebuild(ResolutionStore store)
    {
        lock (_rebuild)
        {
            _store = store;
            _alignedText = store.ReadParallelTexts();
            var generation = store.Generation;
            var snapshot = IndexBuilder.Build(store.ReadParagraphs(), analysis, generation);
            Publish(snapshot);
            return snapshot;
        }
    }

    /// <summary>
    /// Opens the index kept in <paramref name="directory"/> if it was built from the store as it is now;
    /// otherwise rebuilds it from the store and saves it for the next start.
    /// </summary>
    public IndexSnapshot Open(ResolutionStore store, string directory)
    {
        lock (_rebuild)
        {
            _store = store;
            _alignedText = store.ReadParallelTexts();
            var snapshot = SnapshotFile.TryLoad(directory, store.Generation);
            if (snapshot is null)
            {
                snapshot = IndexBuilder.Build(store.ReadParagraphs(), analysis, store.Generation);
                SnapshotFile.Save(snapshot, directory);
            }
            Publish(snapshot);
            return snapshot;
        }
    }

    public void Publish(IndexSnapshot snapshot) => Volatile.Write(ref _current, new Searcher(snapshot, analysis));

    /// <summary>Rebuilds when the store has changed since the current snapshot was built.</summary>
    public void Refresh(ResolutionStore store)
    {
        if (_current is null || _current.Snapshot.Generation != store.Generation) Rebuild(store);
    }

    SemanticIndex? _semantic;
    readonly Lock _semanticBuild = new();
    (Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> Generator, string ModelId, ResolutionStore Store)? _external;

    /// <summary>Use an external embedding model (an OpenAI-compatible endpoint) instead of the local one; its vectors are kept in the store.</summary>
    public void UseExternalEmbeddings(Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> generator, string modelId, ResolutionStore store)
    {
        _external = (generator, modelId, store);
        Volatile.Write(ref _semantic, null);
    }

    /// <summary>The local model and vectors for the current snapshot, trained on first use and after each rebuild.</summary>
    public SemanticIndex Semantic
    {
        get
        {
            var current = Current;
            var semantic = Volatile.Read(ref _semantic);
            if (semantic is not null && ReferenceEquals(semantic.Snapshot, current.Snapshot)) return semantic;
            lock (_semanticBuild)
            {
                if (_semantic is null || !ReferenceEquals(_semantic.Snapshot, current.Snapshot))
                {
                    try
                    {
                        Volatile.Write(ref _semantic, _external is { } external
                            ? SemanticIndex.BuildExternalAsync(current.Snapshot, external.Generator, external.ModelId, external.Store).GetAwaiter().GetResult()
                            : SemanticIndex.Build(current.Snapshot, analysis, alignedText: _alignedText, store: _store));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        throw new SemanticUnavailableException(e.Message, e);
                    }
                }
                return _semantic!;
            }
        }
    }

    public SimilarClauses Similar => new(Semantic, analysis);

    /// <summary>
    /// Keyword, semantic or hybrid search. When the embedding model cannot be reached, keyword search carries on
    /// and the notice says that semantic results are unavailable.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        if (request.Mode == SearchMode.Keyword) return Current.Search(request);
        try
        {
            var semantic = Semantic;
            return new SemanticSearcher(new Searcher(semantic.Snapshot, analysis), semantic).Search(request);
        }
        catch (Exception e) when (e is SemanticUnavailableException or System.ClientModel.ClientResultException or HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            var keyword = Current.Search(request with { Mode = SearchMode.Keyword });
            return keyword with { Notices = [new QueryNotice(NoticeCode.SemanticUnavailable, e.Message.Split('\n')[0]), .. keyword.Notices] };
        }
    }
}

public sealed class SemanticUnavailableException(string message, Exception inner) : Exception(message, inner);
