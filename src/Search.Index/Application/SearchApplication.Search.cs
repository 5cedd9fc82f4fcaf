using Search.Index.Searching;

namespace Search.Index.Application;

public sealed partial class SearchApplication
{
    /// <summary>Keyword, semantic or hybrid search; when the semantic model is down, keyword results with a notice.</summary>
    public Outcome<SearchResult> Search(SearchQuery query)
    {
        var request = query.ToRequest();
        if (!request.Succeeded) return request.Failure!;
        if (!engine.IsReady) return Fail.Unavailable("the index is still being built");
        return engine.Search(request.Value!);
    }
}
