using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Cli.Commands;

/// <summary>The application on a store, with the engine on its saved index when a command searches.</summary>
public sealed class EngineLoader(SearchApplication application) : IDisposable
{
    public SearchApplication Application => application;

    /// <summary>Opens the store and, when <paramref name="withIndex"/>, the saved index, rebuilt if the store changed since it was saved.</summary>
    public static EngineLoader Open(string directory, bool withIndex = true)
    {
        var store = ResolutionStore.Open(directory);
        try
        {
            var engine = new SearchEngine(UnAnalysis.Instance);
            if (withIndex) engine.Open(store, directory);
            return new EngineLoader(new SearchApplication(store, engine));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose() => application.Store.Dispose();
}
