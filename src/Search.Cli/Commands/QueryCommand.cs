using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;
using Search.Index.Searching;

namespace Search.Cli.Commands;

/// <summary>`query "&lt;query&gt;" [filters] [--limit 10] [--offset 0] [--sort relevance|newest|oldest] [--mode keyword|semantic|hybrid] [--json]`.</summary>
public static class QueryCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("query") { Description = "The query, in quotes: words, \"phrases\", OR, -word, prefix*, lang:fr year:2013 ...", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var limit = new Option<int>("--limit") { Description = $"Hits to show (1 to {Limits.MaxPageSize})", DefaultValueFactory = _ => Limits.DefaultPageSize };
        var offset = new Option<int>("--offset") { Description = $"Hits to skip (up to {Limits.MaxOffset})", DefaultValueFactory = _ => 0 };
        var sort = new Option<string>("--sort") { Description = string.Join(", ", SearchQuery.SortNames), DefaultValueFactory = _ => "relevance" };
        var mode = new Option<string>("--mode") { Description = string.Join(", ", SearchQuery.ModeNames), DefaultValueFactory = _ => "keyword" };
        var command = new Command("query", "Search paragraphs in every language") { text, limit, offset, sort, mode };
        text.RefuseOptionLikeTokens(() => command);
        foreach (var filter in shared.Filters) command.Options.Add(filter);
        command.SetAction(parsed =>
        {
            var query = shared.ReadFilters(parsed, new SearchQuery
            {
                Query = parsed.GetValue(text)!, Size = parsed.GetValue(limit), Offset = parsed.GetValue(offset),
                Sort = parsed.GetValue(sort)!, Mode = parsed.GetValue(mode)!,
            });
            var request = query.ToRequest();
            if (request.Failure is { } invalid) return Failures.Report(invalid, error);
            return UseCaseAction.Answer(parsed, shared, output, error, a => a.Search(query), WriteText);
        });
        return command;
    }

    static void WriteText(TextWriter output, SearchResult result)
    {
        if (result.Notice is not null) output.WriteLine($"note: {result.Notice}");
        output.WriteLine($"{result.Counted} ({result.TookMs:0.0} ms)");
        foreach (var hit in result.Hits)
        {
            var via = hit.Via == "translation" ? $"  (translation of {hit.ViaId})" : "";
            output.WriteLine();
            output.WriteLine($"{hit.Symbol} [{hit.Language}] {hit.Type[..2]} {hit.Number}  {hit.Verb}  {hit.AdoptionDate ?? hit.Year?.ToString() ?? ""}  score {hit.Score:0.00}{via}");
            output.WriteLine("  " + string.Concat(hit.Snippet.Parts().Select(p => p.Marked ? $"[{p.Text}]" : p.Text)));
        }
        output.WriteLine();
        foreach (var (facet, counts) in result.Facets)
            if (counts.Count > 0) output.WriteLine($"{facet}: {string.Join(", ", counts.Take(12).Select(c => $"{c.Key} {c.Value}"))}");
    }
}
