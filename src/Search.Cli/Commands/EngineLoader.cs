using Search.Index.Analysis;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Cli.Commands;

public static class EngineLoader
{
    /// <summary>The engine on the saved index of a store, rebuilt if the store changed since it was saved.</summary>
    public static SearchEngine Open(string directory)
    {
        using var store = ResolutionStore.Open(directory);
        var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Open(store, directory);
        return engine;
    }
}
