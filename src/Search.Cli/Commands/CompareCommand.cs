using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Ingestion.Metadata;
using Search.Index.Semantics;

namespace Search.Cli.Commands;

/// <summary>`compare &lt;symbol&gt; [&lt;symbol&gt;] [--lang en] [--index DIR] [--json]`; with one symbol, its previous version is found.</summary>
public static class CompareCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "index", "lang" }, new HashSet<string> { "json" });
        if (parsed.Positionals.Count is < 1 or > 2) throw new UsageException("compare needs one or two resolution symbols");
        var symbols = parsed.Positionals.Select(p => Symbols.Normalize(p) ?? throw new UsageException($"'{p}' is not a resolution symbol")).ToList();
        var language = (parsed.Value("lang") ?? "en").ToLowerInvariant();
        using var opened = EngineLoader.Open(IndexLocation.Resolve(parsed.Value("index")));
        var engine = opened.Engine;
        var similar = engine.Similar;
        if (symbols.Count == 1)
        {
            var previous = similar.PreviousVersion(symbols[0], language);
            if (previous is null) { error.WriteLine($"no earlier version of {symbols[0]} in '{language}' was found (same title, earlier session)"); return 3; }
            symbols.Insert(0, previous);
        }
        var comparison = similar.Compare(symbols[0], symbols[1], language);
        if (comparison is null) { error.WriteLine($"{symbols[0]} and {symbols[1]} are not both held in '{language}'"); return 3; }
        if (parsed.Flag("json")) { Json.Write(output, comparison); return 0; }
        output.WriteLine($"{comparison.Before} → {comparison.After} [{language}]");
        foreach (var c in comparison.Clauses)
        {
            var label = c.Change switch
            {
                ClauseChange.Unchanged => $"= {c.AfterKey}",
                ClauseChange.Changed => $"~ {c.BeforeKey} → {c.AfterKey}",
                ClauseChange.Added => $"+ {c.AfterKey}",
                _ => $"- {c.BeforeKey}",
            };
            output.WriteLine(c.Change == ClauseChange.Unchanged ? label : $"{label}  {DiffText.Render(c.Diff)}");
        }
        return 0;
    }
}
