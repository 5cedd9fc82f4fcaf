using System.ClientModel;
using Search.Index.Analysis;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Semantics;

public class OpenAiEmbeddingTests
{
    static OpenAiEmbeddingGenerator Generator(FakeEmbeddingServer server, int batch = 2, int retries = 2) =>
        new(new EmbeddingEndpointOptions { Endpoint = server.BaseAddress, Model = "test-embed", ApiKey = "secret", BatchSize = batch, MaxRetries = retries, Timeout = TimeSpan.FromSeconds(5) });

    [Fact]
    public async Task Sends_openai_shaped_requests_in_batches()
    {
        using var server = new FakeEmbeddingServer();
        var result = await Generator(server, batch: 2).GenerateAsync(["one", "two", "three", "four", "five"], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(5, result.Count);
        Assert.Equal(FakeEmbeddingServer.VectorFor("three"), result[2].Vector.ToArray());
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Paths, p => Assert.Equal("/v1/embeddings", p));
        Assert.All(server.Authorizations, a => Assert.Equal("Bearer secret", a));
        Assert.All(server.Requests, r => Assert.Equal("test-embed", r["model"]!.GetValue<string>()));
        Assert.Equal([2, 2, 1], server.Requests.Select(r => r["input"]!.AsArray().Count));
    }

    [Fact]
    public async Task Retries_a_failed_call()
    {
        using var server = new FakeEmbeddingServer { FailuresBeforeSuccess = 1 };
        var result = await Generator(server, batch: 10, retries: 2).GenerateAsync(["retry me"], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Single(result);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_its_retries()
    {
        using var server = new FakeEmbeddingServer { AlwaysFail = true };
        await Assert.ThrowsAsync<ClientResultException>(() => Generator(server, retries: 1).GenerateAsync(["x"], cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(2, server.Requests.Count);
    }

    static (SearchEngine Engine, ResolutionStore Store) Seeds()
    {
        var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest([TestPaths.Corpus]);
        var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Rebuild(store);
        return (engine, store);
    }

    [Fact]
    public void External_vectors_are_stored_and_not_requested_twice()
    {
        using var server = new FakeEmbeddingServer();
        var (engine, store) = Seeds();
        using var _ = store;
        var generator = Generator(server, batch: 64);
        engine.UseExternalEmbeddings(generator, generator.ModelId);
        var result = engine.Search(new SearchRequest { Query = "Convention", Mode = SearchMode.Semantic });
        Assert.Null(result.Notice);
        Assert.NotEmpty(result.Hits);
        int requests = server.Requests.Count;
        // Each distinct paragraph text once (a clause unchanged between years is one text), then the query.
        var docs = engine.Paragraphs.Documents;
        int distinct = Enumerable.Range(0, docs.Count).Select(docs.Text).Distinct().Count();
        Assert.Equal(67, distinct);
        Assert.Equal(distinct, server.Requests.Take(requests - 1).Sum(r => r["input"]!.AsArray().Count));

        var again = new SearchEngine(UnAnalysis.Instance);
        again.Rebuild(store);
        again.UseExternalEmbeddings(generator, generator.ModelId);
        again.Search(new SearchRequest { Query = "Convention", Mode = SearchMode.Semantic });
        Assert.Equal(requests + 1, server.Requests.Count); // only the query's embedding
    }

    [Fact]
    public void Stored_vectors_of_another_length_under_the_same_model_are_computed_again()
    {
        using var server = new FakeEmbeddingServer();
        var (engine, store) = Seeds();
        using var _ = store;
        var generator = Generator(server, batch: 64);
        var docs = engine.Paragraphs.Documents;
        store.SaveEmbeddings(generator.ModelId, [(StoredVectors.Key(docs.Text(0)), new float[] { 1, 0, 0 })]);
        engine.UseExternalEmbeddings(generator, generator.ModelId);
        var result = engine.Search(new SearchRequest { Query = "Convention", Mode = SearchMode.Semantic });
        Assert.Null(result.Notice);
        Assert.Equal(FakeEmbeddingServer.VectorFor(docs.Text(0)).Length, engine.Semantic.Vectors.Dimensions);
        Assert.Equal(67, server.Requests.Take(server.Requests.Count - 1).Sum(r => r["input"]!.AsArray().Count));
    }

    [Fact]
    public void When_the_endpoint_fails_keyword_search_carries_on_and_says_so()
    {
        using var server = new FakeEmbeddingServer { AlwaysFail = true };
        var (engine, store) = Seeds();
        using var _ = store;
        var generator = Generator(server, retries: 0);
        engine.UseExternalEmbeddings(generator, generator.ModelId);
        var result = engine.Search(new SearchRequest { Query = "Cartagena Action Plan", Mode = SearchMode.Hybrid });
        Assert.Equal(8, result.Total);
        Assert.StartsWith("Semantic results are unavailable", result.Notice);
        Assert.All(result.Hits, h => Assert.NotEqual("semantic", h.Via));
    }
}
