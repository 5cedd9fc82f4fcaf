using Search.Index.Documents;
using Search.Index.Ingestion.Formats;
using Search.Index.Ingestion.Pdf;
using Search.Index.Ingestion.Reading;
using Search.Index.Storage;

namespace Search.Index.Ingestion;

/// <summary>
/// Reads files and folders into the store. Each file is parsed completely before anything is written, then
/// written in one transaction; a refused file leaves the store as it was and the rest of the batch goes on.
/// </summary>
public sealed class Ingestor(ResolutionStore store, IngestionLimits? limits = null)
{
    static readonly string[] DocumentExtensions = [".md", ".markdown", ".txt", ".text", ".jsonl", ".pdf"];
    readonly IngestionLimits _limits = limits ?? IngestionLimits.Default;

    public IngestionReport Ingest(IEnumerable<string> paths, IProgress<FileReport>? progress = null)
    {
        var reports = new List<FileReport>();
        foreach (var file in ExpandPaths(paths, reports))
        {
            var report = IngestFile(file);
            reports.Add(report);
            progress?.Report(report);
        }
        return new IngestionReport(reports);
    }

    /// <summary>The files a set of paths names: files as given, folders walked for document files.</summary>
    public static IReadOnlyList<string> ListFiles(IEnumerable<string> paths) => ExpandPaths(paths, []).ToList();

    static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, List<FileReport> reports)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return path; continue; }
            if (!Directory.Exists(path))
            {
                reports.Add(new FileReport(path, [], "no such file or folder", []));
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var file in files)
            {
                if (DocumentExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant())) yield return file;
                else reports.Add(new FileReport(file, [], $"skipped: '{System.IO.Path.GetExtension(file)}' is not a document type read here (.md, .txt, .jsonl, .pdf)", []));
            }
        }
    }

    public FileReport IngestFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var isJsonLines = info.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase);
            var isPdf = info.Extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase);
            var limit = isJsonLines ? _limits.MaxJsonLinesBytes : isPdf ? _limits.MaxPdfBytes : _limits.MaxDocumentBytes;
            if (info.Length > limit)
                return Refuse(path, $"file too large ({info.Length / (1024 * 1024)} MB; a single resolution is read up to {limit / (1024 * 1024)} MB)");

            var bytes = File.ReadAllBytes(path);
            if (isPdf || PdfTextExtractor.IsPdf(bytes))
                return IngestPdf(path, bytes);
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Refusal is not null) return Refuse(path, decoded.Refusal);
            var text = decoded.Text!;
            var warnings = new List<string>();
            if (text.Notice is not null) warnings.Add(text.Notice);
            if (string.IsNullOrWhiteSpace(text.Text)) return Refuse(path, "empty file (only white space)", warnings);

            var format = FormatDetector.Detect(text.Text, path);
            var parsed = new List<Resolution>();
            if (format == SourceFormat.JsonLines)
            {
                var (parallel, unread) = JsonLinesReader.ReadParallel(text.Text);
                if (parallel.Count > 0)
                {
                    // Aligned sentences, not resolutions: kept to teach the local model which words translate each other.
                    store.ReplaceParallelTexts(System.IO.Path.GetFullPath(path), parallel);
                    return new FileReport(path, [], null, [$"{parallel.Count} groups of aligned sentences kept for the semantic model (not searchable)", .. unread], parallel.Count);
                }
                var (groups, problems) = JsonLinesReader.Read(text.Text, _limits.MaxDocumentBytes);
                warnings.AddRange(problems);
                foreach (var group in groups)
                {
                    var inner = FormatDetector.Detect(group.Text);
                    var outcome = ResolutionParser.Parse(group.Text, inner, group.Hints, path);
                    warnings.AddRange(outcome.Warnings.Select(w => $"line {group.FirstLine}: {w}"));
                    if (outcome.Resolution is null) warnings.Add($"line {group.FirstLine} ({group.Hints.Symbol}, {group.Hints.Language}): {outcome.Refusal}");
                    else parsed.Add(outcome.Resolution);
                }
                if (parsed.Count == 0)
                    return Refuse(path, groups.Count == 0 && problems.Count > 0
                        ? $"no usable JSON Lines record ({problems.Count} refused; first: {problems[0]})"
                        : "no resolution could be read from its records", warnings);
            }
            else
            {
                var outcome = ResolutionParser.Parse(text.Text, format, null, path);
                warnings.AddRange(outcome.Warnings);
                if (outcome.Resolution is null) return Refuse(path, outcome.Refusal!, warnings);
                parsed.Add(outcome.Resolution);
            }

            // Records of one version repeated in a file: the last one wins, as it would on re-ingestion.
            var unique = parsed.GroupBy(r => (r.Symbol, r.Language)).Select(g => g.Last()).ToList();
            store.Replace(unique);
            return new FileReport(path, unique.Select(r => new AddedResolution(r.Symbol, r.Language, r.Paragraphs.Count)).ToList(), null, warnings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(path, $"cannot read the file: {e.Message}");
        }
        catch (StoreException e)
        {
            return Refuse(path, $"not stored: {e.Message}");
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return Refuse(path, $"not stored (the store refused the write, nothing of this file was kept): {e.Message}");
        }
    }

    FileReport IngestPdf(string path, byte[] bytes)
    {
        var pdf = PdfTextExtractor.Read(bytes);
        if (pdf.Refusal is not null) return Refuse(path, pdf.Refusal);
        var outcome = ResolutionParser.ParsePdf(pdf.Text!, null, path);
        if (outcome.Resolution is null) return Refuse(path, outcome.Refusal!, outcome.Warnings);
        store.Replace([outcome.Resolution]);
        return new FileReport(path, [new AddedResolution(outcome.Resolution.Symbol, outcome.Resolution.Language, outcome.Resolution.Paragraphs.Count)], null, outcome.Warnings);
    }

    static FileReport Refuse(string path, string reason, IReadOnlyList<string>? warnings = null) => new(path, [], reason, warnings ?? []);
}
