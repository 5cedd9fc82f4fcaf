using Search.Index.Analysis;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Index.Tests.Support;

/// <summary>The four seed resolutions ingested and indexed once for all search tests.</summary>
public static class SeedIndex
{
    static readonly Lazy<SearchEngine> Engine = new(() =>
    {
        // Left open for the life of the tests: the engine keeps its local model and vectors in it.
        var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        var report = new Ingestor(store).Ingest([TestPaths.Corpus]);
        if (report.Documents != 4) throw new InvalidOperationException("the seed corpus did not ingest");
        var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Rebuild(store);
        return engine;
    });

    public static SearchEngine Instance => Engine.Value;
}
