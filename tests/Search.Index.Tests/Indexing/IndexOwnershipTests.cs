using System.Text.Json;
using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Indexing;

/// <summary>
/// One process owns the index: while it holds it, another process (the CLI while the web app runs) writes the
/// store only and reads the index, and the owner indexes what the other wrote.
/// </summary>
public class IndexOwnershipTests
{
    [Fact]
    public void The_CLI_leaves_an_index_owned_by_another_process_to_its_owner()
    {
        var directory = TestPaths.NewTempDirectory();
        using var store = ResolutionStore.Open(directory);
        new Ingestor(store).Ingest([TestPaths.Corpus]);
        using var owner = LuceneIndex.Open(Path.Combine(directory, LuceneIndex.FolderName), store, UnAnalysis.Instance);
        Assert.True(owner.IsOwner);

        var file = MadeResolutions.Write(TestPaths.NewTempDirectory(), "new",
            new MadeResolutions.Made("A/RES/70/9", "2015-10-09", "Welcomes the survey of sphagnum bogs"));
        var (exitCode, output) = CliProcess.Run("index", file, "--index", directory, "--json");
        Assert.True(exitCode == 0, output);
        var state = JsonDocument.Parse(output).RootElement.GetProperty("keywordIndex").GetString();
        Assert.StartsWith("held by another process", state);

        // The owner's files are whole and it indexes what the CLI wrote.
        Assert.True(owner.CatchUp(store));
        Assert.Equal(store.Generation, owner.Generation);
        var searcher = owner.Acquire();
        try
        {
            var search = new Searcher(searcher, UnAnalysis.Instance, store);
            Assert.Equal(1, search.Search(new SearchRequest { Query = "sphagnum" }).Total);
            Assert.Equal(store.ParagraphCount(), searcher.IndexReader.NumDocs);
        }
        finally { owner.Release(searcher); }
    }
}
