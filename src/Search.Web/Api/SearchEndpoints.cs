using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Rewrite;
using Search.Index.Application;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Web.Searching;
using Search.Web.Startup;

namespace Search.Web.Api;

/// <summary>The JSON API: each endpoint binds its parameters, calls one use case and maps its outcome to a status.</summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Api).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/search", ([AsParameters] SearchParameters parameters, SearchHost host, HttpContext http) => Answer(host, a => Kept(http, a.Search(parameters.ToQuery()))))
            .WithName("Search").WithSummary("Search paragraphs: hits, total, facets and notices");
        api.MapGet("/resolutions/{**symbol}", (string symbol, string? lang, SearchHost host) => Answer(host, a => a.Resolution(Uri.UnescapeDataString(symbol), lang).Map(r => r.Views)))
            .WithName("Resolution").WithSummary("A resolution in every language held, or in one (?lang=fr)");
        api.MapGet("/paragraphs/{**id}", (string id, SearchHost host) => Answer(host, a => a.Paragraph(Uri.UnescapeDataString(id))))
            .WithName("Paragraph").WithSummary("One paragraph by id, e.g. A/RES/68/30:fr:op3, with the same clause in the other languages held");
        api.MapGet("/similar/{**id}", ([AsParameters] SimilarParameters parameters, SearchHost host) => Answer(host, a => a.Similar(parameters.ToQuery())))
            .WithName("Similar").WithSummary("The clauses of other resolutions most similar to a paragraph, with word-level diffs (also at /api/paragraphs/{id}/similar)");
        api.MapGet("/compare", ([AsParameters] CompareParameters parameters, SearchHost host) => Answer(host, a => a.Compare(parameters.ToQuery())))
            .WithName("Compare").WithSummary("Two resolutions clause by clause; without before, the previous version of after");
    }

    /// <summary>The older form of the similar-clause URL is sent to its own route before routing.</summary>
    public static IApplicationBuilder UseOlderApiUrls(this IApplicationBuilder app) =>
        app.UseRewriter(new RewriteOptions().AddRewrite("^api/paragraphs/(.+)/similar$", "api/similar/$1", skipRemainingRules: true));

    static Results<Ok<T>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult> Answer<T>(SearchHost host, Func<SearchApplication, Outcome<T>> useCase)
    {
        if (!host.IsReady) return TypedResults.Problem("the index is still being built", statusCode: StatusCodes.Status503ServiceUnavailable);
        var outcome = useCase(host.Application);
        if (outcome.Failure is not { } failure) return TypedResults.Ok(outcome.Value!);
        return failure.Kind switch
        {
            FailureKind.Invalid => TypedResults.BadRequest(Problem("Bad request", failure)),
            FailureKind.NotFound => TypedResults.NotFound(Problem("Not found", failure)),
            _ => TypedResults.Problem(failure.Message, statusCode: failure.StatusCode()),
        };
    }

    static Outcome<SearchResult> Kept(HttpContext http, Outcome<SearchResult> outcome)
    {
        http.KeepOnlyIfComplete(outcome.Value);
        return outcome;
    }

    static ProblemDetails Problem(string title, Failure failure) => new() { Title = title, Detail = failure.Message, Status = failure.StatusCode() };
}
