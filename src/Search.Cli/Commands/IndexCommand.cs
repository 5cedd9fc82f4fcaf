using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;
using Search.Index.Ingestion;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary>`index &lt;file-or-folder&gt;... [--index DIR] [--json]`: reads resolutions into the store; exit 1 when a file was refused.</summary>
public static class IndexCommand
{
    const int ProgressBarFrom = 20;

    public static Command Create(SharedOptions shared, TextWriter output)
    {
        var paths = new Argument<string[]>("file-or-folder") { Description = "Files (.md, .txt, .jsonl) or folders to read", Arity = ArgumentArity.OneOrMore };
        var command = new Command("index", "Read resolutions (Markdown, PDF text, JSON Lines) and aligned text into the store") { paths };
        paths.RefuseOptionLikeTokens(() => command);
        command.SetAction(parsed =>
        {
            var directory = shared.Directory(parsed);
            bool json = parsed.GetValue(shared.Json);
            using var opened = EngineLoader.Open(directory, withIndex: false);
            var report = Ingest(opened.Application, parsed.GetValue(paths)!, interactive: !json && !Console.IsOutputRedirected && output == Console.Out);
            if (json) WriteJson(output, directory, report);
            else WriteText(output, report, opened.Application.Store.Path);
            return report.RefusedFiles.Any() ? 1 : 0;
        });
        return command;
    }

    static IngestionReport Ingest(SearchApplication application, IReadOnlyList<string> paths, bool interactive)
    {
        if (!interactive || SearchApplication.FilesIn(paths).Count < ProgressBarFrom) return application.Ingest(paths);
        IngestionReport report = null!;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("Indexing", maxValue: SearchApplication.FilesIn(paths).Count);
            report = application.Ingest(paths, new Progress<FileReport>(_ => task.Increment(1)));
            task.Value = task.MaxValue;
        });
        return report;
    }

    static void WriteJson(TextWriter output, string directory, IngestionReport report) => Json.Write(output, new
    {
        index = directory,
        documentsAdded = report.Documents,
        paragraphsAdded = report.Paragraphs,
        alignedGroupsAdded = report.AlignedGroups,
        added = report.Files.SelectMany(f => f.Added.Select(a => new { file = f.Path, a.Symbol, a.Language, a.Paragraphs })),
        refused = report.RefusedFiles.Select(f => new { file = f.Path, reason = f.Refusal }),
        warnings = report.Files.SelectMany(f => f.Warnings.Select(w => new { file = f.Path, warning = w })),
    });

    static void WriteText(TextWriter output, IngestionReport report, string store)
    {
        foreach (var file in report.Files)
        {
            if (file.Refused) output.WriteLine($"refused  {file.Path}: {file.Refusal}");
            else foreach (var a in file.Added) output.WriteLine($"added    {a.Symbol} [{a.Language}] {a.Paragraphs} paragraphs  ({file.Path})");
            foreach (var w in file.Warnings) output.WriteLine($"warning  {file.Path}: {w}");
        }
        output.WriteLine($"{report.Documents} documents, {report.Paragraphs} paragraphs added; {report.RefusedFiles.Count()} files refused. Store: {store}");
    }
}
