using Microsoft.Extensions.AI;
using Search.Index.Searching;

namespace Search.Index.Assistants;

/// <summary>
/// Embeds texts with the model the engine searches with: the local cross-language model unless an external
/// service is configured. Vectors it gives are comparable with the engine's stored ones.
/// </summary>
public sealed class EngineEmbeddingGenerator(SearchEngine engine) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var semantic = engine.Semantic;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(semantic.EmbedQuery(text)) { ModelId = semantic.ModelId });
        }
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() { }
}
