using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;
using Search.Index.Semantics;

namespace Search.Cli.Commands;

/// <summary>`compare &lt;symbol&gt; [&lt;symbol&gt;] [--lang en] [--index DIR] [--json]`; with one symbol, its previous version is found.</summary>
public static class CompareCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, TextWriter error)
    {
        var symbols = new Argument<string[]>("symbol") { Description = "The later resolution, or the earlier and the later one", Arity = new ArgumentArity(1, 2) };
        var lang = new Option<string?>("--lang") { Description = "The language compared (en, fr, ru)", HelpName = "en" };
        var command = new Command("compare", "Two resolutions clause by clause; with one symbol, it is compared with its previous version") { symbols, lang };
        symbols.RefuseOptionLikeTokens(() => command);
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(symbols)!;
            var query = given.Length == 1 ? new CompareQuery(null, given[0], parsed.GetValue(lang)) : new CompareQuery(given[0], given[1], parsed.GetValue(lang));
            return UseCaseAction.Answer(parsed, shared, output, error, a => a.Compare(query), WriteText);
        });
        return command;
    }

    static void WriteText(TextWriter output, ResolutionComparison comparison)
    {
        output.WriteLine($"{comparison.Before} → {comparison.After} [{comparison.Language}]");
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
    }
}
