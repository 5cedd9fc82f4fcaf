using Search.Index.Analysis;
using Microsoft.Extensions.Logging;
using Search.Index.Analysis.Languages;
using Search.Index.Paragraphs;

namespace Search.Index.Semantics;

/// <summary>
/// The local model trained on a snapshot and a vector for each of its documents. Derived data: rebuilt
/// deterministically from the snapshot whenever the snapshot changes.
/// </summary>
public sealed class SemanticIndex
{
    public const int MaxTrainingColumns = 60_000;

    /// <summary>The local model; null when the vectors come from an external endpoint.</summary>
    public CrossLingualLsi? Model { get; init; }
    public required string ModelId { get; init; }
    /// <summary>Embeds a query; for an external model, a call to the endpoint.</summary>
    public required Func<string, float[]> QueryEmbedder { get; init; }
    public required VectorIndex Vectors { get; init; }
    public required ParagraphSnapshot Snapshot { get; init; }

    /// <param name="alignedText">Imported aligned sentences: further columns that teach translations.</param>
    /// <param name="store">Where the trained model and the vectors are kept; a model already there for the same
    /// training text is used as it is.</param>
    public static SemanticIndex Build(ParagraphSnapshot snapshot, ITermSource analysis, int dimensions = 64,
        IReadOnlyList<IReadOnlyList<(string Language, string Text)>>? alignedText = null, Storage.ResolutionStore? store = null, ILogger? logger = null)
    {
        var columns = TrainingColumns(snapshot);
        if (alignedText is not null) columns.AddRange(alignedText.Select(g => new LsiTrainer.Column(g)));
        var modelId = LsiTrainer.ModelId(columns, dimensions);
        var saved = store?.LoadModel(modelId);
        var model = saved is null ? null : LsiModelFormat.TryRead(saved, modelId);
        if (saved is not null && model is null)
            logger?.LogWarning("The stored semantic model {Model} is damaged ({Bytes} bytes that do not read back); training it again", modelId, saved.Length);
        if (model is null)
        {
            model = LsiTrainer.Train(columns, analysis, dimensions);
            store?.SaveModel(model.Id, LsiModelFormat.Write(model), LsiTrainer.Family);
        }
        var docs = snapshot.Documents;
        var keys = KeysOf(docs, d => StoredVectors.Key(docs.Text(d), docs.Language(d)));
        var (vectors, _) = StoredVectors.AssembleAsync(model.Id, keys, missing =>
        {
            var computed = new float[missing.Count][];
            Parallel.For(0, missing.Count, i => computed[i] = model.Embed(docs.Language(missing[i]), docs.Text(missing[i]), analysis));
            return Task.FromResult<IReadOnlyList<float[]>>(computed);
        }, store).GetAwaiter().GetResult();
        return new SemanticIndex
        {
            Model = model,
            ModelId = model.Id,
            Vectors = new VectorIndex(vectors, model.Dimensions, model.Id),
            Snapshot = snapshot,
            QueryEmbedder = text => EmbedWithLocalModel(model, text, analysis),
        };
    }

    /// <summary>
    /// Vectors from an external model, which reads the text alone: those the store holds for the model and the
    /// text's hash are reused, the rest are requested in batches and stored.
    /// </summary>
    public static async Task<SemanticIndex> BuildExternalAsync(ParagraphSnapshot snapshot, Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> generator,
        string modelId, Storage.ResolutionStore store, CancellationToken cancellationToken = default)
    {
        var docs = snapshot.Documents;
        var keys = KeysOf(docs, d => StoredVectors.Key(docs.Text(d)));
        var (vectors, dimensions) = await StoredVectors.AssembleAsync(modelId, keys, async missing =>
        {
            var generated = await generator.GenerateAsync(missing.Select(docs.Text), cancellationToken: cancellationToken);
            return generated.Select(e => e.Vector.ToArray()).ToList();
        }, store);
        return new SemanticIndex
        {
            ModelId = modelId,
            Vectors = new VectorIndex(vectors, dimensions, modelId),
            Snapshot = snapshot,
            QueryEmbedder = text =>
            {
                var v = generator.GenerateAsync([text], cancellationToken: CancellationToken.None).GetAwaiter().GetResult()[0].Vector.ToArray();
                VectorMath.Normalize(v);
                return v;
            },
        };
    }

    static string[] KeysOf(DocumentTable docs, Func<int, string> key)
    {
        var keys = new string[docs.Count];
        Parallel.For(0, docs.Count, d => keys[d] = key(d));
        return keys;
    }

    /// <summary>One column a clause: its translations together when it is held in several languages (what makes the space cross-lingual).</summary>
    static List<LsiTrainer.Column> TrainingColumns(ParagraphSnapshot snapshot)
    {
        var docs = snapshot.Documents;
        var seen = new bool[docs.Count];
        var columns = new List<LsiTrainer.Column>();
        // Aligned clauses first: they teach the model which words translate each other.
        for (int pass = 0; pass < 2; pass++)
        {
            int stride = 1;
            if (pass == 1)
            {
                int remaining = seen.Count(s => !s);
                stride = Math.Max(1, remaining / Math.Max(1, MaxTrainingColumns - columns.Count));
            }
            for (int d = 0, n = 0; d < docs.Count && columns.Count < MaxTrainingColumns; d++)
            {
                if (seen[d]) continue;
                bool aligned = docs.AlignedNext[d] != d;
                if ((pass == 0) != aligned) continue;
                if (pass == 1 && n++ % stride != 0) continue;
                var texts = new List<(string, string)> { (docs.Language(d), docs.Text(d)) };
                seen[d] = true;
                foreach (var other in docs.Aligned(d)) { texts.Add((docs.Language(other), docs.Text(other))); seen[other] = true; }
                columns.Add(new LsiTrainer.Column(texts));
            }
        }
        return columns;
    }

    public float[] EmbedQuery(string text) => QueryEmbedder(text);

    /// <summary>A query's vector: in its detected language, or in every language when it reads as none.</summary>
    static float[] EmbedWithLocalModel(CrossLingualLsi model, string text, ITermSource analysis)
    {
        var language = LanguageDetector.Detect(text);
        if (language is not null) return model.Embed(language, text, analysis);
        var sum = new float[model.Dimensions];
        foreach (var l in analysis.Languages)
        {
            var v = model.Embed(l, text, analysis);
            for (int i = 0; i < sum.Length; i++) sum[i] += v[i];
        }
        VectorMath.Normalize(sum);
        return sum;
    }
}
