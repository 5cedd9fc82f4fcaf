using Search.Index.Analysis;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Cli.Commands;

/// <summary>The engine on the saved index of a store, and the store it keeps its local model and vectors in.</summary>
public sealed class EngineLoader(SearchEngine engine, ResolutionStore store) : IDisposable
{
    public SearchEngine Engine => engine;

    /// <summary>Opens the keyword index, brought up to the store (or built) unless a running web app owns it.</summary>
    public static EngineLoader Open(string directory)
    {
        var store = ResolutionStore.Open(directory);
        try
        {
            var engine = new SearchEngine(UnAnalysis.Instance);
            engine.Open(store, directory);
            return new EngineLoader(engine, store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        engine.Dispose();
        store.Dispose();
    }
}
