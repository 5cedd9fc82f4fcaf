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
            using var opened = EngineLoader.Open(shared.Directory(parsed), error, withIndex: false);
            var application = opened.Application;
            var text = parsed.GetValue(target)!;
            bool json = parsed.GetValue(shared.Json);
            if (ParagraphId.TryParse(text, out _))
            {
                var paragraph = application.Paragraph(text);
                if (paragraph.Failure is { } failure) return Failures.Report(failure, error);
                if (json) Json.Write(output, paragraph.Value!);
                else WriteText(output, paragraph.Value!);
                return 0;
            }
            var resolution = application.Resolution(text, parsed.GetValue(lang));
            if (resolution.Failure is { } notShown)
                return Failures.Report(notShown.Kind == FailureKind.Invalid ? Fail.Invalid($"'{text}' is neither a resolution symbol nor a paragraph id") : notShown, error);
            var lookup = resolution.Value!;
            if (json) Json.Write(output, lookup.Views.Count == 1 ? lookup.Views[0] : lookup.Views);
            else foreach (var v in lookup.Chosen) WriteText(output, v, lookup.CitedBy);
            return 0;
        });
        return command;
    }

    static void WriteText(TextWriter output, ParagraphWithTranslations p)
    {
        output.WriteLine($"{p.Paragraph.Id}  {p.Title}");
        output.WriteLine($"{Label(p.Paragraph.Key, p.Paragraph.Verb)} {p.Paragraph.Text}");
        foreach (var aligned in p.Aligned) output.WriteLine($"  {aligned.Id}: {aligned.Text}");
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
