using Search.Index.Documents;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// The generated store the load benchmark serves, kept between runs in the temporary folder: generating a million
/// paragraphs takes minutes, and the app's index and semantic model are kept beside it after the first start.
/// </summary>
public static class LoadStore
{
    const string CompleteMarker = "generated.complete";

    public static string Ensure(int paragraphs, int seed)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"search-load-{paragraphs}-{seed}");
        if (File.Exists(Path.Combine(directory, CompleteMarker))) return directory;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        int stored = 0;
        using (var store = ResolutionStore.Open(directory))
        {
            var batch = new List<Resolution>();
            foreach (var resolution in CorpusGenerator.Generate(paragraphs, seed))
            {
                batch.Add(resolution);
                stored += resolution.Paragraphs.Count;
                if (batch.Count == 2000) { store.Replace(batch); batch.Clear(); }
            }
            store.Replace(batch);
        }
        File.WriteAllText(Path.Combine(directory, CompleteMarker), $"{stored} paragraphs, seed {seed}\n");
        Console.WriteLine($"generated {stored:N0} paragraphs into {directory}");
        return directory;
    }
}
