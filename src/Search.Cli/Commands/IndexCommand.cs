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
    // A PDF takes a good part of a second to read, so a few already make a progress bar worth showing.
    const int PdfProgressBarFrom = 2;

    public static Command Create(SharedOptions shared, TextWriter output)
    {
        var paths = new Argument<string[]>("file-or-folder") { Description = "Files (.md, .txt, .jsonl, .pdf) or folders to read", Arity = ArgumentArity.OneOrMore };
        var command = new Command("index", "Read resolutions (Markdown, PDF files, PDF text, JSON Lines) and aligned text into the store") { paths };
        paths.RefuseOptionLikeTokens(() => command);
        command.SetAction(parsed =>
        {
            var directory = shared.Directory(parsed);
            bool json = parsed.GetValue(shared.Json);
            using var opened = EngineLoader.Open(directory, TextWriter.Null, withIndex: false);
            var report = Ingest(opened.Application, parsed.GetValue(paths)!, interactive: !json && !Console.IsOutputRedirected && output == Console.Out);
            var indexState = opened.Application.UpdateKeywordIndex(directory);
            if (json) WriteJson(output, directory, report, indexState);
            else WriteText(output, report, opened.Application.Store.Path, indexState);
            return report.RefusedFiles.Any() ? 1 : 0;
        });
        return command;
    }

    static IngestionReport Ingest(SearchApplication application, IReadOnlyList<string> paths, bool interactive)
    {
        var files = SearchApplication.FilesIn(paths);
        var pdfs = files.Count(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        if (!interactive || files.Count < ProgressBarFrom && pdfs < PdfProgressBarFrom) return application.Ingest(paths);
        IngestionReport report = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Indexing {files.Count} files", maxValue: files.Count);
                int done = 0, refused = 0;
                report = application.Ingest(paths, new SynchronousProgress<FileReport>(file =>
                {
                    done++;
                    if (file.Refused) refused++;
                    // The file just read and the refusals so far, so a long run of PDFs shows where it is.
                    task.Description = Markup.Escape($"{done}/{files.Count} {Path.GetFileName(file.Path)}{(refused > 0 ? $" ({refused} refused)" : "")}");
                    task.Increment(1);
                }));
                task.Value = task.MaxValue;
            });
        return report;
    }

    static void WriteJson(TextWriter output, string directory, IngestionReport report, string indexState) => Json.Write(output, new
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

    static void WriteText(TextWriter output, IngestionReport report, string store, string indexState)
    {
        foreach (var file in report.Files)
        {
            if (file.Refused) output.WriteLine($"refused  {file.Path}: {file.Refusal}");
            else foreach (var a in file.Added) output.WriteLine($"added    {a.Symbol} [{a.Language}] {a.Paragraphs} paragraphs  ({file.Path})");
            foreach (var w in file.Warnings) output.WriteLine($"warning  {file.Path}: {w}");
        }
        output.WriteLine($"{report.Documents} documents, {report.Paragraphs} paragraphs added; {report.RefusedFiles.Count()} files refused. Store: {store}");
        output.WriteLine($"Keyword index: {indexState}");
    }
}

/// <summary>Reports on the ingesting thread: <see cref="Progress{T}"/> would post to the thread pool and count late.</summary>
sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
