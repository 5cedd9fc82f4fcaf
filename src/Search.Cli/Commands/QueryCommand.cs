using System.Net;
using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Analysis;
using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Cli.Commands;

/// <summary>`query "&lt;query&gt;" [filters] [--limit 10] [--offset 0] [--sort relevance|newest|oldest] [--json]`.</summary>
public static class QueryCommand
{
    static readonly HashSet<string> ValueOptions = ["index", "lang", "session", "year", "type", "verb", "symbol", "limit", "offset", "mode", "sort"];

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string> { "json" });
        if (parsed.Positionals.Count > 1) throw new UsageException("query takes one query text; put it in quotes");
        var mode = parsed.Value("mode") ?? "keyword";
        if (mode is not ("keyword" or "semantic" or "hybrid")) throw new UsageException($"--mode must be keyword, semantic or hybrid, not '{mode}'");

        var request = new SearchRequest
        {
            Query = parsed.Positionals.FirstOrDefault() ?? "",
            Filters = Filters(parsed),
            Limit = parsed.Int("limit", 0, SearchRequest.MaxLimit) ?? 10,
            Offset = parsed.Int("offset", 0, SearchRequest.MaxOffset) ?? 0,
            Mode = mode switch { "semantic" => SearchMode.Semantic, "hybrid" => SearchMode.Hybrid, _ => SearchMode.Keyword },
            Sort = parsed.Value("sort") switch
            {
                null or "relevance" => SortOrder.Relevance,
                "newest" or "date" => SortOrder.Newest,
                "oldest" => SortOrder.Oldest,
                var other => throw new UsageException($"--sort must be relevance, newest or oldest, not '{other}'"),
            },
        };

        var directory = IndexLocation.Resolve(parsed.Value("index"));
        using var opened = EngineLoader.Open(directory);
        var engine = opened.Engine;
        var result = engine.Search(request);

        if (parsed.Flag("json")) Json.Write(output, result);
        else WriteText(output, result);
        return 0;
    }

    public static SearchFilters Filters(ParsedArguments parsed)
    {
        var filters = SearchFilters.None;
        foreach (var field in new[] { "lang", "session", "year", "type", "verb", "symbol" })
        {
            if (parsed.Value(field) is not { } value) continue;
            if (!FilterValues.TryRead(field, value, out var filter, out var problem))
                throw new UsageException(problem!.Replace(" and was ignored", "").Replace($"{field}:", $"--{field} "));
            filters = filters.Merge(filter!);
        }
        return filters;
    }

    static void WriteText(TextWriter output, SearchResult result)
    {
        if (result.Notice is not null) output.WriteLine($"note: {result.Notice}");
        output.WriteLine($"{result.Total} paragraphs ({result.TookMs:0.0} ms)");
        foreach (var hit in result.Hits)
        {
            var via = hit.Via == "translation" ? $"  (translation of {hit.ViaId})" : "";
            output.WriteLine();
            output.WriteLine($"{hit.Symbol} [{hit.Language}] {hit.Type[..2]}{(hit.Type == "operative" ? $" {hit.Number}" : $" {hit.Number}")}  {hit.Verb}  {hit.AdoptionDate ?? hit.Year?.ToString() ?? ""}  score {hit.Score:0.00}{via}");
            output.WriteLine("  " + WebUtility.HtmlDecode(hit.Snippet.Replace("<mark>", "[").Replace("</mark>", "]")));
        }
        output.WriteLine();
        foreach (var (facet, counts) in result.Facets)
            if (counts.Count > 0) output.WriteLine($"{facet}: {string.Join(", ", counts.Take(12).Select(c => $"{c.Key} {c.Value}"))}");
    }
}
