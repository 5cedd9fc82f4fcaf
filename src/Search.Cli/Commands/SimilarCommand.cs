using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Views;

namespace Search.Cli.Commands;

/// <summary>`similar &lt;paragraph id&gt; [--limit 10] [--lang ru] [--session 68] [--year 2013] [--index DIR] [--json]`.</summary>
public static class SimilarCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "index", "lang", "session", "year", "type", "verb", "symbol", "limit" }, new HashSet<string> { "json" });
        if (parsed.Positionals.Count != 1 || !ParagraphId.TryParse(parsed.Positionals[0], out var id))
            throw new UsageException("similar needs one paragraph id, such as A/RES/68/30:en:op9");
        using var opened = EngineLoader.Open(IndexLocation.Resolve(parsed.Value("index")));
        var engine = opened.Engine;
        var filters = new FilterMask(engine.Paragraphs.Documents, QueryCommand.Filters(parsed));
        var result = engine.Similar.Similar(id.ToString(), parsed.Int("limit", 1, 200) ?? 10, filters);
        if (result is null) { error.WriteLine($"no paragraph {id} in the index"); return 3; }
        if (parsed.Flag("json")) { Json.Write(output, result); return 0; }
        output.WriteLine($"{result.SourceId}: {result.SourceText}");
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Score:0.000}  {hit.Id}  ({hit.Year})");
            output.WriteLine("  " + (hit.Diff.Count > 0 ? DiffText.Render(hit.Diff) : hit.Text));
        }
        return 0;
    }
}

public static class DiffText
{
    /// <summary>Removed words in [-...-], added words in {+...+}, as word-diff tools write them.</summary>
    public static string Render(IReadOnlyList<DiffPart> diff) => string.Join(" ", diff.Select(p => p.Kind switch
    {
        DiffKind.Removed => $"[-{p.Text}-]",
        DiffKind.Added => $"{{+{p.Text}+}}",
        _ => p.Text,
    }));
}
