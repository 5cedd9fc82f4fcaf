using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;
using Search.Index.Documents;
using Search.Index.Views;

namespace Search.Cli.Commands;

/// <summary>`show &lt;symbol or paragraph id&gt; [--lang fr] [--index DIR] [--json]`.</summary>
public static class ShowCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("symbol-or-id") { Description = "A resolution symbol (A/RES/68/30) or a paragraph id (A/RES/68/30:fr:op3)" };
        var lang = new Option<string?>("--lang") { Description = "Only this language version (en, fr, ru)", HelpName = "fr" };
        var command = new Command("show", "Show a resolution, or one paragraph with the same clause in the other languages") { target, lang };
        target.RefuseOptionLikeTokens(() => command);
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(target)!;
            if (ParagraphId.TryParse(text, out _))
                return UseCaseAction.Answer(parsed, shared, output, error, a => a.Paragraph(text), WriteText, withIndex: false);
            return UseCaseAction.Answer(parsed, shared, output, error, a => Resolution(a, text, parsed.GetValue(lang)), WriteText, withIndex: false,
                json: lookup => lookup.Views.Count == 1 ? lookup.Views[0] : lookup.Views);
        });
        return command;
    }

    static void WriteText(TextWriter output, ParagraphWithTranslations p)
    {
        output.WriteLine($"{p.Paragraph.Id}  {p.Title}");
        output.WriteLine($"{Label(p.Paragraph.Key, p.Paragraph.Verb)} {p.Paragraph.Text}");
        foreach (var aligned in p.Aligned) output.WriteLine($"  {aligned.Id}: {aligned.Text}");
    }

    /// <summary>A resolution; text that is not a symbol is said to be neither a symbol nor a paragraph id, since both were tried.</summary>
    static Outcome<ResolutionLookup> Resolution(SearchApplication application, string text, string? language)
    {
        var outcome = application.Resolution(text, language);
        return outcome.Failure is { Kind: FailureKind.Invalid } ? Fail.Invalid($"'{text}' is neither a resolution symbol nor a paragraph id") : outcome;
    }

    static void WriteText(TextWriter output, ResolutionLookup lookup)
    {
        foreach (var version in lookup.Chosen) WriteText(output, version, lookup.CitedBy);
    }

    static void WriteText(TextWriter output, Resolution r, IReadOnlyList<string> citedBy)
    {
        output.WriteLine($"{r.Symbol} [{r.Language}]  {r.Title}");
        output.WriteLine($"session {r.Session?.ToString() ?? "-"}, adopted {r.AdoptionDate?.ToString("yyyy-MM-dd") ?? "-"}, agenda item {r.AgendaItem ?? "-"}, {r.Committee ?? "-"} {r.CommitteeReport ?? ""}, {r.Meeting ?? "-"}");
        foreach (var p in r.Paragraphs) output.WriteLine($"  {Label(p.Key, p.Verb)} {p.Text}");
        foreach (var f in r.Footnotes) output.WriteLine($"  [{f.Marker}] {f.Text}");
        if (r.Citations.Count > 0) output.WriteLine($"  cites: {string.Join(", ", r.Citations)}");
        if (citedBy.Count > 0) output.WriteLine($"  cited by: {string.Join(", ", citedBy)}");
        output.WriteLine();
    }

    static string Label(string key, string verb) => $"{key,-5} {(verb.Length > 0 ? $"[{verb}]" : "")}";
}
