using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Ingestion;

namespace Search.Index.Application;

public sealed partial class SearchApplication
{
    /// <summary>Reads files and folders into the store, each file whole or not at all; the index follows on its next refresh.</summary>
    public IngestionReport Ingest(IReadOnlyList<string> paths, IProgress<FileReport>? progress = null) => new Ingestor(store).Ingest(paths, progress);

    /// <summary>The files an ingestion of these paths would read, to size a progress display.</summary>
    public static IReadOnlyList<string> FilesIn(IReadOnlyList<string> paths) => Ingestor.ListFiles(paths);

    /// <summary>
    /// Brings the keyword index up to the store now, unless another process (a running web app) owns it: that
    /// process reads the store's change log and makes the new resolutions searchable itself.
    /// </summary>
    public string UpdateKeywordIndex(string directory)
    {
        const string ownedElsewhere = "held by another process (a running web app), which indexes the new resolutions itself";
        var folder = Path.Combine(directory, LuceneIndex.FolderName);
        // Opening an index only to find it owned would read a million paragraphs' columns for nothing.
        if (LuceneIndex.IsOwnedElsewhere(folder)) return ownedElsewhere;
        try
        {
            using var index = LuceneIndex.Open(folder, store, UnAnalysis.Instance);
            return index.IsOwner
                ? $"up to date ({(index.LastAction.Length > 0 ? index.LastAction : "nothing to change")})"
                : ownedElsewhere;
        }
        catch (IndexUnavailableException e)
        {
            return e.Message;
        }
    }
}
