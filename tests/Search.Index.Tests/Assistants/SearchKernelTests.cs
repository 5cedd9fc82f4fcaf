using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Search.Index.Assistants;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Tests.Semantics;

namespace Search.Index.Tests.Assistants;

public class SearchKernelTests
{
    [Fact]
    public async Task Without_a_service_the_kernels_embeddings_are_the_local_models()
    {
        using var seed = new SeedEngine();
        var kernel = SearchKernel.Create(seed.Engine, () => seed.Application);
        Assert.Null(kernel.Services.GetKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(SearchKernel.ExternalEmbeddings));
        Assert.Null(kernel.UseExternalEmbeddings(seed.Engine, seed.Store));

        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embedded = await generator.GenerateAsync(["Cartagena Action Plan"], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(seed.Engine.Semantic.EmbedQuery("Cartagena Action Plan"), embedded[0].Vector.ToArray());
        Assert.Equal(seed.Engine.Semantic.Model!.Id, embedded[0].ModelId);
    }

    [Fact]
    public void With_a_service_the_engine_sends_it_each_text_once_and_keyword_search_survives_its_failure()
    {
        using var server = new FakeEmbeddingServer();
        using var seed = new SeedEngine();
        var kernel = SearchKernel.Create(seed.Engine, () => seed.Application,
            new EmbeddingEndpointOptions { Endpoint = server.BaseAddress, Model = "test-embed", BatchSize = 16, MaxRetries = 0 });
        Assert.IsType<OpenAiEmbeddingGenerator>(kernel.Services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(SearchKernel.ExternalEmbeddings));
        Assert.Equal($"openai:{server.BaseAddress.Authority}:test-embed", kernel.UseExternalEmbeddings(seed.Engine, seed.Store));

        var result = seed.Engine.Search(new SearchRequest { Query = "Convention", Mode = SearchMode.Semantic });
        Assert.Null(result.Notice);
        var docs = seed.Engine.Paragraphs.Documents;
        int distinct = Enumerable.Range(0, docs.Count).Select(docs.Text).Distinct().Count();
        var inputs = server.Requests.Select(r => r["input"]!.AsArray().Count).ToList();
        Assert.Equal(distinct + 1, inputs.Sum()); // every distinct paragraph text once, then the query
        Assert.All(inputs, n => Assert.InRange(n, 1, 16));

        server.AlwaysFail = true;
        int requests = server.Requests.Count;
        seed.Engine.Rebuild(seed.Store); // a new snapshot over the same texts: their stored vectors are read, only the query is sent, and fails
        var fallback = seed.Engine.Search(new SearchRequest { Query = "Cartagena Action Plan", Mode = SearchMode.Hybrid });
        Assert.Equal(requests + 1, server.Requests.Count);
        Assert.Equal(8, fallback.Total);
        Assert.StartsWith("Semantic results are unavailable", fallback.Notice);
    }
}
