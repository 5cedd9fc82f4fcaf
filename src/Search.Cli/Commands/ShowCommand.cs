using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Documents;
using Search.Index.Ingestion.Metadata;
using Search.Index.Storage;
using Search.Index.Views;

namespace Search.Cli.Commands;

/// <summary>`show &lt;symbol or paragraph id&gt; [--lang fr] [--index DIR] [--json]`.</summary>
public static class ShowCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "index", "lang" }, new HashSet<string> { "json" });
        if (parsed.Positionals.Count != 1) throw new UsageException("show needs one symbol (A/RES/68/30) or paragraph id (A/RES/68/30:fr:op3)");
        var target = parsed.Positionals[0];
        using var store = ResolutionStore.Open(IndexLocation.Resolve(parsed.Value("index")));

        if (ParagraphId.TryParse(target, out var id))
        {
            var resolution = store.Get(id.Symbol, id.Language);
            var paragraph = resolution?.Paragraphs.FirstOrDefault(p => p.Key == id.Key);
            if (resolution is null || paragraph is null) { error.WriteLine($"no paragraph {id} in the store"); return 3; }
            var view = ParagraphView.From(resolution.Symbol, resolution.Language, paragraph);
            if (parsed.Flag("json"))
                Json.Write(output, new { paragraph = view, symbol = resolution.Symbol, language = resolution.Language, session = resolution.Session, year = resolution.Year, title = resolution.Title });
            else
                output.WriteLine($"{view.Id}  {resolution.Title}\n{Label(paragraph)} {paragraph.Text}");
            return 0;
        }

        var symbol = Symbols.Normalize(target);
        if (symbol is null) throw new UsageException($"'{target}' is neither a resolution symbol nor a paragraph id");
        var versions = store.GetVersions(symbol);
        if (versions.Count == 0) { error.WriteLine($"no resolution {symbol} in the store"); return 3; }
        var lang = parsed.Value("lang")?.ToLowerInvariant();
        var chosen = lang is null ? versions : versions.Where(v => v.Language == lang).ToList();
        if (chosen.Count == 0) { error.WriteLine($"{symbol} is held in {string.Join(", ", versions.Select(v => v.Language))}, not in '{lang}'"); return 3; }

        var citedBy = store.CitedBy(symbol);
        var languages = versions.Select(v => v.Language).ToList();
        var views = chosen.Select(v => ResolutionView.From(v, citedBy, languages)).ToList();
        if (parsed.Flag("json")) Json.Write(output, views.Count == 1 ? views[0] : views);
        else foreach (var v in chosen) WriteText(output, v, citedBy);
        return 0;
    }

    static void WriteText(TextWriter output, Resolution r, IReadOnlyList<string> citedBy)
    {
        output.WriteLine($"{r.Symbol} [{r.Language}]  {r.Title}");
        output.WriteLine($"session {r.Session?.ToString() ?? "-"}, adopted {r.AdoptionDate?.ToString("yyyy-MM-dd") ?? "-"}, agenda item {r.AgendaItem ?? "-"}, {r.Committee ?? "-"} {r.CommitteeReport ?? ""}, {r.Meeting ?? "-"}");
        foreach (var p in r.Paragraphs) output.WriteLine($"  {Label(p)} {p.Text}");
        foreach (var f in r.Footnotes) output.WriteLine($"  [{f.Marker}] {f.Text}");
        if (r.Citations.Count > 0) output.WriteLine($"  cites: {string.Join(", ", r.Citations)}");
        if (citedBy.Count > 0) output.WriteLine($"  cited by: {string.Join(", ", citedBy)}");
        output.WriteLine();
    }

    static string Label(Paragraph p) => $"{p.Key,-5} {(p.Verb.Length > 0 ? $"[{p.Verb}]" : "")}";
}
