using Search.Cli.Output;
using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Cli.Commands;

/// <summary>The application on a store, with the engine on its saved index when a command searches.</summary>
public sealed class EngineLoader(SearchApplication application) : IDisposable
{
    public SearchApplication Application => application;

    /// <summary>Opens the store and, when <paramref name="withIndex"/>, the keyword index, brought up to the store (or built) unless a running web app owns it.</summary>
    /// <param name="warnings">Where the engine's warnings go (a damaged stored model trained again).</param>
    public static EngineLoader Open(string directory, TextWriter warnings, bool withIndex = true)
    {
        var store = ResolutionStore.Open(directory);
        try
        {
            var engine = new SearchEngine(UnAnalysis.Instance) { Logger = new ErrorStreamLogger(warnings) };
            if (withIndex) engine.Open(store, directory);
            return new EngineLoader(new SearchApplication(store, engine));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        application.Engine.Dispose();
        application.Store.Dispose();
    }
}
