using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Index.Storage;

namespace Search.Index.Indexing;

/// <summary>
/// A full build: the store's paragraphs, read as columns, indexed from every core. Each core has an index writer
/// of its own, writing a part index in a folder beside the index; the parts are then added to the index whole
/// (their segment files copied, nothing merged). One shared writer would take documents from every thread too,
/// but measured at a million paragraphs on two cores it was 4 to 6 s slower: its threads share its flush control
/// and its per-thread states, and at the commit it flushes every thread's segment one after the other on one
/// core, where separate writers flush their own at the same time.
/// The paragraphs go to the writers in runs of a few thousand in the store's order (symbol, then language), and
/// within a run one language after the other, where the store's order alternates languages every few paragraphs:
/// a language's analysis tables and its field's term hash then stay in the processor's caches (the build took 10
/// to 15 % less CPU at a million paragraphs), while a clause and its translations keep document numbers close
/// together, which the facets of a query that brings hundreds of thousands of translations read in turn. Nothing
/// else reads meaning into document numbers beyond breaking ties.
/// </summary>
public static class IndexBuild
{
    /// <summary>Parts are made only this large or larger: below it a part a core costs more than it saves, and the paragraphs go straight into the index.</summary>
    public const int DefaultParagraphsPerPart = 50_000;

    const int Chunk = 4096;

    /// <summary>
    /// Replaces what <paramref name="target"/> holds with <paramref name="paragraphs"/>, uncommitted. Part indexes
    /// are written under <paramref name="partsFolder"/>, which is emptied first and removed at the end; one left by
    /// a process that was killed is nothing but files to delete, since the index takes them only at its commit.
    /// Returns how many parts were made (1: the paragraphs went straight into the index).
    /// </summary>
    public static int Replace(IndexWriter target, StoredParagraphs paragraphs, IReadOnlyList<string> languages,
        string partsFolder, Func<IndexWriterConfig> partConfig, int paragraphsPerPart = DefaultParagraphsPerPart)
    {
        int count = Math.Clamp(paragraphs.Count / Math.Max(1, paragraphsPerPart), 1, Environment.ProcessorCount);
        RemoveParts(partsFolder);
        target.DeleteAll();
        var order = ByLanguageWithinChunks(paragraphs);
        if (count == 1)
        {
            // A small store: every core adds to the index's own writer, which takes documents from several threads.
            var shared = new ChunkQueue(paragraphs.Count);
            OnEveryCore(Environment.ProcessorCount, _ => AddChunks(target, paragraphs, order, languages, shared), shared);
            return 1;
        }
        var directories = Enumerable.Range(0, count)
            .Select(i => (Lucene.Net.Store.Directory)FSDirectory.Open(Path.Combine(partsFolder, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToArray();
        try
        {
            var queue = new ChunkQueue(paragraphs.Count);
            OnEveryCore(count, part =>
            {
                using var writer = new IndexWriter(directories[part], partConfig());
                try
                {
                    AddChunks(writer, paragraphs, order, languages, queue);
                    writer.Commit();
                }
                catch
                {
                    writer.Rollback();
                    throw;
                }
            }, queue);
            target.AddIndexes(directories);
            return count;
        }
        finally
        {
            foreach (var directory in directories) directory.Dispose();
            RemoveParts(partsFolder);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="workers"/> threads of their own; the first to fail stops the
    /// others' queue, and its exception (not an AggregateException: callers tell damage from other errors by type)
    /// is thrown once all have ended.
    /// </summary>
    static void OnEveryCore(int workers, Action<int> work, ChunkQueue queue)
    {
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Factory.StartNew(() =>
        {
            try { work(worker); }
            catch
            {
                queue.Stop();
                throw;
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WhenAll(tasks).GetAwaiter().GetResult();
    }

    /// <summary>Deletes a parts folder, the leftover of a build that did not finish.</summary>
    public static void RemoveParts(string partsFolder)
    {
        if (System.IO.Directory.Exists(partsFolder)) System.IO.Directory.Delete(partsFolder, recursive: true);
    }

    /// <summary>The paragraphs' numbers, each run of <see cref="Chunk"/> grouped by language (a stable counting sort a run).</summary>
    static int[] ByLanguageWithinChunks(StoredParagraphs paragraphs)
    {
        var languageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var resolutionLanguage = paragraphs.Resolutions.Select(r => languageOf.TryGetValue(r.Language, out int l) ? l : languageOf[r.Language] = languageOf.Count).ToArray();
        var order = new int[paragraphs.Count];
        var starts = new int[languageOf.Count + 1];
        for (int from = 0; from < paragraphs.Count; from += Chunk)
        {
            int to = Math.Min(paragraphs.Count, from + Chunk);
            Array.Clear(starts);
            for (int p = from; p < to; p++) starts[resolutionLanguage[paragraphs.ResolutionOf[p]] + 1]++;
            starts[0] = from;
            for (int l = 0; l < languageOf.Count; l++) starts[l + 1] += starts[l];
            for (int p = from; p < to; p++) order[starts[resolutionLanguage[paragraphs.ResolutionOf[p]]]++] = p;
        }
        return order;
    }

    static void AddChunks(IndexWriter writer, StoredParagraphs paragraphs, int[] order, IReadOnlyList<string> languages, ChunkQueue queue)
    {
        var document = new ParagraphDocument(languages);
        var text = new Utf8TextReader();
        while (queue.TryTake(out int from, out int to))
            foreach (int p in order.AsSpan(from, to - from))
            {
                var resolution = paragraphs.Resolutions[paragraphs.ResolutionOf[p]];
                writer.AddDocument(document.Set(resolution, paragraphs.Keys[p], paragraphs.Types[p], paragraphs.Verbs[p], text.Set(paragraphs.TextBytes(p))));
            }
    }

    /// <summary>Consecutive runs of paragraphs handed to whichever writer asks first, so that a core slowed down by other work takes fewer.</summary>
    sealed class ChunkQueue(int count)
    {
        int _next = -Chunk;

        public bool TryTake(out int from, out int to)
        {
            from = Interlocked.Add(ref _next, Chunk);
            to = Math.Min(count, from + Chunk);
            return from < count;
        }

        public void Stop() => Volatile.Write(ref _next, count);
    }
}
