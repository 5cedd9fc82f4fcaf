using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Search.Index.Application;

namespace Search.Web.Api;

/// <summary>
/// Filters of /api/search and of similar clauses as bound from the query string. The attributes describe each
/// parameter in the OpenAPI document; the application checks the values and says what is wrong.
/// </summary>
public class FilterParameters
{
    [FromQuery(Name = "lang"), Description("Languages; repeat the parameter or separate values by commas")]
    public string[]? Lang { get; init; }

    [FromQuery(Name = "session"), Description("Sessions, such as 68 or 66..68; repeat or separate by commas")]
    public string[]? Session { get; init; }

    [FromQuery(Name = "year"), Description("Years of adoption, such as 2013 or 2012..2014; repeat or separate by commas")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "type"), Description("Clause types: preambular, operative, annex")]
    public string[]? Type { get; init; }

    [FromQuery(Name = "verb"), Description("Lead verbs, such as urges or demande instamment")]
    public string[]? Verb { get; init; }

    [FromQuery(Name = "symbol"), Description("Resolution symbols, such as A/RES/68/30")]
    public string[]? Symbol { get; init; }

    protected static IReadOnlyList<string> Values(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    protected T WithFilters<T>(T choice) where T : FilterChoice => choice with
    {
        Languages = Values(Lang), Sessions = Values(Session), Years = Values(Year), Types = Values(Type), Verbs = Values(Verb), Symbols = Values(Symbol),
    };
}

/// <summary>GET /api/search.</summary>
public sealed class SearchParameters : FilterParameters
{
    [FromQuery(Name = "q"), Description("The query: words, \"phrases\", \"phrase\"~N, OR, -word, prefix*, field filters such as lang:fr year:2013"), MaxLength(Limits.MaxQueryCharacters)]
    public string? Q { get; init; }

    [FromQuery(Name = "yearFrom"), Description("First year of adoption"), Range(0, 9999)]
    public int? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description("Last year of adoption"), Range(0, 9999)]
    public int? YearTo { get; init; }

    [FromQuery(Name = "sort"), Description("relevance, newest or oldest"), DefaultValue("relevance")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("Page of results, from 1"), DefaultValue(1), Range(1, Limits.MaxPage)]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Hits a page"), DefaultValue(Limits.DefaultPageSize), Range(1, Limits.MaxPageSize)]
    public int? Size { get; init; }

    [FromQuery(Name = "mode"), Description("keyword (BM25), semantic (nearest meaning) or hybrid (both fused)"), DefaultValue("keyword")]
    public string? Mode { get; init; }

    public SearchQuery ToQuery() => WithFilters(new SearchQuery
    {
        Query = Q ?? "",
        YearFrom = YearFrom?.ToString(),
        YearTo = YearTo?.ToString(),
        Sort = string.IsNullOrWhiteSpace(Sort) ? "relevance" : Sort.Trim(),
        Page = Page ?? 1,
        Size = Size ?? Limits.DefaultPageSize,
        Mode = string.IsNullOrWhiteSpace(Mode) ? "keyword" : Mode.Trim(),
    });
}

/// <summary>GET /api/similar/{id} (also /api/paragraphs/{id}/similar).</summary>
public sealed class SimilarParameters : FilterParameters
{
    [FromRoute(Name = "id"), Description("A paragraph id, such as A/RES/68/30:fr:op3")]
    public required string Id { get; init; }

    [FromQuery(Name = "limit"), Description("How many similar clauses"), DefaultValue(Limits.DefaultSimilar), Range(1, Limits.MaxSimilar)]
    public int? Limit { get; init; }

    public SimilarQuery ToQuery() => WithFilters(new SimilarQuery { Id = Uri.UnescapeDataString(Id), Limit = Limit ?? Limits.DefaultSimilar });
}

/// <summary>GET /api/compare.</summary>
public sealed class CompareParameters
{
    [FromQuery(Name = "before"), Description("The earlier resolution; without it, the previous version of after (same title, earlier session)")]
    public string? Before { get; init; }

    [FromQuery(Name = "after"), Description("The later resolution, such as A/RES/68/30")]
    public string? After { get; init; }

    [FromQuery(Name = "lang"), Description("The language compared"), DefaultValue("en")]
    public string? Lang { get; init; }

    public CompareQuery ToQuery() => new(Before, After, Lang);
}
