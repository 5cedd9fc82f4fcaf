using Search.Index.Analysis.Languages;
using Search.Index.Indexing;

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
    public required IndexSnapshot Snapshot { get; init; }

    /// <param name="alignedText">Imported aligned sentences: further columns that teach translations.</param>
    public static SemanticIndex Build(IndexSnapshot snapshot, ITermSource analysis, int dimensions = 64,
        IReadOnlyList<IReadOnlyList<(string Language, string Text)>>? alignedText = null)
    {
        var columns = TrainingColumns(snapshot);
        if (alignedText is not null) columns.AddRange(alignedText.Select(g => new LsiTrainer.Column(g)));
        var model = LsiTrainer.Train(columns, analysis, dimensions);
        var docs = snapshot.Documents;
        var vectors = new float[docs.Count * model.Dimensions];
        Parallel.For(0, docs.Count, d =>
            model.Embed(docs.Language(d), docs.Text(d), analysis).CopyTo(vectors.AsSpan(d * model.Dimensions, model.Dimensions)));
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
    /// Vectors from an external model. Each paragraph's text is hashed; vectors the store already holds for that
    /// model and hash are reused, the rest are requested in batches and stored.
    /// </summary>
    public static async Task<SemanticIndex> BuildExternalAsync(IndexSnapshot snapshot, Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> generator,
        string modelId, Storage.ResolutionStore store, CancellationToken cancellationToken = default)
    {
        var docs = snapshot.Documents;
        var hashes = new string[docs.Count];
        for (int d = 0; d < docs.Count; d++) hashes[d] = TextHash(docs.Text(d));
        var known = store.GetEmbeddings(modelId, hashes.Distinct().ToList());
        var missing = Enumerable.Range(0, docs.Count).Where(d => !known.ContainsKey(hashes[d])).GroupBy(d => hashes[d]).Select(g => g.First()).ToList();
        if (missing.Count > 0)
        {
            var generated = await generator.GenerateAsync(missing.Select(docs.Text), cancellationToken: cancellationToken);
            if (generated.Count != missing.Count) throw new InvalidOperationException($"the embedding endpoint returned {generated.Count} vectors for {missing.Count} texts");
            var fresh = missing.Select((d, i) => (Hash: hashes[d], Vector: generated[i].Vector.ToArray())).ToList();
            store.SaveEmbeddings(modelId, fresh);
            foreach (var (hash, vector) in fresh) known[hash] = vector;
        }
        int dimensions = known.Count == 0 ? 0 : known.Values.First().Length;
        var vectors = new float[docs.Count * dimensions];
        for (int d = 0; d < docs.Count; d++)
        {
            var v = known[hashes[d]].AsSpan();
            if (v.Length != dimensions) throw new InvalidOperationException("the embedding endpoint returned vectors of different lengths");
            v.CopyTo(vectors.AsSpan(d * dimensions, dimensions));
            VectorMath.Normalize(vectors.AsSpan(d * dimensions, dimensions));
        }
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

    public static string TextHash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>One column a clause: its translations together when it is held in several languages (what makes the space cross-lingual).</summary>
    static List<LsiTrainer.Column> TrainingColumns(IndexSnapshot snapshot)
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
