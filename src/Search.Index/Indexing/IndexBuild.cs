using Lucene.Net.Index;
using Search.Index.Documents;
using Search.Index.Storage;

namespace Search.Index.Indexing;

/// <summary>
/// A full build: the store's paragraphs, read as columns, added to the index writer from every core. Lucene's
/// writer takes documents from several threads at once, each into its own segment in memory.
/// </summary>
public static class IndexBuild
{
    public static void AddAll(IndexWriter writer, StoredParagraphs paragraphs, IReadOnlyList<string> languages)
    {
        int threads = Math.Max(1, Environment.ProcessorCount);
        int chunk = 4096;
        int next = -chunk;
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            var document = new ParagraphDocument(languages);
            while (true)
            {
                int from = Interlocked.Add(ref next, chunk);
                if (from >= paragraphs.Count) return;
                int to = Math.Min(paragraphs.Count, from + chunk);
                for (int p = from; p < to; p++)
                {
                    var resolution = paragraphs.Resolutions[paragraphs.ResolutionOf[p]];
                    writer.AddDocument(document.Set(resolution, paragraphs.Keys[p], paragraphs.Types[p], paragraphs.Verbs[p], paragraphs.Text(p)));
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
    }
}
