using Search.Index.Searching;

namespace Search.Index.Application;

/// <summary>
/// A search as a user states it (the page's URL, the API's parameters, the CLI's options): the query text, the
/// filters, the order, the page and the kind of search, by name. <see cref="ToRequest"/> checks it once for all.
/// </summary>
public sealed record SearchQuery : FilterChoice
{
    public string Query { get; init; } = "";
    public string Sort { get; init; } = "relevance";
    public int Page { get; init; } = 1;
    public int Size { get; init; } = Limits.DefaultPageSize;
    /// <summary>Where the page starts, when it is not where <see cref="Page"/> puts it (the CLI's --offset).</summary>
    public int? Offset { get; init; }
    public string Mode { get; init; } = "keyword";

    public static readonly IReadOnlyList<string> SortNames = ["relevance", "newest", "oldest"];
    public static readonly IReadOnlyList<string> ModeNames = ["keyword", "semantic", "hybrid"];

    public Outcome<SearchRequest> ToRequest()
    {
        if (Page is < 1 or > Limits.MaxPage) return Fail.Invalid("page", $"must be a whole number from 1 to {Limits.MaxPage}");
        if (Size is < 1 or > Limits.MaxPageSize) return Fail.Invalid("size", $"must be a whole number from 1 to {Limits.MaxPageSize}");
        if (Offset is < 0 or > Limits.MaxOffset) return Fail.Invalid("offset", $"must be a whole number from 0 to {Limits.MaxOffset}");
        if (Query.Length > Limits.MaxQueryCharacters) return Fail.Invalid("q", $"is longer than {Limits.MaxQueryCharacters} characters");
        if (ParseMode(Mode) is not { } mode) return Fail.Invalid("mode", $"must be {string.Join(", ", ModeNames)}, not '{Mode}'");
        if (ParseSort(Sort) is not { } sort) return Fail.Invalid("sort", $"must be {string.Join(", ", SortNames)}, not '{Sort}'");
        var filters = ToFilters();
        if (!filters.Succeeded) return filters.Failure!;
        return new SearchRequest
        {
            Query = Query, Filters = filters.Value!, Limit = Size, Offset = Offset ?? (Page - 1) * Size, Sort = sort, Mode = mode,
        };
    }

    /// <summary>"date" is the older name of "newest", kept for links made before.</summary>
    static SortOrder? ParseSort(string name) => name.ToLowerInvariant() switch
    {
        "relevance" => SortOrder.Relevance,
        "newest" or "date" => SortOrder.Newest,
        "oldest" => SortOrder.Oldest,
        _ => null,
    };

    static SearchMode? ParseMode(string name) => name.ToLowerInvariant() switch
    {
        "keyword" => SearchMode.Keyword,
        "semantic" => SearchMode.Semantic,
        "hybrid" => SearchMode.Hybrid,
        _ => null,
    };
}
