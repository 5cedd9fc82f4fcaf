using Search.Index.Analysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Index.Indexing;
using Search.Index.Paragraphs;
using Search.Index.Querying.Model;
using Search.Index.Semantics;
using Search.Index.Storage;

namespace Search.Index.Searching;

/// <summary>
/// The engine the CLI, the API and the pages share: keyword search on the Lucene index (kept up to date from the
/// store), and the semantic side (local or external model, vectors, similar clauses) on the store's paragraphs.
/// Each search takes the point-in-time searcher current when it starts and finishes on it.
/// </summary>
public sealed class SearchEngine(ITermSource analysis) : IDisposable
{
    LuceneIndex? _index;
    ResolutionStore? _store;
    readonly Lock _open = new();

    public ITermSource Analysis => analysis;

    /// <summary>Where the engine says what it repaired on its own (a damaged index rebuilt, a damaged stored model trained again).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>How small a part of a full build may be (<see cref="IndexBuild"/>): tests lower it to build small stores in parts.</summary>
    public int ParagraphsPerBuildPart { get; init; } = IndexBuild.DefaultParagraphsPerPart;

    public bool IsReady => Volatile.Read(ref _index) is not null;

    public LuceneIndex Index => Volatile.Read(ref _index) ?? throw new InvalidOperationException("no index has been opened yet");

    ResolutionStore Store => _store ?? throw new InvalidOperationException("no index has been opened yet");

    /// <summary>
    /// Opens the keyword index kept in <paramref name="directory"/>: built from the store if it is missing, of
    /// another version or damaged, brought up to date by document otherwise. The store must stay open while the
    /// engine is in use: the local model and its vectors are kept there too.
    /// </summary>
    public LuceneIndex Open(ResolutionStore store, string directory, ILogger? log = null)
    {
        lock (_open)
        {
            _index?.Dispose();
            _store = store;
            var index = LuceneIndex.Open(Path.Combine(directory, LuceneIndex.FolderName), store, analysis, log ?? Logger, ParagraphsPerBuildPart);
            Volatile.Write(ref _index, index);
            return index;
        }
    }

    /// <summary>Opens the index beside the store's file (if not open yet) and builds it again from the store.</summary>
    public LuceneIndex Rebuild(ResolutionStore store)
    {
        lock (_open)
        {
            if (_index is null || !ReferenceEquals(_store, store)) Open(store, Path.GetDirectoryName(store.Path)!);
            var index = Index;
            if (index.IsOwner) { index.Rebuild(store, "a rebuild was asked for"); index.CatchUp(store); }
            return index;
        }
    }

    /// <summary>Brings the keyword index up to the store (what another process wrote included); true when the searchable index changed.</summary>
    public bool Refresh() => Index.CatchUp(Store);

    /// <summary>The number of paragraphs searchable now.</summary>
    public int ParagraphCount
    {
        get
        {
            var searcher = Index.Acquire();
            try { return searcher.Columns.LiveCount; }
            finally { Index.Release(searcher); }
        }
    }

    /// <summary>Keyword search on the current point in time.</summary>
    public SearchResult KeywordSearch(SearchRequest request)
    {
        var index = Index;
        var searcher = index.Acquire();
        try { return new Searcher(searcher, analysis, Store).Search(request); }
        finally { index.Release(searcher); }
    }

    ParagraphSnapshot? _paragraphs;
    IReadOnlyList<IReadOnlyList<(string Language, string Text)>> _alignedText = [];
    readonly Lock _paragraphsRead = new();

    /// <summary>The store's paragraphs as columns, read again when the index has moved on: what the semantic side works on.</summary>
    public ParagraphSnapshot Paragraphs
    {
        get
        {
            long generation = Index.Generation;
            var current = Volatile.Read(ref _paragraphs);
            if (current is not null && current.Generation == generation) return current;
            lock (_paragraphsRead)
            {
                if (_paragraphs is null || _paragraphs.Generation != generation)
                {
                    _alignedText = Store.ReadParallelTexts();
                    Volatile.Write(ref _paragraphs, ParagraphTableBuilder.Build(Store.ReadParagraphs(), generation));
                }
                return _paragraphs;
            }
        }
    }

    SemanticIndex? _semantic;
    readonly Lock _semanticBuild = new();
    (IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId)? _external;

    /// <summary>Use an external embedding model (an OpenAI-compatible endpoint) instead of the local one; its vectors are kept in the store.</summary>
    public void UseExternalEmbeddings(IEmbeddingGenerator<string, Embedding<float>> generator, string modelId)
    {
        _external = (generator, modelId);
        Volatile.Write(ref _semantic, null);
        Interlocked.Increment(ref _semanticVersion);
    }

    /// <summary>The model and vectors for the current paragraphs, made on first use and after each change of the store.</summary>
    public SemanticIndex Semantic
    {
        get
        {
            var paragraphs = Paragraphs;
            var semantic = Volatile.Read(ref _semantic);
            if (semantic is not null && ReferenceEquals(semantic.Snapshot, paragraphs)) return semantic;
            lock (_semanticBuild)
            {
                if (_semantic is null || !ReferenceEquals(_semantic.Snapshot, paragraphs))
                {
                    try
                    {
                        Volatile.Write(ref _semantic, _external is { } external
                            ? SemanticIndex.BuildExternalAsync(paragraphs, external.Generator, external.ModelId, Store).GetAwaiter().GetResult()
                            : SemanticIndex.Build(paragraphs, analysis, alignedText: _alignedText, store: Store, logger: Logger));
                        Interlocked.Increment(ref _semanticVersion);
                        var docs = paragraphs.Documents;
                        var store = Store;
                        docs.ReleaseTexts(d => store.ReadDisplays([(docs.Symbol(d), docs.Language(d), docs.Key(d))])[0]?.Text ?? "");
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

    /// <summary>Changes each time another semantic model or set of vectors comes into use; 0 while there is none.</summary>
    public int SemanticVersion => Volatile.Read(ref _semanticVersion);
    int _semanticVersion;

    /// <summary>
    /// Keyword, semantic or hybrid search. When the embedding model cannot be reached, keyword search carries on
    /// and the notice says that semantic results are unavailable.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        if (request.Mode == SearchMode.Keyword) return KeywordSearch(request);
        var wanted = SemanticSearcher.TextToEmbed(request.Query);
        // Nothing wanted in words (only filters, or only exclusions): there is no meaning to look for.
        if (wanted.Length == 0) return KeywordSearch(request with { Mode = SearchMode.Keyword });
        try
        {
            var semantic = Semantic;
            var vector = semantic.EmbedQuery(wanted);
            var index = Index;
            var searcher = index.Acquire();
            try
            {
                var near = SemanticSearcher.Near(semantic, vector, searcher.Columns);
                return new Searcher(searcher, analysis, Store).Search(request, near);
            }
            finally { index.Release(searcher); }
        }
        catch (Exception e) when (e is SemanticUnavailableException or System.ClientModel.ClientResultException or HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            var keyword = KeywordSearch(request with { Mode = SearchMode.Keyword });
            return keyword with { Notices = [new QueryNotice(NoticeCode.SemanticUnavailable, e.Message.Split('\n')[0]), .. keyword.Notices] };
        }
    }

    public void Dispose()
    {
        lock (_open)
        {
            _index?.Dispose();
            _index = null;
        }
    }
}

public sealed class SemanticUnavailableException(string message, Exception inner) : Exception(message, inner);
