using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;
using EmbeddingClient = OpenAI.Embeddings.EmbeddingClient;

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
/// Embeddings from an OpenAI-compatible endpoint: Microsoft.Extensions.AI.OpenAI's generator over the OpenAI
/// client, composed with the library's pipeline. Retries (with back-off) and the per-call timeout are the OpenAI
/// client's transport policies; inputs are cut into batches by a step of the pipeline, since the library sends
/// all inputs in one request; logging and OpenTelemetry come from the library when a logger factory is given.
/// </summary>
public sealed class OpenAiEmbeddingGenerator(EmbeddingEndpointOptions options, ILoggerFactory? loggerFactory = null)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(Compose(options, loggerFactory))
{
    /// <summary>The name activities and metrics of embedding calls are reported under.</summary>
    public const string TelemetrySource = "Search.Embeddings";

    /// <summary>What stored vectors are keyed by: the same model at another address may be another model.</summary>
    public string ModelId => $"openai:{options.Endpoint.Authority}:{options.Model}";

    static IEmbeddingGenerator<string, Embedding<float>> Compose(EmbeddingEndpointOptions options, ILoggerFactory? loggerFactory)
    {
        var client = new EmbeddingClient(options.Model, new ApiKeyCredential(options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
        });
        var builder = client.AsIEmbeddingGenerator().AsBuilder()
            .Use(EmbeddingBatches.Of(options.BatchSize));
        if (loggerFactory is not null)
            builder = builder.UseOpenTelemetry(loggerFactory, TelemetrySource).UseLogging(loggerFactory);
        return builder.Build();
    }
}

/// <summary>A pipeline step that sends inputs to the next step in batches of a given size and joins the answers in order.</summary>
public static class EmbeddingBatches
{
    public static Func<IEnumerable<string>, EmbeddingGenerationOptions?, IEmbeddingGenerator<string, Embedding<float>>, CancellationToken, Task<GeneratedEmbeddings<Embedding<float>>>> Of(int size) =>
        async (values, options, next, cancellationToken) =>
        {
            var result = new GeneratedEmbeddings<Embedding<float>>();
            foreach (var batch in values.Chunk(Math.Max(1, size)))
            {
                var generated = await next.GenerateAsync(batch, options, cancellationToken);
                if (generated.Count != batch.Length)
                    throw new InvalidOperationException($"the embedding service returned {generated.Count} vectors for {batch.Length} texts");
                result.AddRange(generated);
                if (generated.Usage is { } usage)
                {
                    result.Usage ??= new UsageDetails();
                    result.Usage.Add(usage);
                }
            }
            return result;
        };
}
