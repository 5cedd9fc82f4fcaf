using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Indexing;

/// <summary>A saved index comes back exactly as it was built, or not at all: a damaged or stale file is never trusted.</summary>
public class SnapshotFileTests
{
    static (string Directory, IndexSnapshot Built) Saved()
    {
        var directory = TestPaths.NewTempDirectory();
        using var store = ResolutionStore.Open(directory);
        new Ingestor(store).Ingest([TestPaths.Corpus]);
        var built = IndexBuilder.Build(store.ReadParagraphs(), UnAnalysis.Instance, store.Generation);
        SnapshotFile.Save(built, directory);
        return (directory, built);
    }

    static string FilePath(string directory) => Path.Combine(directory, SnapshotFile.FileName);

    [Fact]
    public void A_saved_index_loads_back_exactly()
    {
        var (directory, built) = Saved();
        var loaded = SnapshotFile.TryLoad(directory, built.Generation);
        Assert.NotNull(loaded);
        var (a, b) = (built.Documents, loaded.Documents);
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.TextUtf8, b.TextUtf8);
        Assert.Equal(a.TextOffsets, b.TextOffsets);
        Assert.Equal(a.SymbolIds, b.SymbolIds);
        Assert.Equal(a.Symbols, b.Symbols);
        Assert.Equal(a.VerbIds, b.VerbIds);
        Assert.Equal(a.VerbDisplays, b.VerbDisplays);
        Assert.Equal(a.Years, b.Years);
        Assert.Equal(a.Lengths, b.Lengths);
        Assert.Equal(a.AlignedNext, b.AlignedNext);
        Assert.Equal(built.Fields.Keys.Order(), loaded.Fields.Keys.Order());
        foreach (var (language, field) in built.Fields)
        {
            var other = loaded.Fields[language];
            Assert.Equal(field.SortedTerms, other.SortedTerms);
            Assert.Equal(field.Positions, other.Positions);
            Assert.Equal(field.AverageLength, other.AverageLength);
            foreach (var term in field.SortedTerms)
            {
                Assert.Equal(field.Terms[term].Docs.ToArray(), other.Terms[term].Docs.ToArray());
                Assert.Equal(field.Terms[term].Freqs.ToArray(), other.Terms[term].Freqs.ToArray());
                Assert.Equal(field.Terms[term].PositionStarts.ToArray(), other.Terms[term].PositionStarts.ToArray());
                Assert.Equal(field.Terms[term].BlockMaxTf.ToArray(), other.Terms[term].BlockMaxTf.ToArray());
            }
        }
        var query = new SearchRequest { Query = "\"Cartagena Action Plan\"" };
        Assert.Equal(new Searcher(built, UnAnalysis.Instance).Search(query).Hits.Select(h => h.Id),
            new Searcher(loaded, UnAnalysis.Instance).Search(query).Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_file_of_another_generation_or_none_is_not_used()
    {
        var (directory, built) = Saved();
        Assert.Null(SnapshotFile.TryLoad(directory, built.Generation + 1));
        Assert.Null(SnapshotFile.TryLoad(TestPaths.NewTempDirectory(), built.Generation));
    }

    [Fact]
    public void Any_damaged_byte_or_a_short_file_makes_it_unusable()
    {
        var (directory, built) = Saved();
        var original = File.ReadAllBytes(FilePath(directory));
        var random = new Random(5);
        // The header, every part of the sections, the table of sections and its checksum.
        var offsets = new[] { 0, 5, 9, 17, original.Length - 1, original.Length - 9, original.Length - 20 }
            .Concat(Enumerable.Range(0, 40).Select(_ => random.Next(original.Length)));
        foreach (var offset in offsets)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x5A;
            File.WriteAllBytes(FilePath(directory), damaged);
            Assert.Null(SnapshotFile.TryLoad(directory, built.Generation));
        }
        foreach (var length in new[] { 0, 10, original.Length / 2, original.Length - 1 })
        {
            File.WriteAllBytes(FilePath(directory), original[..length]);
            Assert.Null(SnapshotFile.TryLoad(directory, built.Generation));
        }
        File.WriteAllBytes(FilePath(directory), original);
        Assert.NotNull(SnapshotFile.TryLoad(directory, built.Generation));
    }

    [Fact]
    public void The_engine_rebuilds_a_damaged_index_from_the_store()
    {
        var (directory, built) = Saved();
        var bytes = File.ReadAllBytes(FilePath(directory));
        bytes[bytes.Length / 3] ^= 0xFF;
        File.WriteAllBytes(FilePath(directory), bytes);
        using var store = ResolutionStore.Open(directory);
        var engine = new SearchEngine(UnAnalysis.Instance);
        var opened = engine.Open(store, directory);
        Assert.Equal(built.Count, opened.Count);
        Assert.Equal(8, engine.Search(new SearchRequest { Query = "\"Cartagena Action Plan\"" }).Total);
        Assert.NotNull(SnapshotFile.TryLoad(directory, store.Generation)); // saved again, whole
    }
}
