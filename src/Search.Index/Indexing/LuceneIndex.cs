using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Index.Analysis;
using Search.Index.Indexing.Columns;
using Search.Index.Scoring;
using Search.Index.Storage;

namespace Search.Index.Indexing;

/// <summary>
/// The keyword index: a Lucene index derived from the store. The process that holds the folder's owner lock (and
/// then Lucene's write lock) owns it: it builds it when it is missing, of another schema, damaged or behind what the change log reaches, and
/// otherwise brings it up to date by replacing the resolution versions the store's change log names, then
/// commits (with the store generation in the commit) and refreshes its searchers near-real-time. A process that
/// finds the lock taken (the CLI while the web app runs) reads the owner's last commit instead.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    public const string FolderName = "lucene";
    const string GenerationKey = "store_generation", SchemaKey = "schema";
    /// <summary>The file whose exclusive handle makes a process the owner; see <see cref="TryLockOwner"/>.</summary>
    public const string OwnerLockName = "owner.lock";

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LuceneIndex> OwnedHere = new();

    readonly FSDirectory _directory;
    readonly ITermSource _analysis;
    readonly ILogger _log;
    readonly ColumnDictionaries _dictionaries;
    readonly int _paragraphsPerBuildPart;
    readonly System.Threading.Lock _write = new();
    IndexWriter? _writer;
    FileStream? _ownerLock;
    SearcherManager _searchers = null!;
    long _generation;

    LuceneIndex(FSDirectory directory, ITermSource analysis, ILogger log, int paragraphsPerBuildPart)
    {
        _directory = directory;
        _paragraphsPerBuildPart = paragraphsPerBuildPart;
        _analysis = analysis;
        _log = log;
        _dictionaries = new ColumnDictionaries(analysis.Languages);
    }

    public string Path => _directory.Directory.FullName;

    /// <summary>Where each segment's columns are kept once read (<see cref="Columns.SegmentColumnFile"/>).</summary>
    string ColumnFolder => Path + "-columns";

    /// <summary>Whether this process owns the index (holds the write lock) and keeps it up to date.</summary>
    public bool IsOwner => _writer is not null;

    /// <summary>The store generation the searchable index reflects.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>What the last open or catch-up did, for logs and benchmarks.</summary>
    public string LastAction { get; private set; } = "";

    /// <summary>
    /// Opens the index in <paramref name="folder"/>, building it or catching it up from the store when this process
    /// can own it. A full build splits the paragraphs into parts of at least <paramref name="paragraphsPerBuildPart"/>
    /// (<see cref="IndexBuild"/>); tests make it small to build small stores in parts too.
    /// </summary>
    public static LuceneIndex Open(string folder, ResolutionStore store, ITermSource analysis, ILogger? log = null,
        int paragraphsPerBuildPart = IndexBuild.DefaultParagraphsPerPart)
    {
        System.IO.Directory.CreateDirectory(folder);
        var index = new LuceneIndex(FSDirectory.Open(folder), analysis, log ?? NullLogger.Instance, paragraphsPerBuildPart);
        try
        {
            if (!index.TryOwn(store)) index.OpenCommitted();
        }
        catch
        {
            index.Dispose();
            throw;
        }
        return index;
    }

    /// <summary>Takes the write lock if it is free, then makes the index current; false when another process owns it.</summary>
    bool TryOwn(ResolutionStore store)
    {
        // The owner lock keeps other processes out; within one process it is not a lock at all, so this process
        // remembers which folders it owns (as Java Lucene does for its own lock).
        if (!OwnedHere.TryAdd(Path, this)) return false;
        _ownerLock = TryLockOwner(Path);
        if (_ownerLock is null)
        {
            OwnedHere.TryRemove(Path, out _);
            return false;
        }
        try
        {
            SegmentColumns.Prefetch(_directory, ColumnFolder);
            _writer = OpenWriter();
            Prepare(store);
        }
        catch (LockObtainFailedException)
        {
            _ownerLock.Dispose();
            _ownerLock = null;
            OwnedHere.TryRemove(Path, out _);
            return false;
        }
        catch (Exception e) when (IsDamage(e))
        {
            _log.LogWarning("The keyword index in {Path} cannot be read ({Reason}); rebuilding it from the store.", Path, e.Message);
            _searchers?.Dispose();
            _writer?.Rollback();
            _writer?.Dispose();
            ClearFolder();
            _writer = OpenWriter();
            Prepare(store);
        }
        finally
        {
            SegmentColumns.ForgetPrefetched();
        }
        CatchUp(store);
        DropColumnFilesOfGoneSegments();
        // Parts of a build that was killed: the index never took them, so failing to delete them is only reported.
        try { IndexBuild.RemoveParts(PartsFolder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogWarning("The parts of an unfinished build in {Folder} could not be deleted: {Reason}", PartsFolder, e.Message);
        }
        return true;
    }

    /// <summary>Rebuilds unless the last commit is of this schema and agrees with the store; then opens the searchers.</summary>
    void Prepare(ResolutionStore store)
    {
        var writer = _writer!;
        var commit = writer.CommitData;
        long generation = commit.TryGetValue(GenerationKey, out var g) && long.TryParse(g, out var parsed) ? parsed : -1;
        bool sameSchema = commit.TryGetValue(SchemaKey, out var schema) && schema == IndexSchema.Version;
        _generation = generation;
        if (!sameSchema || generation < 0 || !Agrees(writer, store, generation))
            Rebuild(store, generation < 0 ? "there was none" : !sameSchema ? "it was made by another version" : "it did not agree with the store");
        _searchers = new SearcherManager(writer, true, new ColumnSearcher.Factory(_dictionaries, ColumnFolder, _ => Generation));
    }

    /// <summary>
    /// An exclusive handle on a file of the index folder, or null when another process holds it. Lucene.Net's own
    /// write lock does not keep a second process out on Linux (both obtain it), and two writers would delete each
    /// other's files; .NET's FileShare.None is an OS lock, which the OS lets go of however the process ends (kill -9 included).
    /// </summary>
    /// <summary>Whether another process owns the index in <paramref name="folder"/> now (a running web app), without opening it.</summary>
    public static bool IsOwnedElsewhere(string folder)
    {
        if (!System.IO.Directory.Exists(folder) || OwnedHere.ContainsKey(new DirectoryInfo(folder).FullName)) return false;
        using var probe = TryLockOwner(folder);
        return probe is null;
    }

    static FileStream? TryLockOwner(string folder)
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(folder, OwnerLockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    IndexWriter OpenWriter() => new(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexSchema.Analyzer(_analysis))
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = LanguageFieldSimilarity.Instance,
        RAMBufferSizeMB = 128,
        // Another process holding the lock is the normal case (the web app runs while the CLI is used): do not wait for it.
        WriteLockTimeout = 0,
    });

    /// <summary>
    /// A writer of one part of a full build (<see cref="IndexBuild"/>): the same analysis and similarity (norms are
    /// encoded by it), a buffer that holds a part of a million paragraphs in one segment, no compound file (the
    /// part's files are copied into the index once, so packing them first would copy them twice) and no merges.
    /// </summary>
    IndexWriterConfig PartConfig() => new(LuceneVersion.LUCENE_48, IndexSchema.Analyzer(_analysis))
    {
        OpenMode = OpenMode.CREATE,
        Similarity = LanguageFieldSimilarity.Instance,
        RAMBufferSizeMB = 96,
        UseCompoundFile = false,
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
    };

    /// <summary>Where a full build writes its part indexes until the index takes them.</summary>
    string PartsFolder => Path + "-parts";

    /// <summary>
    /// A cheap check that the committed index is what the store held at its generation: as many live paragraphs.
    /// A commit is atomic, so a crash leaves the last commit whole; this catches an index copied from elsewhere
    /// or a store restored from a backup.
    /// </summary>
    bool Agrees(IndexWriter writer, ResolutionStore store, long generation)
    {
        if (generation > store.Generation) return false;
        if (generation < store.Generation) return store.ChangesSince(generation) is not null;
        return writer.NumDocs == store.ParagraphCount();
    }

    void OpenCommitted()
    {
        if (!DirectoryReader.IndexExists(_directory))
            throw new IndexUnavailableException($"the keyword index in {Path} is being built by another process; try again when it is done");
        SegmentColumns.Prefetch(_directory, ColumnFolder);
        try
        {
            _searchers = new SearcherManager(_directory, new ColumnSearcher.Factory(_dictionaries, ColumnFolder, CommittedGeneration));
        }
        finally
        {
            SegmentColumns.ForgetPrefetched();
        }
        _generation = AcquireReaderGeneration();
    }

    /// <summary>
    /// The store generation of what a search sees now. <see cref="Generation"/> moves on at the commit, a moment
    /// before the searchers are refreshed: anything keyed by the index's state (kept answers) must use this one,
    /// or an answer from the old searcher would be kept under the new generation.
    /// </summary>
    public long SearchableGeneration => AcquireReaderGeneration();

    long AcquireReaderGeneration()
    {
        var searcher = (ColumnSearcher)_searchers.Acquire();
        try { return searcher.Generation; }
        finally { _searchers.Release(searcher); }
    }

    long CommittedGeneration(IndexReader reader) =>
        reader is DirectoryReader directory && directory.IndexCommit.UserData.TryGetValue(GenerationKey, out var g) && long.TryParse(g, out var parsed) ? parsed : -1;

    /// <summary>Builds the whole index again from the store, in one commit: until it lands, the previous commit stays the index.</summary>
    public void Rebuild(ResolutionStore store, string reason)
    {
        lock (_write)
        {
            var writer = _writer ?? throw new InvalidOperationException("the index is owned by another process");
            var clock = Stopwatch.StartNew();
            // The generation is read before the paragraphs: a commit landing in between is applied again by the next catch-up.
            long generation = store.Generation;
            var paragraphs = store.ReadParagraphs();
            int parts = IndexBuild.Replace(writer, paragraphs, _analysis.Languages, PartsFolder, PartConfig, _paragraphsPerBuildPart);
            Commit(writer, generation);
            LastAction = $"built {paragraphs.Count:N0} paragraphs in {clock.Elapsed.TotalSeconds:F1} s ({parts} {(parts == 1 ? "part" : "parts")}) because {reason}";
            _log.LogInformation("Keyword index {Path}: {Action}.", Path, LastAction);
        }
    }

    /// <summary>
    /// Brings the index up to the store: the owner replaces the versions written since its generation (or
    /// rebuilds when the log does not reach back), commits and refreshes; a reader picks up the owner's last commit.
    /// Returns whether the searchable index changed.
    /// </summary>
    public bool CatchUp(ResolutionStore store)
    {
        if (_writer is null)
        {
            // MaybeRefresh says whether it refreshed, not whether anything changed: compare the searchers.
            var before = Acquire();
            Release(before);
            _searchers.MaybeRefreshBlocking();
            var after = Acquire();
            Release(after);
            _generation = after.Generation;
            return !ReferenceEquals(before, after);
        }
        lock (_write)
        {
            var writer = _writer;
            if (store.Generation == Generation) return false;
            var changes = store.ChangesSince(Generation);
            if (changes is null) Rebuild(store, "the store's change log does not reach back to the index");
            else
            {
                var clock = Stopwatch.StartNew();
                var (generation, versions) = changes.Value;
                int added = 0;
                var document = new ParagraphDocument(_analysis.Languages);
                foreach (var (symbol, language) in versions)
                {
                    writer.DeleteDocuments(IndexSchema.VersionQuery(symbol, language));
                    if (store.Get(symbol, language) is not { } resolution) continue;
                    foreach (var p in resolution.Paragraphs)
                    {
                        writer.AddDocument(document.Set(resolution, p.Key, p.Type, p.Verb, p.Text));
                        added++;
                    }
                }
                Commit(writer, generation);
                LastAction = $"replaced {versions.Count} resolution versions ({added} paragraphs) in {clock.Elapsed.TotalMilliseconds:F0} ms";
                _log.LogInformation("Keyword index {Path}: {Action}.", Path, LastAction);
            }
            _searchers?.MaybeRefreshBlocking();
            DropColumnFilesOfGoneSegments();
            return true;
        }
    }

    /// <summary>Column files of segments that merges or a rebuild have replaced are removed by the owner.</summary>
    void DropColumnFilesOfGoneSegments()
    {
        if (_writer is null || !System.IO.Directory.Exists(ColumnFolder)) return;
        var searcher = Acquire();
        try
        {
            var current = searcher.IndexReader.Leaves.Select(l => Columns.SegmentColumns.FileName(l.AtomicReader)).OfType<string>().ToHashSet();
            foreach (var file in System.IO.Directory.GetFiles(ColumnFolder))
                if (!current.Contains(System.IO.Path.GetFileName(file)) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddMinutes(-1))
                    try { File.Delete(file); } catch (IOException) { }
        }
        finally { Release(searcher); }
    }

    void Commit(IndexWriter writer, long generation)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [GenerationKey] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SchemaKey] = IndexSchema.Version,
        });
        writer.Commit();
        Volatile.Write(ref _generation, generation);
    }

    /// <summary>A searcher on the current point in time; give it back with <see cref="Release"/>.</summary>
    public ColumnSearcher Acquire() => (ColumnSearcher)_searchers.Acquire();

    public void Release(ColumnSearcher searcher) => _searchers.Release(searcher);

    static bool IsDamage(Exception e) => e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
        or EndOfStreamException or FileNotFoundException or DirectoryNotFoundException or IOException and not LockObtainFailedException;

    void ClearFolder()
    {
        foreach (var file in _directory.ListAll())
            if (file != IndexWriter.WRITE_LOCK_NAME && file != OwnerLockName) _directory.DeleteFile(file);
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _ownerLock?.Dispose();
        OwnedHere.TryRemove(new KeyValuePair<string, LuceneIndex>(Path, this));
        _directory.Dispose();
    }
}

public sealed class IndexUnavailableException(string message) : Exception(message);
