using Search.Index.Ingestion;

namespace Search.Index.Application;

public sealed partial class SearchApplication
{
    /// <summary>Reads files and folders into the store, each file whole or not at all; the index follows on its next refresh.</summary>
    public IngestionReport Ingest(IReadOnlyList<string> paths, IProgress<FileReport>? progress = null) => new Ingestor(store).Ingest(paths, progress);

    /// <summary>The files an ingestion of these paths would read, to size a progress display.</summary>
    public static IReadOnlyList<string> FilesIn(IReadOnlyList<string> paths) => Ingestor.ListFiles(paths);
}
