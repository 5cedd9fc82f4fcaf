using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;
using Search.Index.Application;

namespace Search.Web.Searching;

/// <summary>
/// The state of a search as it stands in the page's URL: q, lang, session, year, yearFrom, yearTo, type, verb,
/// symbol (each filter may repeat), sort, page, size, mode. What the values mean is the application's
/// <see cref="SearchQuery"/>; here they are only read from and written to URLs.
/// </summary>
public static class SearchUrls
{
    public static SearchQuery ReadSearch(this IQueryCollection query)
    {
        static IReadOnlyList<string> Many(StringValues values) =>
            values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        // A number that is there but not a number is kept as an impossible one, so the user is told rather than ignored.
        static int Number(StringValues value, int absent) => int.TryParse(value, out var n) ? n : value.Count > 0 ? -1 : absent;
        return new SearchQuery
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
            Page = Number(query["page"], 1),
            Size = Number(query["size"], Limits.DefaultPageSize),
            Mode = NullIfEmpty(query["mode"]) ?? "keyword",
        };
    }

    static string? NullIfEmpty(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    /// <summary>The search page URL for these parameters: empty values are left out so URLs stay short and shareable.</summary>
    public static string ToUrl(this SearchQuery p, string path = "/")
    {
        var pairs = new List<KeyValuePair<string, string>>();
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
        if (p.Size != Limits.DefaultPageSize) Add("size", p.Size.ToString());
        if (p.Mode != "keyword") Add("mode", p.Mode);
        return path + new QueryBuilder(pairs).ToQueryString();
    }

    /// <summary>The same search with one facet value selected or unselected, back on the first page.</summary>
    public static SearchQuery Toggle(this SearchQuery p, string facet, string value)
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

    public static bool IsSelected(this SearchQuery p, string facet, string value) => (facet switch
    {
        "language" => p.Languages,
        "session" => p.Sessions,
        "year" => p.Years,
        "type" => p.Types,
        "verb" => p.Verbs,
        _ => [],
    }).Contains(value, StringComparer.OrdinalIgnoreCase);
}
