using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Assistants;

/// <summary>The seed resolutions in a store of their own with an engine over them, shared by the tests of a class.</summary>
public sealed class SeedEngine : IDisposable
{
    public ResolutionStore Store { get; } = ResolutionStore.Open(TestPaths.NewTempDirectory());
    public SearchEngine Engine { get; } = new(UnAnalysis.Instance);
    public SearchApplication Application { get; }

    public SeedEngine()
    {
        if (new Ingestor(Store).Ingest([TestPaths.Corpus]).Documents != 4) throw new InvalidOperationException("the seed corpus did not ingest");
        Engine.Rebuild(Store);
        Application = new SearchApplication(Store, Engine);
    }

    public void Dispose() => Store.Dispose();
}
