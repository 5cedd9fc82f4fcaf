using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;
using Search.Index.Semantics;

namespace Search.Cli.Commands;

/// <summary>`similar &lt;paragraph id&gt; [--limit 10] [filters] [--index DIR] [--json]`.</summary>
public static class SimilarCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("paragraph-id") { Description = "A paragraph id, such as A/RES/68/30:en:op9" };
        var limit = new Option<int>("--limit") { Description = $"Similar clauses to show (1 to {Limits.MaxSimilar})", DefaultValueFactory = _ => Limits.DefaultSimilar };
        var command = new Command("similar", "The clauses of other resolutions most similar to a paragraph, with word-level differences") { id, limit };
        id.RefuseOptionLikeTokens(() => command);
        foreach (var filter in shared.Filters) command.Options.Add(filter);
        command.SetAction(parsed =>
        {
            var query = shared.ReadFilters(parsed, new SimilarQuery { Id = parsed.GetValue(id)!, Limit = parsed.GetValue(limit) });
            return UseCaseAction.Answer(parsed, shared, output, error, a => a.Similar(query), WriteText);
        });
        return command;
    }

    static void WriteText(TextWriter output, SimilarResult result)
    {
        output.WriteLine($"{result.SourceId}: {result.SourceText}");
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Score:0.000}  {hit.Id}  ({hit.Year})");
            output.WriteLine("  " + (hit.Diff.Count > 0 ? DiffText.Render(hit.Diff) : hit.Text));
        }
    }
}
