using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Ingestion;
using Search.Index.Storage;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary>`index &lt;file-or-folder&gt;... [--index DIR] [--json]`: reads resolutions into the store.</summary>
public static class IndexCommand
{
    const int ProgressBarFrom = 20;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "index" }, new HashSet<string> { "json" });
        if (parsed.Positionals.Count == 0) throw new UsageException("index needs at least one file or folder");
        var directory = IndexLocation.Resolve(parsed.Value("index"));
        using var store = ResolutionStore.Open(directory);
        var ingestor = new Ingestor(store);

        var files = Ingestor.ListFiles(parsed.Positionals);
        IngestionReport report;
        bool interactive = !parsed.Flag("json") && !Console.IsOutputRedirected && output == Console.Out;
        if (interactive && files.Count >= ProgressBarFrom)
        {
            report = null!;
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Indexing", maxValue: files.Count);
                report = ingestor.Ingest(parsed.Positionals, new Progress<FileReport>(_ => task.Increment(1)));
                task.Value = task.MaxValue;
            });
        }
        else
        {
            report = ingestor.Ingest(parsed.Positionals);
        }

        if (parsed.Flag("json"))
        {
            Json.Write(output, new
            {
                index = directory,
                documentsAdded = report.Documents,
                paragraphsAdded = report.Paragraphs,
                alignedGroupsAdded = report.AlignedGroups,
                added = report.Files.SelectMany(f => f.Added.Select(a => new { file = f.Path, a.Symbol, a.Language, a.Paragraphs })),
                refused = report.RefusedFiles.Select(f => new { file = f.Path, reason = f.Refusal }),
                warnings = report.Files.SelectMany(f => f.Warnings.Select(w => new { file = f.Path, warning = w })),
            });
        }
        else
        {
            foreach (var file in report.Files)
            {
                if (file.Refused) output.WriteLine($"refused  {file.Path}: {file.Refusal}");
                else foreach (var a in file.Added) output.WriteLine($"added    {a.Symbol} [{a.Language}] {a.Paragraphs} paragraphs  ({file.Path})");
                foreach (var w in file.Warnings) output.WriteLine($"warning  {file.Path}: {w}");
            }
            output.WriteLine($"{report.Documents} documents, {report.Paragraphs} paragraphs added; {report.RefusedFiles.Count()} files refused. Store: {store.Path}");
        }
        return report.RefusedFiles.Any() ? 1 : 0;
    }
}
