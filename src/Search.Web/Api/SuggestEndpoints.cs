using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Search.Index.Suggestions;
using Search.Web.Startup;

namespace Search.Web.Api;

/// <summary>GET /api/suggest: completions for the word being typed in the search box.</summary>
public static class SuggestEndpoints
{
    public const int MaxQueryLength = 200;
    public const int MaxLimit = 20;

    /// <summary>The query string of GET /api/suggest.</summary>
    public sealed record SuggestParameters
    {
        /// <summary>The query as typed so far; its last word is completed.</summary>
        [FromQuery(Name = "q"), StringLength(MaxQueryLength), Description("The query as typed so far; its last word is completed")]
        public string? Q { get; init; }

        /// <summary>How many suggestions at most.</summary>
        [FromQuery(Name = "limit"), Range(1, MaxLimit), DefaultValue(8), Description("How many suggestions at most")]
        public int? Limit { get; init; }
    }

    /// <summary>What the box suggests: the query as typed, and the completed queries, most frequent first.</summary>
    public sealed record SuggestionList(string Query, IReadOnlyList<Suggestion> Suggestions);

    public static void MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", Suggest)
            .RequireRateLimiting(RateLimits.Api)
            .WithName("Suggest")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Completions of the last word typed: words of titles, lead verbs and resolution symbols");
    }

    static Results<Ok<SuggestionList>, ValidationProblem, ProblemHttpResult> Suggest([AsParameters] SuggestParameters parameters, SearchHost host)
    {
        var errors = new Dictionary<string, string[]>();
        var q = parameters.Q ?? "";
        if (q.Length > MaxQueryLength) errors["q"] = [$"q is longer than {MaxQueryLength} characters"];
        if (parameters.Limit is < 1 or > MaxLimit) errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit}"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, detail: string.Join("; ", errors.Values.SelectMany(v => v)));
        if (!host.IsReady) return TypedResults.Problem("the index is still being built", statusCode: StatusCodes.Status503ServiceUnavailable);
        return TypedResults.Ok(new SuggestionList(q, host.Suggestions.Current.Suggest(q, parameters.Limit ?? 8)));
    }
}
