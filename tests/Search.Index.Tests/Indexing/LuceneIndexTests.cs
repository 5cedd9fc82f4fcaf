using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Indexing;

/// <summary>
/// The Lucene index is derived from the store: built when missing, damaged or of another version, updated by
/// document when the store changes (from this process or another), and never trusted when it disagrees.
/// </summary>
public class LuceneIndexTests
{
    static (string Directory, ResolutionStore Store) SeedStore()
    {
        var directory = TestPaths.NewTempDirectory();
        var store = ResolutionStore.Open(directory);
        var report = new Ingestor(store).Ingest([TestPaths.Corpus]);
        Assert.Equal(4, report.Documents);
        return (directory, store);
    }

    static string Folder(string directory) => Path.Combine(directory, LuceneIndex.FolderName);

    static int Total(LuceneIndex index, ResolutionStore store, string query)
    {
        var searcher = index.Acquire();
        try { return new Searcher(searcher, UnAnalysis.Instance, store).Search(new SearchRequest { Query = query }).Total; }
        finally { index.Release(searcher); }
    }

    [Fact]
    public void A_missing_index_is_built_and_an_unchanged_one_is_opened_as_it_is()
    {
        var (directory, store) = SeedStore();
        using (store)
        {
            using (var first = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance))
            {
                Assert.True(first.IsOwner);
                Assert.StartsWith("built 80 paragraphs", first.LastAction);
                Assert.Equal(8, Total(first, store, "\"Cartagena Action Plan\""));
            }
            using var again = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance);
            Assert.Equal("", again.LastAction);
            Assert.Equal(store.Generation, again.Generation);
            Assert.Equal(8, Total(again, store, "\"Cartagena Action Plan\""));
        }
    }

    [Fact]
    public void A_new_resolution_is_added_by_document_and_a_replaced_one_is_not_counted_twice()
    {
        var (directory, store) = SeedStore();
        using (store)
        using (var index = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance))
        {
            Assert.Equal(0, Total(index, store, "zanzibarite"));
            var file = MadeResolutions.Write(TestPaths.NewTempDirectory(), "new",
                new MadeResolutions.Made("A/RES/70/1", "2015-09-25", "Urges every State to study zanzibarite"));
            new Ingestor(store).Ingest([file]);
            Assert.True(index.CatchUp(store));
            Assert.StartsWith("replaced 1 resolution versions (3 paragraphs)", index.LastAction);
            Assert.Equal(1, Total(index, store, "zanzibarite"));

            // The same version again replaces it: still one.
            new Ingestor(store).Ingest([file]);
            index.CatchUp(store);
            Assert.Equal(1, Total(index, store, "zanzibarite"));
            Assert.Equal(83, CountAll(index));
            Assert.False(index.CatchUp(store)); // nothing new
        }
    }

    static int CountAll(LuceneIndex index)
    {
        var searcher = index.Acquire();
        try { return searcher.Columns.LiveCount; }
        finally { index.Release(searcher); }
    }

    [Fact]
    public void A_second_process_reads_the_owners_commits_and_cannot_write()
    {
        var (directory, store) = SeedStore();
        using (store)
        using (var owner = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance))
        using (var reader = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance))
        {
            Assert.True(owner.IsOwner);
            Assert.False(reader.IsOwner);
            var file = MadeResolutions.Write(TestPaths.NewTempDirectory(), "new",
                new MadeResolutions.Made("A/RES/70/2", "2015-10-01", "Welcomes the report on quillwort"));
            new Ingestor(store).Ingest([file]);
            Assert.False(reader.CatchUp(store)); // the owner has not indexed it yet
            Assert.True(owner.CatchUp(store));
            Assert.True(reader.CatchUp(store));
            Assert.Equal(1, Total(reader, store, "quillwort"));
            Assert.Equal(store.Generation, reader.Generation);
        }
    }

    [Fact]
    public void A_damaged_index_is_rebuilt_from_the_store()
    {
        var (directory, store) = SeedStore();
        using (store)
        {
            LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance).Dispose();
            // Damage every file that Lucene reads at open: the commit point and the segments' descriptions.
            foreach (var file in Directory.GetFiles(Folder(directory)).Where(f => Path.GetFileName(f).StartsWith("segments_")))
            {
                var bytes = File.ReadAllBytes(file);
                bytes[bytes.Length / 2] ^= 0xFF;
                File.WriteAllBytes(file, bytes);
            }
            using var index = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance);
            Assert.StartsWith("built 80 paragraphs", index.LastAction);
            Assert.Equal(8, Total(index, store, "\"Cartagena Action Plan\""));
        }
    }

    [Fact]
    public void An_index_that_disagrees_with_the_store_is_rebuilt()
    {
        var (directory, store) = SeedStore();
        using (store)
        {
            LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance).Dispose();
            // Another store of the same generation (a restored backup): the index must not be trusted.
            var otherDirectory = TestPaths.NewTempDirectory();
            using var other = ResolutionStore.Open(otherDirectory);
            var file = MadeResolutions.Write(TestPaths.NewTempDirectory(), "one",
                new MadeResolutions.Made("A/RES/70/3", "2015-10-02", "Notes the study"));
            new Ingestor(other).Ingest([file]);
            while (other.Generation < store.Generation) new Ingestor(other).Ingest([file]);
            Assert.Equal(store.Generation, other.Generation);
            Directory.Move(Folder(directory), Folder(otherDirectory));
            using var index = LuceneIndex.Open(Folder(otherDirectory), other, UnAnalysis.Instance);
            Assert.StartsWith("built 3 paragraphs", index.LastAction);
            Assert.Equal(0, Total(index, other, "\"Cartagena Action Plan\""));
        }
    }

    [Fact]
    public void A_build_in_parts_finds_what_a_build_in_one_piece_finds()
    {
        var (directory, store) = SeedStore();
        using (store)
        {
            var inParts = Path.Combine(directory, "in-parts");
            using var parts = LuceneIndex.Open(inParts, store, UnAnalysis.Instance, paragraphsPerBuildPart: 10);
            using var whole = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance);
            Assert.Contains("(1 part)", whole.LastAction);
            if (Environment.ProcessorCount > 1) Assert.Matches(@"\([2-9] parts\)", parts.LastAction);
            Assert.False(Directory.Exists(inParts + "-parts"), "the parts are removed once the index holds them");
            Assert.Equal(80, CountAll(parts));
            foreach (var query in new[] { "\"Cartagena Action Plan\"", "mines", "ratify OR urges", "stock*", "\"plan d'action\"", "Картахенский", "mines -victims", "" })
            {
                var expected = Hits(whole, store, query);
                Assert.NotEmpty(expected);
                Assert.Equal(expected, Hits(parts, store, query));
            }
        }
    }

    /// <summary>Every hit of a query as (paragraph id, score), in id order: document numbers differ between the two builds, ties may rank apart.</summary>
    static List<(string Id, double Score)> Hits(LuceneIndex index, ResolutionStore store, string query)
    {
        var searcher = index.Acquire();
        try
        {
            var result = new Searcher(searcher, UnAnalysis.Instance, store).Search(new SearchRequest { Query = query, Limit = 1000, Translations = false });
            Assert.Equal(result.Total, result.Hits.Count);
            return result.Hits.Select(h => (h.Id, Math.Round(h.Score, 4))).OrderBy(h => h.Id, StringComparer.Ordinal).ToList();
        }
        finally { index.Release(searcher); }
    }

    [Fact]
    public void Parts_left_by_a_build_that_was_killed_are_removed()
    {
        var (directory, store) = SeedStore();
        using (store)
        {
            var leftover = Path.Combine(Folder(directory) + "-parts", "0");
            Directory.CreateDirectory(leftover);
            File.WriteAllText(Path.Combine(leftover, "_0.fdt"), "half a file");
            using var index = LuceneIndex.Open(Folder(directory), store, UnAnalysis.Instance);
            Assert.False(Directory.Exists(Folder(directory) + "-parts"));
            Assert.Equal(80, CountAll(index));
        }
    }

    [Fact]
    public void Newest_first_tells_neighbouring_days_apart()
    {
        var directory = TestPaths.NewTempDirectory();
        using var store = ResolutionStore.Open(directory);
        // Dates above 2^24 as yyyymmdd: a float key would make 20131204 and 20131205 equal.
        var file = MadeResolutions.Write(TestPaths.NewTempDirectory(), "days",
            new MadeResolutions.Made("A/RES/68/101", "2013-12-04", "Urges the study of kelp"),
            new MadeResolutions.Made("A/RES/68/102", "2013-12-05", "Urges the study of kelp"),
            new MadeResolutions.Made("A/RES/68/100", "2013-12-03", "Urges the study of kelp"));
        new Ingestor(store).Ingest([file]);
        var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Open(store, directory);
        using (engine)
        {
            var newest = engine.Search(new SearchRequest { Query = "kelp", Sort = SortOrder.Newest });
            Assert.Equal(["2013-12-05", "2013-12-04", "2013-12-03"], newest.Hits.Select(h => h.AdoptionDate));
            var oldest = engine.Search(new SearchRequest { Query = "kelp", Sort = SortOrder.Oldest });
            Assert.Equal(["2013-12-03", "2013-12-04", "2013-12-05"], oldest.Hits.Select(h => h.AdoptionDate));
            var browsing = engine.Search(new SearchRequest { Query = "", Filters = new() { Types = new HashSet<string> { "operative" } }, Sort = SortOrder.Newest, Limit = 2 });
            Assert.All(browsing.Hits, h => Assert.Equal("2013-12-05", h.AdoptionDate));
        }
    }
}
