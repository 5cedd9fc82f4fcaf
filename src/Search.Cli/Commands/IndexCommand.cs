using Search.Cli.Arguments;
using Search.Cli.Output;
using Search.Index.Analysis;
using Search.Index.Indexing;
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

        var indexState = UpdateIndex(store, directory);

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
                keywordIndex = indexState,
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
            output.WriteLine($"Keyword index: {indexState}");
        }
        return report.RefusedFiles.Any() ? 1 : 0;
    }

    /// <summary>
    /// Brings the keyword index up to the store now, unless another process (a running web app) owns it: that
    /// process reads the store's change log and makes the new resolutions searchable itself.
    /// </summary>
    static string UpdateIndex(ResolutionStore store, string directory)
    {
        try
        {
            using var index = LuceneIndex.Open(Path.Combine(directory, LuceneIndex.FolderName), store, UnAnalysis.Instance);
            return index.IsOwner
                ? $"up to date ({(index.LastAction.Length > 0 ? index.LastAction : "nothing to change")})"
                : "held by another process (a running web app), which indexes the new resolutions itself";
        }
        catch (IndexUnavailableException e)
        {
            return e.Message;
        }
    }
}
