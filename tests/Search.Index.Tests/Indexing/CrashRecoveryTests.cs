using System.Diagnostics;
using Lucene.Net.Index;
using Search.Index.Analysis;
using Search.Index.Documents;
using Search.Index.Indexing;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Indexing;

/// <summary>
/// The CLI is killed (SIGKILL) while it builds the index or updates store and index; each time, the next open
/// serves an index that agrees with the store. bench/ does this 20 times on a larger store (`crash`).
/// </summary>
public class CrashRecoveryTests
{
    const string Letters = "bcdfghjkmnpqrtvz";

    /// <summary>A made-up word of its own for resolution <paramref name="i"/>: consonants no stemmer strips, all of one length.</summary>
    static string Word(int i) => "zqtest" + new string(Enumerable.Range(0, 4).Select(d => Letters[i >> (4 * (3 - d)) & 15]).ToArray());

    static MadeResolutions.Made[] Made(int session, int from, int count, int firstWord) =>
        Enumerable.Range(0, count)
            .Select(i => new MadeResolutions.Made($"A/RES/{session}/{from + i}", "2016-12-01", $"Urges every State to study {Word(firstWord + i)}", Session: session))
            .ToArray();

    [Fact]
    public void The_CLI_killed_during_a_build_or_an_update_leaves_an_index_the_next_open_makes_agree_with_the_store()
    {
        CliProcess.Assembly();
        var directory = TestPaths.NewTempDirectory();
        var files = TestPaths.NewTempDirectory();
        var folder = Path.Combine(directory, LuceneIndex.FolderName);
        using var store = ResolutionStore.Open(directory);
        new Ingestor(store).Ingest([TestPaths.Corpus, MadeResolutions.Write(files, "bulk", Made(71, 1, 1000, 0))]);
        var words = Enumerable.Range(0, 1000).Select(Word).ToHashSet();
        var random = new Random(9);

        // How long the CLI takes to read one small file and build the index: the kills fall within such a time.
        var calibration = Stopwatch.StartNew();
        var (exitCode, output) = CliProcess.Run("index", MadeResolutions.Write(files, "first", Made(72, 1, 1, 5000)), "--index", directory);
        Assert.True(exitCode == 0, output);
        double fullMs = calibration.Elapsed.TotalMilliseconds;
        words.Add(Word(5000));
        Agrees(store, folder, words);

        // 1. During a full build: the index folder is gone, the CLI reads one file and builds the index.
        Directory.Delete(folder, recursive: true);
        KillAfter(random, fullMs, "index", MadeResolutions.Write(files, "second", Made(72, 2, 1, 5001)), "--index", directory);
        words.Add(Word(5001));
        Agrees(store, folder, words);

        // 2. During an update: four files of new resolutions in a row, each a store commit, then the index caught up.
        var newFiles = Path.Combine(files, "new");
        for (int f = 0; f < 4; f++) MadeResolutions.Write(newFiles, $"new-{f}", Made(73, 1 + 100 * f, 100, 6000 + 100 * f));
        words.UnionWith(Enumerable.Range(6000, 400).Select(Word));
        KillAfter(random, fullMs, "index", newFiles, "--index", directory);
        Agrees(store, folder, words);

        // 3. During an update that replaces versions the index holds: their old words must not be found any more.
        var replacing = Path.Combine(files, "replacing");
        for (int f = 0; f < 4; f++) MadeResolutions.Write(replacing, $"replacing-{f}", Made(71, 1 + 100 * f, 100, 7000 + 100 * f));
        words.UnionWith(Enumerable.Range(7000, 400).Select(Word));
        KillAfter(random, fullMs, "index", replacing, "--index", directory);
        Agrees(store, folder, words);
    }

    static void KillAfter(Random random, double fullMs, params string[] args)
    {
        var output = new System.Text.StringBuilder();
        using var process = CliProcess.Start(args, output);
        if (!process.WaitForExit((int)(fullMs * (0.3 + 0.7 * random.NextDouble())))) process.Kill();
        process.WaitForExit();
    }

    /// <summary>Opens the index as the app does at start; it must hold exactly the store's paragraphs, at the store's generation.</summary>
    static void Agrees(ResolutionStore store, string folder, IReadOnlySet<string> words)
    {
        using var index = LuceneIndex.Open(folder, store, UnAnalysis.Instance);
        Assert.True(index.IsOwner);
        Assert.Equal(store.Generation, index.Generation);

        var stored = store.ReadParagraphs();
        var expected = new List<string>();
        var texts = new List<string>();
        for (int p = 0; p < stored.Count; p++)
        {
            var resolution = stored.Resolutions[stored.ResolutionOf[p]];
            expected.Add(Paragraph.IdOf(resolution.Symbol, resolution.Language, stored.Keys[p]));
            texts.Add(stored.Text(p));
        }
        var searcher = index.Acquire();
        try
        {
            var indexed = IndexSchema.LiveParagraphIds(searcher.IndexReader).ToList();
            Assert.Equal(indexed.Count, indexed.Distinct().Count());
            Assert.Equal(expected.Order(StringComparer.Ordinal), indexed.Order(StringComparer.Ordinal));

            // Every word is found exactly as often as the store holds it: versions written are searchable, replaced ones are gone.
            var search = new Searcher(searcher, UnAnalysis.Instance, store);
            foreach (var word in words)
                Assert.Equal(texts.Count(t => t.Contains(word, StringComparison.Ordinal)), search.Search(new SearchRequest { Query = word, Translations = false, Limit = 1 }).Total);
        }
        finally { index.Release(searcher); }
    }
}
