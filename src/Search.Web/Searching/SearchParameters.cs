using Microsoft.Extensions.Primitives;
using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;
using Search.Index.Searching;

namespace Search.Web.Searching;

/// <summary>
/// The state of a search as it stands in the URL, shared by the search page and GET /api/search:
/// q, lang, session, year, yearFrom, yearTo, type, verb, symbol (each filter may repeat), sort, page, size.
/// </summary>
public sealed record SearchParameters
{
    public string Query { get; init; } = "";
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Sessions { get; init; } = [];
    public IReadOnlyList<string> Years { get; init; } = [];
    public string? YearFrom { get; init; }
    public string? YearTo { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Verbs { get; init; } = [];
    public IReadOnlyList<string> Symbols { get; init; } = [];
    public string Sort { get; init; } = "relevance";
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public string Mode { get; init; } = "keyword";

    public const int MaxSize = 100;

    public static SearchParameters From(IQueryCollection query)
    {
        static IReadOnlyList<string> Many(StringValues values) =>
            values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        return new SearchParameters
        {
            Query = query["q"].ToString(),
            Languages = Many(query["lang"]),
            Sessions = Many(query["session"]),
            Years = Many(query["year"]),
            YearFrom = NullIfEmpty(query["yearFrom"]),
            YearTo = NullIfEmpty(query["yearTo"]),
            Types = Many(query["type"]),
            Verbs = Many(query["verb"]),
            Symbols = Many(query["symbol"]),
            Sort = NullIfEmpty(query["sort"]) ?? "relevance",
            Page = int.TryParse(query["page"], out var page) ? page : query["page"].Count > 0 ? -1 : 1,
            Size = int.TryParse(query["size"], out var size) ? size : query["size"].Count > 0 ? -1 : 10,
            Mode = NullIfEmpty(query["mode"]) ?? "keyword",
        };
    }

    static string? NullIfEmpty(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    /// <summary>The engine's request, or a message saying which parameter is wrong.</summary>
    public (SearchRequest? Request, string? Error) ToRequest()
    {
        if (Page < 1 || Page > 1000) return (null, "page must be a whole number from 1 to 1000");
        if (Size < 1 || Size > MaxSize) return (null, $"size must be a whole number from 1 to {MaxSize}");
        if (Query.Length > QueryParser.MaxLength * 5) return (null, $"q is longer than {QueryParser.MaxLength * 5} characters");
        if (Mode is not ("keyword" or "semantic" or "hybrid")) return (null, "mode must be keyword, semantic or hybrid");
        var sort = Sort switch
        {
            "relevance" => SortOrder.Relevance,
            "newest" or "date" => SortOrder.Newest,
            "oldest" => SortOrder.Oldest,
            _ => (SortOrder?)null,
        };
        if (sort is null) return (null, "sort must be relevance, newest or oldest");

        var filters = SearchFilters.None;
        foreach (var (field, values) in new[] { ("lang", Languages), ("session", Sessions), ("year", Years), ("type", Types), ("verb", Verbs), ("symbol", Symbols) })
        {
            foreach (var value in values)
            {
                if (!FilterValues.TryRead(field, value, out var filter, out var problem))
                    return (null, problem!.Replace(" and was ignored", ""));
                filters = filters.Merge(filter!);
            }
        }
        if (YearFrom is not null || YearTo is not null)
        {
            if (!FilterValues.TryRange($"{YearFrom}..{YearTo}", out var range) || YearFrom is { } f && !int.TryParse(f, out _) || YearTo is { } t && !int.TryParse(t, out _))
                return (null, "yearFrom and yearTo must be years such as 2012");
            filters = filters.Merge(new SearchFilters { Years = [range] });
        }
        var mode = Mode switch { "semantic" => SearchMode.Semantic, "hybrid" => SearchMode.Hybrid, _ => SearchMode.Keyword };
        return (new SearchRequest { Query = Query, Filters = filters, Limit = Size, Offset = (Page - 1) * Size, Sort = sort.Value, Mode = mode }, null);
    }
}

public static class SearchUrls
{
    /// <summary>The search page URL for these parameters: empty values are left out so URLs stay short and shareable.</summary>
    public static string ToUrl(this SearchParameters p, string path = "/")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        Add("q", p.Query);
        foreach (var v in p.Languages) Add("lang", v);
        foreach (var v in p.Sessions) Add("session", v);
        foreach (var v in p.Years) Add("year", v);
        Add("yearFrom", p.YearFrom);
        Add("yearTo", p.YearTo);
        foreach (var v in p.Types) Add("type", v);
        foreach (var v in p.Verbs) Add("verb", v);
        foreach (var v in p.Symbols) Add("symbol", v);
        if (p.Sort != "relevance") Add("sort", p.Sort);
        if (p.Page != 1) Add("page", p.Page.ToString());
        if (p.Size != 10) Add("size", p.Size.ToString());
        if (p.Mode != "keyword") Add("mode", p.Mode);
        return path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(pairs.Select(x => new KeyValuePair<string, string>(x.Key, x.Value!))).ToQueryString();
    }

    /// <summary>The same search with one facet value selected or unselected, back on the first page.</summary>
    public static SearchParameters Toggle(this SearchParameters p, string facet, string value)
    {
        static IReadOnlyList<string> Flip(IReadOnlyList<string> list, string value) =>
            list.Contains(value, StringComparer.OrdinalIgnoreCase) ? list.Where(v => !v.Equals(value, StringComparison.OrdinalIgnoreCase)).ToList() : [.. list, value];
        return (facet switch
        {
            "language" => p with { Languages = Flip(p.Languages, value) },
            "session" => p with { Sessions = Flip(p.Sessions, value) },
            "year" => p with { Years = Flip(p.Years, value) },
            "type" => p with { Types = Flip(p.Types, value) },
            "verb" => p with { Verbs = Flip(p.Verbs, value) },
            _ => p,
        }) with { Page = 1 };
    }

    public static bool IsSelected(this SearchParameters p, string facet, string value) => (facet switch
    {
        "language" => p.Languages,
        "session" => p.Sessions,
        "year" => p.Years,
        "type" => p.Types,
        "verb" => p.Verbs,
        _ => [],
    }).Contains(value, StringComparer.OrdinalIgnoreCase);
}
