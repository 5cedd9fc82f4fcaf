using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Search.Index.Ingestion.Metadata;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Views;
using Search.Web.Searching;
using Search.Web.Startup;

namespace Search.Web.Api;

/// <summary>The JSON API: the same engine and the same parameters as the pages.</summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Api);
        api.MapGet("/search", Search)
            .WithSummary("Search paragraphs")
            .WithDescription("Query parameters: q, lang, session, year, yearFrom, yearTo, type, verb, symbol (filters may repeat), sort (relevance, newest, oldest), page, size, mode (keyword).");
        api.MapGet("/resolutions/{**symbol}", Resolution).WithSummary("A resolution in every language held, or in one (?lang=fr)");
        api.MapGet("/paragraphs/{**id}", Paragraph)
            .WithSummary("One paragraph by id, e.g. A/RES/68/30:fr:op3, with its aligned clauses; append /similar for the most similar clauses of other resolutions (limit, lang, session, year)");
        api.MapGet("/compare", Compare).WithSummary("Two resolutions clause by clause (before, after, lang); without before, the previous version of after");
    }

    static Results<Ok<SearchResult>, BadRequest<ProblemDetails>, ProblemHttpResult> Search(HttpContext context, SearchHost host)
    {
        if (!host.IsReady) return TypedResults.Problem("the index is still being built", statusCode: StatusCodes.Status503ServiceUnavailable);
        var (request, error) = SearchParameters.From(context.Request.Query).ToRequest();
        if (request is null) return BadRequest(error!);
        return TypedResults.Ok(host.Engine.Search(request));
    }

    static Results<Ok<IReadOnlyList<ResolutionView>>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>> Resolution(string symbol, string? lang, SearchHost host)
    {
        var normalized = Symbols.Normalize(Uri.UnescapeDataString(symbol));
        if (normalized is null) return BadRequest($"'{symbol}' is not a resolution symbol such as A/RES/68/30");
        var versions = host.Store.GetVersions(normalized);
        if (versions.Count == 0) return NotFound($"no resolution {normalized} is held");
        var chosen = lang is null ? versions : versions.Where(v => v.Language == lang.ToLowerInvariant()).ToList();
        if (chosen.Count == 0) return NotFound($"{normalized} is held in {string.Join(", ", versions.Select(v => v.Language))}, not in '{lang}'");
        var citedBy = host.Store.CitedBy(normalized);
        var languages = versions.Select(v => v.Language).ToList();
        return TypedResults.Ok<IReadOnlyList<ResolutionView>>(chosen.Select(v => ResolutionView.From(v, citedBy, languages)).ToList());
    }

    public sealed record ParagraphResponse(ParagraphView Paragraph, string Symbol, string Language, int? Session, int? Year, string? Title, IReadOnlyList<ParagraphView> Aligned);

    static IResult Paragraph(string id, HttpContext context, SearchHost host)
    {
        const string similarSuffix = "/similar";
        if (id.EndsWith(similarSuffix, StringComparison.Ordinal)) return Similar(id[..^similarSuffix.Length], context, host);
        return ParagraphOnly(id, host);
    }

    static IResult Similar(string id, HttpContext context, SearchHost host)
    {
        if (!ParagraphId.TryParse(Uri.UnescapeDataString(id), out var parsed))
            return BadRequest($"'{id}' is not a paragraph id such as A/RES/68/30:fr:op3");
        var query = context.Request.Query;
        int limit = 10;
        if (query.ContainsKey("limit") && (!int.TryParse(query["limit"], out limit) || limit is < 1 or > 100))
            return BadRequest("limit must be a whole number from 1 to 100");
        var filters = SearchParameters.From(query) with { Query = "" };
        var (request, error) = filters.ToRequest();
        if (request is null) return BadRequest(error!);
        try
        {
            var mask = new FilterMask(host.Engine.Paragraphs.Documents, request.Filters);
            var result = host.Engine.Similar.Similar(parsed.ToString(), limit, mask);
            return result is null ? NotFound($"no paragraph {parsed} is held") : TypedResults.Ok(result);
        }
        catch (SemanticUnavailableException e)
        {
            return TypedResults.Problem($"similar clauses are unavailable: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    static IResult Compare(string? before, string? after, string? lang, SearchHost host)
    {
        var afterSymbol = Symbols.Normalize(after);
        if (afterSymbol is null) return BadRequest("after must be a resolution symbol such as A/RES/68/30");
        var language = (lang ?? "en").ToLowerInvariant();
        if (language is not ("en" or "fr" or "ru")) return BadRequest("lang must be en, fr or ru");
        try
        {
            var similar = host.Engine.Similar;
            var beforeSymbol = before is null ? similar.PreviousVersion(afterSymbol, language) : Symbols.Normalize(before);
            if (beforeSymbol is null)
                return before is null ? NotFound($"no earlier version of {afterSymbol} in '{language}' is held") : BadRequest("before must be a resolution symbol");
            var comparison = similar.Compare(beforeSymbol, afterSymbol, language);
            return comparison is null ? NotFound($"{beforeSymbol} and {afterSymbol} are not both held in '{language}'") : TypedResults.Ok(comparison);
        }
        catch (SemanticUnavailableException e)
        {
            return TypedResults.Problem($"comparison is unavailable: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    static Results<Ok<ParagraphResponse>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>> ParagraphOnly(string id, SearchHost host)
    {
        if (!ParagraphId.TryParse(Uri.UnescapeDataString(id), out var parsed))
            return BadRequest($"'{id}' is not a paragraph id such as A/RES/68/30:fr:op3");
        var versions = host.Store.GetVersions(parsed.Symbol);
        var resolution = versions.FirstOrDefault(v => v.Language == parsed.Language);
        var paragraph = resolution?.Paragraphs.FirstOrDefault(p => p.Key == parsed.Key);
        if (resolution is null || paragraph is null) return NotFound($"no paragraph {parsed} is held");
        var aligned = versions.Where(v => v.Language != parsed.Language)
            .SelectMany(v => v.Paragraphs.Where(p => p.Key == parsed.Key).Select(p => ParagraphView.From(v.Symbol, v.Language, p))).ToList();
        return TypedResults.Ok(new ParagraphResponse(ParagraphView.From(resolution.Symbol, resolution.Language, paragraph),
            resolution.Symbol, resolution.Language, resolution.Session, resolution.Year, resolution.Title, aligned));
    }

    static BadRequest<ProblemDetails> BadRequest(string message) =>
        TypedResults.BadRequest(new ProblemDetails { Title = "Bad request", Detail = message, Status = StatusCodes.Status400BadRequest });

    static NotFound<ProblemDetails> NotFound(string message) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = message, Status = StatusCodes.Status404NotFound });
}
