using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Index.Application;

/// <summary>
/// The use cases every shell offers (search, a resolution, a paragraph with its translations, similar clauses,
/// comparison, ingestion), each checking its request and answering with a result or a failure. The API, the
/// pages and the CLI only map their input to these requests and the outcomes to their output.
/// </summary>
/// <remarks>Resolutions and paragraphs are read from the store alone; only search, similar clauses and comparison need the engine's index.</remarks>
public sealed partial class SearchApplication(ResolutionStore store, SearchEngine engine)
{
    public ResolutionStore Store => store;
    public SearchEngine Engine => engine;
}
