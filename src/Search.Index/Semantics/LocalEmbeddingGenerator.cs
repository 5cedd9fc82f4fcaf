using Search.Index.Analysis;
using Microsoft.Extensions.AI;
using Search.Index.Analysis.Languages;
using Search.Index.Paragraphs;

namespace Search.Index.Semantics;

/// <summary>The local model behind the standard embedding interface; each text's language is detected.</summary>
public sealed class LocalEmbeddingGenerator(CrossLingualLsi model, ITermSource analysis) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
            result.Add(new Embedding<float>(model.Embed(LanguageDetector.Detect(text) ?? "en", text, analysis)) { ModelId = model.Id });
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() { }
}
