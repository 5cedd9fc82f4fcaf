using Search.Index.Ingestion;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Storage;

/// <summary>The bulk read an index is built from gives exactly the resolutions the store holds, in index order, however the rows lie.</summary>
public class ParagraphReadingTests
{
    static ResolutionStore Seeds()
    {
        var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest([TestPaths.Corpus]);
        // Replacing one version moves its rows to the end of the table: storage order is no longer index order.
        store.Replace([store.Get("A/RES/67/32", "en")!]);
        return store;
    }

    /// <summary>What the read must give: each version as the store returns it, in (symbol, language) order.</summary>
    static StoredParagraphs Expected(ResolutionStore store) => StoredParagraphs.From(store.List()
        .OrderBy(r => r.Symbol, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal)
        .Select(r => store.Get(r.Symbol, r.Language)!).ToList());

    static void AssertSame(StoredParagraphs expected, StoredParagraphs actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Resolutions.Select(r => (r.Symbol, r.Language, r.Session, r.Year, r.Title)), actual.Resolutions.Select(r => (r.Symbol, r.Language, r.Session, r.Year, r.Title)));
        Assert.Equal(expected.ResolutionOf, actual.ResolutionOf);
        Assert.Equal(expected.Ordinals, actual.Ordinals);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Types, actual.Types);
        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.Verbs, actual.Verbs);
        Assert.Equal(expected.TextOffsets, actual.TextOffsets);
        Assert.Equal(expected.TextUtf8, actual.TextUtf8);
        Assert.Contains("Картахенский план действий", Enumerable.Range(0, actual.Count).Select(actual.Text).Aggregate((a, b) => a + " " + b));
    }

    [Fact]
    public void Rows_in_storage_order_are_put_in_index_order()
    {
        using var store = Seeds();
        var actual = store.ReadParagraphs();
        Assert.Equal(80, actual.Count);
        AssertSame(Expected(store), actual);
    }

    [Fact]
    public void Rows_out_of_document_order_are_read_resolution_by_resolution()
    {
        using var store = Seeds();
        var expected = Expected(store);
        // Rewrite one resolution's rows so that storage order no longer follows the paragraphs' order.
        StoreSql.Run(store, """
            CREATE TEMP TABLE moved AS SELECT * FROM paragraphs WHERE resolution_id = (SELECT min(id) FROM resolutions) ORDER BY ordinal DESC;
            DELETE FROM paragraphs WHERE resolution_id = (SELECT min(id) FROM resolutions);
            INSERT INTO paragraphs SELECT * FROM moved;
            """);
        AssertSame(expected, store.ReadParagraphs());
    }

    [Fact]
    public void Wrong_text_sizes_do_not_change_what_is_read()
    {
        using var store = Seeds();
        var expected = Expected(store);
        StoreSql.Run(store, "UPDATE resolutions SET text_bytes = 7");
        AssertSame(expected, store.ReadParagraphs());
        StoreSql.Run(store, "UPDATE resolutions SET text_bytes = 0");
        AssertSame(expected, store.ReadParagraphs());
    }
}
