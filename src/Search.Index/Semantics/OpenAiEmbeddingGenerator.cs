using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;

namespace Search.Index.Semantics;

/// <summary>Where an OpenAI-compatible embedding service is, and how to call it.</summary>
public sealed record EmbeddingEndpointOptions
{
    /// <summary>The API base, e.g. https://api.openai.com/v1 or a local server's http://127.0.0.1:8080/v1.</summary>
    public required Uri Endpoint { get; init; }
    public required string Model { get; init; }
    public string ApiKey { get; init; } = "none";
    public int BatchSize { get; init; } = 64;
    public int MaxRetries { get; init; } = 3;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Embeddings from an OpenAI-compatible endpoint through the OpenAI client: inputs sent in batches, failed
/// calls retried by the client's retry policy, each call bounded by a timeout.
/// </summary>
public sealed class OpenAiEmbeddingGenerator(EmbeddingEndpointOptions options) : IEmbeddingGenerator<string, Embedding<float>>
{
    readonly EmbeddingClient _client = new(options.Model, new ApiKeyCredential(options.ApiKey), new OpenAIClientOptions
    {
        Endpoint = options.Endpoint,
        NetworkTimeout = options.Timeout,
        RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
    });

    public string ModelId => $"openai:{options.Endpoint.Authority}:{options.Model}";

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? generationOptions = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var batch in values.Chunk(Math.Max(1, options.BatchSize)))
        {
            var response = await _client.GenerateEmbeddingsAsync(batch, cancellationToken: cancellationToken);
            foreach (var embedding in response.Value.OrderBy(e => e.Index))
                result.Add(new Embedding<float>(embedding.ToFloats()) { ModelId = options.Model });
        }
        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() { }
}
