using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Views;

namespace Search.Index.Application;

/// <summary>The clauses of other resolutions most similar to one paragraph, within the filters.</summary>
public sealed record SimilarQuery : FilterChoice
{
    public string Id { get; init; } = "";
    public int Limit { get; init; } = Limits.DefaultSimilar;
}

public sealed partial class SearchApplication
{
    public Outcome<SimilarResult> Similar(SimilarQuery query)
    {
        if (!ParagraphId.TryParse(query.Id, out var id)) return Fail.Invalid($"'{query.Id}' is not a paragraph id such as A/RES/68/30:fr:op3");
        if (query.Limit is < 1 or > Limits.MaxSimilar) return Fail.Invalid("limit", $"must be a whole number from 1 to {Limits.MaxSimilar}");
        var filters = query.ToFilters();
        if (!filters.Succeeded) return filters.Failure!;
        if (!engine.IsReady) return Fail.Unavailable("the index is still being built");
        try
        {
            var result = engine.Similar.Similar(id.ToString(), query.Limit, filters.Value!);
            return result is null ? Fail.NotFound($"no paragraph {id} is held") : result;
        }
        catch (SemanticUnavailableException e)
        {
            return Fail.Unavailable($"similar clauses are unavailable: {e.Message}");
        }
    }
}
